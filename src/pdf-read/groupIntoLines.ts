/** Something placed on a baseline: a PdfWord, or a layout run with its line's baseline. */
export interface OnBaseline {
  xPt: number;
  baselinePt: number;
}

/**
 * Rows of items sharing a baseline (within `tolerancePt` of the row's first, topmost item), top to bottom,
 * each row left to right. Items on one baseline in different columns share a row.
 */
export function groupIntoLines<T extends OnBaseline>(items: readonly T[], tolerancePt = 0.5): T[][] {
  const byBaseline = [...items].sort((a, b) => a.baselinePt - b.baselinePt || a.xPt - b.xPt);
  const rows: T[][] = [];
  let rowBaseline = -Infinity;
  for (const item of byBaseline) {
    const row = rows[rows.length - 1];
    if (row && item.baselinePt - rowBaseline <= tolerancePt) {
      row.push(item);
    } else {
      rows.push([item]);
      rowBaseline = item.baselinePt;
    }
  }
  for (const row of rows) row.sort((a, b) => a.xPt - b.xPt);
  return rows;
}
