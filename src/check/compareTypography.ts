import { ROUNDING_SLACK_PT, roundPt, type Snapshot } from '../snapshot/types.js';
import { plural, pt } from './describe.js';
import { readingOrder } from './readingOrder.js';
import type { Difference } from './types.js';

/** Baseline steps larger than this many times the type size are gaps between frames, not line spacing. */
const MAX_STEP_EM = 3;
/** A font's line spacing is the step at least this many pairs of lines share. */
const MIN_STEPS = 3;

/**
 * The type sizes each font is set at and its usual line spacing, over the whole document. A change of body size
 * or leading rewraps or shifts most lines, and these sentences say why. Both are compared exactly, as the PDF
 * states them, not within the position tolerance: half a point more leading is a different page.
 */
export function compareTypography(golden: Snapshot, current: Snapshot): Difference[] {
  const differences: Difference[] = [];
  const oldSizes = sizesByFont(golden);
  const newSizes = sizesByFont(current);
  for (const font of [...new Set([...oldSizes.keys(), ...newSizes.keys()])].sort()) {
    const message = describeSizes(font, oldSizes.get(font) ?? new Map(), newSizes.get(font) ?? new Map());
    if (message) differences.push({ kind: 'type-size', message });
  }
  const oldSpacing = spacingByFont(golden);
  const newSpacing = spacingByFont(current);
  for (const [font, oldStep] of [...oldSpacing].sort(([a], [b]) => a.localeCompare(b))) {
    const newStep = newSpacing.get(font);
    if (newStep !== undefined && Math.abs(newStep - oldStep) > ROUNDING_SLACK_PT) {
      differences.push({ kind: 'line-spacing', message: `line spacing of ${font}: ${pt(oldStep)} → ${pt(newStep)}` });
    }
  }
  return differences;
}

/** font → size → lines using that font at that size. */
function sizesByFont(snapshot: Snapshot): Map<string, Map<number, number>> {
  const sizes = new Map<string, Map<number, number>>();
  for (const { line } of readingOrder(snapshot)) {
    for (const font of line.fonts) {
      const counts = sizes.get(font) ?? new Map<number, number>();
      counts.set(line.sizePt, (counts.get(line.sizePt) ?? 0) + 1);
      sizes.set(font, counts);
    }
  }
  return sizes;
}

function describeSizes(font: string, old: Map<number, number>, now: Map<number, number>): string {
  const list = (sizes: Map<number, number>, keep: (size: number) => boolean) =>
    [...sizes]
      .filter(([size]) => keep(size))
      .sort(([a], [b]) => a - b)
      .map(([size, lines]) => `${pt(size)} (${plural(lines, 'line')})`)
      .join(', ');
  const gone = list(old, (size) => !now.has(size));
  const added = list(now, (size) => !old.has(size));
  if (old.size === 0) return `${font} is new: ${added}`;
  if (now.size === 0) return `${font} is no longer used: was ${gone}`;
  if (gone && added) return `${font}: ${gone} → ${added}`;
  if (added) return `${font} is also set at ${added}`;
  if (gone) return `${font} is no longer set at ${gone}`;
  return '';
}

/** font → the baseline step most often seen between consecutive lines of that font and size in one column. */
function spacingByFont(snapshot: Snapshot): Map<string, number> {
  const steps = new Map<string, Map<number, number>>();
  for (const page of snapshot.pages) {
    for (const column of page.columns) {
      column.lines.forEach((line, index) => {
        const previous = column.lines[index - 1];
        const font = line.fonts[0]!;
        if (!previous || previous.fonts[0] !== font || previous.sizePt !== line.sizePt) return;
        const step = roundPt(line.baselinePt - previous.baselinePt);
        if (step <= 0 || step > MAX_STEP_EM * line.sizePt) return;
        const counts = steps.get(font) ?? new Map<number, number>();
        counts.set(step, (counts.get(step) ?? 0) + 1);
        steps.set(font, counts);
      });
    }
  }
  const spacing = new Map<string, number>();
  for (const [font, counts] of steps) {
    const [step, count] = [...counts].sort(([a, m], [b, n]) => n - m || a - b)[0]!;
    if (count >= MIN_STEPS) spacing.set(font, step);
  }
  return spacing;
}
