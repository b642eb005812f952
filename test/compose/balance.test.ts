import { describe, expect, it } from 'vitest';
import { balanceColumns } from '../../src/compose/balance.js';

/** A story of `lines` lines in `columns` columns from `firstRow`, flowed down to a bottom row, and the rows tried. */
function story(lines: number, columns: number, firstRow = 0) {
  const tried: number[] = [];
  const flowDownTo = (bottomRow: number) => {
    tried.push(bottomRow);
    return { bottomRow, oversetLines: Math.max(0, lines - columns * (bottomRow - firstRow + 1)) };
  };
  const fits = (flow: { oversetLines: number }) => flow.oversetLines === 0;
  return { flowDownTo, fits, tried };
}

describe('balanceColumns', () => {
  it('finds the shallowest bottom row at which the story still fits', () => {
    // 23 lines in 3 columns: 8 rows hold 24 lines, 7 rows only 21.
    const { flowDownTo, fits, tried } = story(23, 3);
    const balanced = balanceColumns(flowDownTo(49), 0, 49, flowDownTo, fits);
    expect(balanced).toEqual({ bottomRow: 7, oversetLines: 0 });
    // By bisection: a handful of flows for 50 rows, not one per row.
    expect(tried.length).toBeLessThanOrEqual(1 + Math.ceil(Math.log2(50)));
  });

  it('works from the body’s first row, which need not be row 0', () => {
    const { flowDownTo, fits } = story(23, 3, 5);
    expect(balanceColumns(flowDownTo(54), 5, 54, flowDownTo, fits).bottomRow).toBe(12);
  });

  it('keeps the deepest flow when only it fits, and a one-row story in the first row', () => {
    const full = story(150, 3);
    expect(balanceColumns(full.flowDownTo(49), 0, 49, full.flowDownTo, full.fits).bottomRow).toBe(49);
    const short = story(2, 3);
    expect(balanceColumns(short.flowDownTo(49), 0, 49, short.flowDownTo, short.fits).bottomRow).toBe(0);
  });
});
