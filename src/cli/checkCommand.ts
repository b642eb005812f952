import path from 'node:path';
import { addDifferences, compareSnapshots } from '../check/compareSnapshots.js';
import { formatReport, formatReportJson } from '../check/formatReport.js';
import type { Difference } from '../check/types.js';
import { InputError } from '../errors.js';
import { toPageLimit } from '../pdf-read/pageLimit.js';
import { loadSnapshot } from '../snapshot/loadSnapshot.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

export interface CheckArgs {
  file: string;
  against: string;
  tolerance: number;
  json: boolean;
  visual?: string | undefined;
  pixelThreshold: number;
  dpi: number;
  /** Refuse a PDF with more pages; DEFAULT_MAX_PAGES when not given. */
  maxPages?: number | undefined;
}

/** Compares a PDF (or trace) with a golden trace or PDF; exit 1 when anything differs beyond the tolerance. */
export async function checkCommand(args: CheckArgs): Promise<number> {
  requireNumber('--tolerance', args.tolerance, (value) => value >= 0, 'a number of points, 0 or more');
  if (args.visual !== undefined) {
    requireNumber('--pixel-threshold', args.pixelThreshold, (value) => value >= 0 && value < 1, 'a number from 0 to below 1');
    requireNumber('--dpi', args.dpi, (value) => value > 0, 'a positive number');
  }
  const pageLimit = toPageLimit(args.maxPages, '--max-pages');
  const golden = await loadSnapshot(args.against, pageLimit);
  const current = await loadSnapshot(args.file, pageLimit);
  let report = compareSnapshots(golden.snapshot, current.snapshot, { tolerancePt: args.tolerance });
  if (args.visual !== undefined) {
    if (!golden.pdf) throw new InputError(args.against, '', '--visual needs the golden as a PDF to render, not a trace');
    if (!current.pdf) throw new InputError(args.file, '', '--visual needs a PDF to render, not a trace');
    const pageCount = Math.min(golden.snapshot.pages.length, current.snapshot.pages.length);
    report = addDifferences(report, await comparePixels(golden.pdf, current.pdf, pageCount, args));
  }
  process.stdout.write(args.json ? formatReportJson(report) : formatReport(report));
  return report.ok ? 0 : 1;
}

/** Renders each page of both PDFs (pdf.js, as the preview does) and writes a picture of every page whose pixels differ. */
async function comparePixels(golden: Uint8Array, current: Uint8Array, pageCount: number, args: CheckArgs): Promise<Difference[]> {
  const { renderPagePng } = await import('../preview/png.js');
  const { diffPixels } = await import('../check/visualDiff.js');
  const differences: Difference[] = [];
  for (let pageIndex = 0; pageIndex < pageCount; pageIndex++) {
    const [goldenPng, currentPng] = await Promise.all([
      renderPagePng(golden, { pageIndex, dpi: args.dpi, fileLabel: args.against }),
      renderPagePng(current, { pageIndex, dpi: args.dpi, fileLabel: args.file }),
    ]);
    const diff = await diffPixels(goldenPng, currentPng, args.pixelThreshold);
    if (diff.changedPixels === 0) continue;
    const page = pageIndex + 1;
    const picture = path.join(args.visual!, `page-${page}.png`);
    await writeFileAtomic(picture, diff.picture);
    const share = ((100 * diff.changedPixels) / diff.totalPixels).toFixed(2);
    const message = `page ${page}: ${diff.changedPixels} pixels differ (${share} %) at ${args.dpi} dpi; see ${picture} (golden | checked | changes in red)`;
    differences.push({ kind: 'pixels', page, count: diff.changedPixels, message });
  }
  return differences;
}

function requireNumber(flag: string, value: number, valid: (value: number) => boolean, expected: string): void {
  if (!Number.isFinite(value) || !valid(value)) throw new InputError(flag, '', `expected ${expected}, got ${value}`);
}
