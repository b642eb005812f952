import type { ColumnSpan } from '../layout-spec/resolve.js';
import type { LineSlot } from '../inline/setLine.js';
import { baselinePt, rowTopPt, type BaselineGrid } from './grid.js';
import { columnLeftPt, type ColumnGrid } from './columns.js';

/** A place for one line of a story: a grid row in one column. */
export interface ColumnSlot extends LineSlot {
  column: number;
  row: number;
  /** The column's last line: a word hyphenated here would continue at the top of the next column. */
  lastInColumn: boolean;
}

/** Something the story's text must keep clear of (a photo with its caption), in some of its columns. */
export interface Exclusion {
  columns: ColumnSpan;
  topPt: number;
  bottomPt: number;
}

export interface SlotRegion {
  columns: ColumnSpan;
  firstRow: number;
  /** Each column's last row, inclusive: balanced columns may end a row apart. */
  lastRowOf: (column: number) => number;
}

/**
 * Lists the story's line slots in reading order, column by column, top to bottom, leaving out every row whose
 * text (capitals to descenders) would touch an exclusion.
 */
export function buildLineSlots(
  region: SlotRegion,
  exclusions: readonly Exclusion[],
  grid: BaselineGrid,
  columns: ColumnGrid,
  descenderPt: number,
): ColumnSlot[] {
  const slots: ColumnSlot[] = [];
  for (let column = region.columns.first; column <= region.columns.last; column++) {
    const columnStart = slots.length;
    for (let row = region.firstRow, lastRow = region.lastRowOf(column); row <= lastRow; row++) {
      const textTopPt = rowTopPt(grid, row);
      const textBottomPt = baselinePt(grid, row) + descenderPt;
      const blocked = exclusions.some(
        (exclusion) =>
          column >= exclusion.columns.first &&
          column <= exclusion.columns.last &&
          textTopPt < exclusion.bottomPt &&
          textBottomPt > exclusion.topPt,
      );
      if (!blocked) {
        slots.push({ column, row, xPt: columnLeftPt(columns, column), widthPt: columns.widthPt, baselinePt: baselinePt(grid, row), lastInColumn: false });
      }
    }
    if (slots.length > columnStart) slots[slots.length - 1]!.lastInColumn = true;
  }
  return slots;
}
