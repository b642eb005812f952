import type { Snapshot, SnapshotLine } from '../snapshot/types.js';

/** A line with where it sits: 1-based page and column. */
export interface PlacedLine {
  page: number;
  column: number;
  line: SnapshotLine;
}

/** Every line of the document in reading order: page by page, column by column, top to bottom. */
export function readingOrder(snapshot: Snapshot): PlacedLine[] {
  return snapshot.pages.flatMap((page, pageIndex) =>
    page.columns.flatMap((column, columnIndex) => column.lines.map((line) => ({ page: pageIndex + 1, column: columnIndex + 1, line }))),
  );
}
