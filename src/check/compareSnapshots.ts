import type { Snapshot } from '../snapshot/types.js';
import { compareImages } from './compareImages.js';
import { compareLines } from './compareLines.js';
import { comparePages } from './comparePages.js';
import { compareTypography } from './compareTypography.js';
import { readingOrder } from './readingOrder.js';
import type { CheckOptions, CheckReport, Difference } from './types.js';

/** Default tolerance for positions and lengths, in points. */
export const DEFAULT_TOLERANCE_PT = 0.5;

/**
 * Compares a snapshot with its golden: pages and column grid, type sizes and line spacing, images, then the lines
 * in reading order. Positions may differ by the tolerance; text, fonts and type sizes must match exactly.
 */
export function compareSnapshots(golden: Snapshot, current: Snapshot, options: CheckOptions = { tolerancePt: DEFAULT_TOLERANCE_PT }): CheckReport {
  const { tolerancePt } = options;
  const differences = [
    ...comparePages(golden, current, tolerancePt),
    ...compareTypography(golden, current),
    ...compareImages(golden, current, tolerancePt),
    ...compareLines(golden, current, tolerancePt),
  ];
  const compared = {
    pages: golden.pages.length,
    lines: readingOrder(golden).length,
    images: golden.pages.reduce((sum, page) => sum + page.images.length, 0),
  };
  return { ok: differences.length === 0, tolerancePt, compared, differences };
}

/** The report with more differences (from the pixels), `ok` updated. */
export function addDifferences(report: CheckReport, more: readonly Difference[]): CheckReport {
  const differences = [...report.differences, ...more];
  return { ...report, ok: differences.length === 0, differences };
}
