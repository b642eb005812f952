/**
 * Balanced columns: the flow at the shallowest bottom row, between `firstRow` and `lastRow`, at which the story
 * still fits, found by bisection (a deeper column never holds less). `deepest` is the flow down to `lastRow`, which
 * fits.
 */
export function balanceColumns<Flow>(
  deepest: Flow,
  firstRow: number,
  lastRow: number,
  flowDownTo: (bottomRow: number) => Flow,
  fits: (flow: Flow) => boolean,
): Flow {
  let balanced = deepest;
  let fitsRow = lastRow;
  let tooShallowRow = firstRow - 1;
  while (fitsRow - tooShallowRow > 1) {
    const middleRow = Math.floor((fitsRow + tooShallowRow) / 2);
    const attempt = flowDownTo(middleRow);
    if (fits(attempt)) {
      fitsRow = middleRow;
      balanced = attempt;
    } else {
      tooShallowRow = middleRow;
    }
  }
  return balanced;
}
