import type { ColumnSpan } from '../layout-spec/resolve.js';

/** Horizontal geometry of the page's columns. */
export interface ColumnGrid {
  leftPt: number;
  count: number;
  widthPt: number;
  gutterPt: number;
}

export function columnLeftPt(columns: ColumnGrid, column: number): number {
  return columns.leftPt + (column - 1) * (columns.widthPt + columns.gutterPt);
}

/** Left edge and width of a span of columns, gutters included. */
export function spanBox(columns: ColumnGrid, span: ColumnSpan): { xPt: number; widthPt: number } {
  const count = span.last - span.first + 1;
  return { xPt: columnLeftPt(columns, span.first), widthPt: count * columns.widthPt + (count - 1) * columns.gutterPt };
}
