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
  const depthsOf = (totalRows: number): ColumnDepths => ({ rows: Math.floor(totalRows / columnCount), deeperColumns: totalRows % columnCount });
  let balanced = deepest;
  let fitsRows = maxRows * columnCount;
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
  return balanced;
}
