/** How deep a balanced body's columns go: `rows` rows each, and the first `deeperColumns` of them one row more. */
export interface ColumnDepths {
  rows: number;
  deeperColumns: number;
}

/**
 * Balanced columns: the flow with the fewest rows, `maxRows` per column at most, in which the story still fits, the
 * left-hand columns taking one row more than the others where the rows do not divide evenly, so that the columns
 * end level or a line apart where no widow, orphan or crosshead rule leaves a row empty (a row lost to one no longer
 * costs a row in every column: 6/6/6/2 becomes 5/5/5/5 in rows 6/5/5/5). Found by bisection
 * over the rows one at a time (a flow with a row more never holds less). `deepest` is the flow at `maxRows`, which
 * fits.
 */
export function balanceColumns<Flow>(
  deepest: Flow,
  maxRows: number,
  columnCount: number,
  flowTo: (depths: ColumnDepths) => Flow,
  fits: (flow: Flow) => boolean,
): Flow {
  let balanced = deepest;
  let fitsRows = maxRows * columnCount;
  let tooFewRows = 0;
  while (fitsRows - tooFewRows > 1) {
    const middle = Math.floor((fitsRows + tooFewRows) / 2);
    const attempt = flowTo(depthsOfTotal(middle, columnCount));
    if (fits(attempt)) {
      fitsRows = middle;
      balanced = attempt;
    } else {
      tooFewRows = middle;
    }
  }
  return balanced;
}

/** The depths with `totalRows` rows in all, the left-hand columns a row deeper where they do not divide evenly. */
function depthsOfTotal(totalRows: number, columnCount: number): ColumnDepths {
  return { rows: Math.floor(totalRows / columnCount), deeperColumns: totalRows % columnCount };
}

/** `depths` with `extraRows` rows more in all (fewer when negative). */
export function depthsOf(depths: ColumnDepths, columnCount: number, extraRows: number): ColumnDepths {
  return depthsOfTotal(depths.rows * columnCount + depths.deeperColumns + extraRows, columnCount);
}

/** The most flows tried to even balanced columns that end two rows apart or more. */
const EVENING_FLOWS = 16;

/**
 * Balanced columns that still end two rows apart or more (a widow, orphan or crosshead rule left one short), evened
 * as a make-up editor would: one paragraph set a line tighter, else a line looser (TeX's \looseness), at the balanced
 * depths or a row fewer (tighter) or more (looser) in all; the first in story order that holds the story with the
 * columns ending within a row of each other, else `balanced` as it was. `flowWith` gives null for depths past the
 * body's. At most EVENING_FLOWS flows are tried.
 */
export function evenColumnEnds<Flow>(
  balanced: Flow,
  paragraphCount: number,
  endSpreadRows: (flow: Flow) => number,
  flowWith: (paragraphIndex: number, looseness: number, extraRows: number) => Flow | null,
  fits: (flow: Flow) => boolean,
): Flow {
  if (endSpreadRows(balanced) < 2) return balanced;
  let flows = 0;
  for (let paragraphIndex = 0; paragraphIndex < paragraphCount; paragraphIndex++) {
    for (const looseness of [-1, 1]) {
      for (const extraRows of [0, looseness]) {
        if (flows >= EVENING_FLOWS) return balanced;
        flows += 1;
        const flow = flowWith(paragraphIndex, looseness, extraRows);
        if (flow && fits(flow) && endSpreadRows(flow) < 2) return flow;
      }
    }
  }
  return balanced;
}

/** How far apart the largest and the smallest of the columns' figures are (0 for one column). */
export function spreadOf(byColumn: readonly number[]): number {
  return byColumn.length < 2 ? 0 : Math.max(...byColumn) - Math.min(...byColumn);
}
