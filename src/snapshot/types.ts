import type { TextLine } from '../pdf-read/types.js';

/**
 * A snapshot of where things landed on the pages of a PDF, read from the PDF alone: what a layout trace holds.
 * Coordinates are in points from the top-left corner of the page, y downwards, rounded to `TRACE_DECIMALS` decimals.
 */

/** Every number in a snapshot is rounded to this many decimals of a point (0.01 pt); the trace header states it. */
export const TRACE_DECIMALS = 2;

const SCALE = 10 ** TRACE_DECIMALS;

/** A difference of two rounded measurements is off by up to this much (two units of the last decimal). */
export const ROUNDING_SLACK_PT = 2 / SCALE;

/**
 * One line of text: a run of text on one baseline, inside one column. Its fonts are labels: subset tags dropped,
 * spaces, commas and bars as `_`, `?` for an unnamed font.
 */
export type SnapshotLine = TextLine;

/**
 * Lines that start at one left edge (or indented from it): a column of the page, or the frame that starts there.
 * Columns are numbered left to right from 1.
 */
export interface SnapshotColumn {
  xPt: number;
  /** The right edge most of its lines end on (justified text), or null when they do not agree (ragged text). */
  rightPt: number | null;
  /** In reading order: top to bottom by the top of the type, then left to right. */
  lines: SnapshotLine[];
}

export interface SnapshotImage {
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
}

export interface SnapshotPage {
  widthPt: number;
  heightPt: number;
  /** Top to bottom, then left to right. */
  images: SnapshotImage[];
  columns: SnapshotColumn[];
}

export interface Snapshot {
  /** Page n is `pages[n - 1]`. */
  pages: SnapshotPage[];
}

/**
 * Rounds a measurement to the snapshot's precision. Dividing the rounded integer gives the same double as parsing
 * the printed decimal, so a snapshot read back from its trace is equal to the one written. `+ 0` turns -0 into 0.
 */
export function roundPt(value: number): number {
  return Math.round(value * SCALE) / SCALE + 0;
}

/** A rounded measurement as the trace prints it. */
export function formatPt(value: number): string {
  return value.toFixed(TRACE_DECIMALS);
}
