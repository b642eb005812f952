import { endAllowanceAt, lineStart, startAllowanceAt } from './items.js';
import type { Item } from './types.js';

/** Slack for float sums: widths that agree to a billionth of a point are equal. */
export const EPSILON_PT = 1e-9;

/** TeX's cap on badness: a line that cannot be set at all rates this. */
export const INFINITE_BADNESS = 10000;

/** Knuth & Plass's fitness classes, ordered from tight to very loose so that neighbours differ by 1. */
export type FitnessClass = 0 | 1 | 2 | 3;

/** The material of one line, as the line breaker counts it. */
export interface LineMeasure {
  /** Index of the line's first item. */
  start: number;
  /** Index of the break that ends the line (its glue is not counted; its penalty width is). */
  end: number;
  naturalWidthPt: number;
  /** Total finite stretch. */
  stretchPt: number;
  /** The part of `stretchPt` that boxes carry, which ends at its limit (see `adjustmentRatio`). */
  boxStretchPt: number;
  /** How many glues stretch infinitely (`fil`); when any do, they take all the stretching. */
  infiniteStretchCount: number;
  shrinkPt: number;
  /** The part of `shrinkPt` that boxes carry. */
  boxShrinkPt: number;
  /**
   * How much longer than its measure the line's material may be: what its edge characters hang into the margins
   * (optical margin alignment), less the kerning a word fragment loses at the line start.
   */
  allowancePt: number;
  /** What the line's first box may hang past the left edge, and its last character past the right (in `allowancePt`). */
  hangLeftPt: number;
  hangRightPt: number;
}

/**
 * Measures the line that starts after the break at `previousBreak` (-1 for the paragraph's first line) and
 * ends at the break at `breakPosition`: the quantities the breaker rated it with, so that a caller sets it with the
 * same ratio (`lineRatio`).
 */
export function measureLine(items: readonly Item[], previousBreak: number, breakPosition: number): LineMeasure {
  const start = lineStart(items, previousBreak);
  const first = items[start];
  const hangRightPt = endAllowanceAt(items, breakPosition);
  const measure: LineMeasure = {
    start,
    end: breakPosition,
    naturalWidthPt: 0,
    stretchPt: 0,
    boxStretchPt: 0,
    infiniteStretchCount: 0,
    shrinkPt: 0,
    boxShrinkPt: 0,
    allowancePt: startAllowanceAt(items, start) + hangRightPt,
    hangLeftPt: first?.type === 'box' ? (first.hangLeftPt ?? 0) : 0,
    hangRightPt,
  };
  for (let index = start; index < breakPosition; index++) {
    const item = items[index]!;
    if (item.type === 'box') {
      measure.naturalWidthPt += item.widthPt;
      measure.stretchPt += item.stretchPt ?? 0;
      measure.boxStretchPt += item.stretchPt ?? 0;
      measure.shrinkPt += item.shrinkPt ?? 0;
      measure.boxShrinkPt += item.shrinkPt ?? 0;
    } else if (item.type === 'glue') {
      measure.naturalWidthPt += item.widthPt;
      if (item.stretchPt === Infinity) measure.infiniteStretchCount++;
      else measure.stretchPt += item.stretchPt;
      measure.shrinkPt += item.shrinkPt;
    }
  }
  const last = items[breakPosition];
  if (last?.type === 'penalty') {
    measure.naturalWidthPt += last.widthPt;
    measure.stretchPt += last.stretchPt ?? 0;
    measure.boxStretchPt += last.stretchPt ?? 0;
    measure.shrinkPt += last.shrinkPt ?? 0;
    measure.boxShrinkPt += last.shrinkPt ?? 0;
  }
  return measure;
}

/**
 * The adjustment ratio r of a line `shortfallPt` short of its measure (negative when too long): 0 when it fits
 * or `fil` glue takes the slack, +Infinity when it is short with nothing to stretch, -Infinity when it is long
 * with nothing to shrink. r < -1 means overfull.
 *
 * `boxStretchPt`, the part of `stretchPt` that boxes carry (letter-spacing, glyph expansion), stretches only up to
 * its limit: past r = 1 the glue alone takes the rest, and r is then the glue's ratio. A line is thus rated by what
 * its spaces do, which is what a reader sees.
 */
export function adjustmentRatio(
  shortfallPt: number,
  stretchPt: number,
  infiniteStretchCount: number,
  shrinkPt: number,
  boxStretchPt = 0,
): number {
  if (Math.abs(shortfallPt) <= EPSILON_PT) return 0;
  if (shortfallPt > 0) {
    if (infiniteStretchCount > 0) return 0;
    if (!(stretchPt > 0)) return Infinity;
    if (shortfallPt <= stretchPt || boxStretchPt <= 0) return shortfallPt / stretchPt;
    const glueStretchPt = stretchPt - boxStretchPt;
    return glueStretchPt > EPSILON_PT ? (shortfallPt - boxStretchPt) / glueStretchPt : Infinity;
  }
  return shrinkPt > 0 ? shortfallPt / shrinkPt : -Infinity;
}

/** The ratio to set a line with: the adjustment ratio, or 0 when there is nothing to adjust. */
export function settingRatio(ratio: number): number {
  return Number.isFinite(ratio) ? ratio : 0;
}

/**
 * The adjustment ratio of a measured line in a measure of `widthPt`, as the breaker rates it (±Infinity included: see
 * `adjustmentRatio`). Boxes are set at the ratio capped at ±1 (`boxRatio`), glue at the ratio itself.
 */
export function lineRatio(measure: LineMeasure, widthPt: number): number {
  return adjustmentRatio(
    widthPt + measure.allowancePt - measure.naturalWidthPt,
    measure.stretchPt,
    measure.infiniteStretchCount,
    measure.shrinkPt,
    measure.boxStretchPt,
  );
}

/** How far a box's own stretch or shrink is used at adjustment ratio `ratio`: all of it past ±1, as `adjustmentRatio` counts. */
export function boxRatio(ratio: number): number {
  return Math.max(-1, Math.min(1, ratio));
}

export function isOverfull(ratio: number): boolean {
  return ratio < -1 - EPSILON_PT;
}

/** Badness 100·|r|³, capped at 10000 as in TeX. */
export function badness(ratio: number): number {
  const size = Math.abs(ratio);
  // Multiplication, not `**`: this runs for every candidate line and V8's pow is several times slower.
  return Math.min(INFINITE_BADNESS, 100 * size * size * size);
}

/** Tight (r < -½), decent (|r| ≤ ½), loose (½ < r ≤ 1), very loose (r > 1), as in Knuth & Plass. */
export function fitnessClass(ratio: number): FitnessClass {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}
