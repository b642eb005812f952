/**
 * The page's baseline grid. Row k's cap height touches `rowTopPt(k)` and its baseline is `baselinePt(k)`, so row 0
 * starts exactly at the top margin and a photo placed at a row top lines up with the caps of the text beside it.
 */
export interface BaselineGrid {
  /** The top margin: where row 0's capitals start. */
  originPt: number;
  stepPt: number;
  /** Cap height of the grid's reference style: from a row's top to its baseline. */
  capHeightPt: number;
}

export function rowTopPt(grid: BaselineGrid, row: number): number {
  return grid.originPt + row * grid.stepPt;
}

export function baselinePt(grid: BaselineGrid, row: number): number {
  return rowTopPt(grid, row) + grid.capHeightPt;
}

/** The first row whose top is at or below `yPt`: where text resumes after something that ends at `yPt`. */
export function firstRowAtOrBelow(grid: BaselineGrid, yPt: number): number {
  // A hair of tolerance so that a block ending exactly on a row top does not skip that row.
  return Math.max(0, Math.ceil((yPt - grid.originPt) / grid.stepPt - 1e-6));
}

/** The last row whose baseline is at or above `yPt`. */
export function lastRowWithBaselineAtOrAbove(grid: BaselineGrid, yPt: number): number {
  return Math.floor((yPt - grid.originPt - grid.capHeightPt) / grid.stepPt + 1e-6);
}
