/** How deep a balanced body's columns go: `rows` rows each, and the first `deeperColumns` of them one row more. */
export interface ColumnDepths {
  rows: number;
  deeperColumns: number;
}

/**
 * Balanced columns: the flow with the fewest rows, `maxRows` per column at most, in which the story still fits, the
 * left-hand columns taking one row more than the others where the rows do not divide evenly, so that the columns
 * end level or one line apart and never with a short last column (6/6/6/2 becomes 5/5/5/5). Found by bisection
 * over the rows one at a time (a flow with a row more never holds less). Then, since a widow or orphan rule can
 * leave a column a row short, the next few row counts (up to a row more in every column) are tried too, and the one
 * whose columns end closest together (`unevenness`, least first) wins, the shallowest among equals. `deepest` is the
 * flow at `maxRows`, which fits.
 */
export function balanceColumns<Flow>(
  deepest: Flow,
  maxRows: number,
  columnCount: number,
  flowTo: (depths: ColumnDepths) => Flow,
  fits: (flow: Flow) => boolean,
  unevenness: (flow: Flow) => number,
): Flow {
  const depthsOf = (totalRows: number): ColumnDepths => ({ rows: Math.floor(totalRows / columnCount), deeperColumns: totalRows % columnCount });
  const mostRows = maxRows * columnCount;
  let balanced = deepest;
  let fitsRows = mostRows;
  let tooFewRows = 0;
  while (fitsRows - tooFewRows > 1) {
    const middle = Math.floor((fitsRows + tooFewRows) / 2);
    const attempt = flowTo(depthsOf(middle));
    if (fits(attempt)) {
      fitsRows = middle;
      balanced = attempt;
    } else {
      tooFewRows = middle;
    }
  }
  for (let totalRows = fitsRows + 1; totalRows <= Math.min(fitsRows + columnCount, mostRows) && unevenness(balanced) > 1; totalRows++) {
    const attempt = totalRows === mostRows ? deepest : flowTo(depthsOf(totalRows));
    if (fits(attempt) && unevenness(attempt) < unevenness(balanced)) balanced = attempt;
  }
  return balanced;
}
