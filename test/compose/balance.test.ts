import { describe, expect, it } from 'vitest';
import { balanceColumns, evenColumnEnds, type ColumnDepths } from '../../src/compose/balance.js';

/**
 * A story of `lines` lines in `columns` columns, filled column by column, and the depths tried. `lostRows` rows are
 * left empty at the foot of the first column when the story runs on past it, as a widow or orphan rule leaves them:
 * then an even depth can overset, and the next even depth, filled column by column, ends with a short last column.
 */
function story(lines: number, columns: number, lostRows = 0) {
  const tried: ColumnDepths[] = [];
  const flowTo = (depths: ColumnDepths) => {
    tried.push(depths);
    const rowsOf = Array.from({ length: columns }, (_, column) => depths.rows + (column < depths.deeperColumns ? 1 : 0));
    const filled: number[] = [];
    let left = lines;
    for (const [column, rows] of rowsOf.entries()) {
      const taken = Math.min(left, Math.max(0, rows - (column === 0 && left > rows ? lostRows : 0)));
      filled.push(taken);
      left -= taken;
    }
    return { depths, filled, oversetLines: left };
  };
  const fits = (flow: { oversetLines: number }) => flow.oversetLines === 0;
  return { flowTo, fits, tried };
}

const balance = (lines: number, columns: number, maxRows: number, lostRows = 0) => {
  const { flowTo, fits, tried } = story(lines, columns, lostRows);
  return { ...balanceColumns(flowTo({ rows: maxRows, deeperColumns: 0 }), maxRows, columns, flowTo, fits), tried };
};

describe('balanceColumns', () => {
  it('ends the columns level when the lines divide evenly', () => {
    expect(balance(24, 3, 50)).toMatchObject({ filled: [8, 8, 8], depths: { rows: 8, deeperColumns: 0 } });
  });

  it('ends them within one line, the left-hand columns the deeper, never with a short last column', () => {
    expect(balance(23, 3, 50).filled).toEqual([8, 8, 7]);
    expect(balance(22, 4, 50).filled).toEqual([6, 6, 5, 5]);
  });

  it('gives the last column its share when a row is lost: 5/5/5/5 in rows 6/5/5/5, not 5/6/6/3 in rows of 6', () => {
    // 20 lines in 4 columns with a row lost in the first: 5 rows each hold 19, 6 rows each end 5/6/6/3.
    const { filled, depths } = balance(20, 4, 50, 1);
    expect(depths).toEqual({ rows: 5, deeperColumns: 1 });
    expect(filled).toEqual([5, 5, 5, 5]);
  });

  it('needs a handful of flows, not one per row', () => {
    const { tried } = balance(23, 3, 50);
    expect(tried.length).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(150)));
  });

  it('keeps the deepest flow when only it fits, and a one-line story in the first column', () => {
    expect(balance(150, 3, 50).filled).toEqual([50, 50, 50]);
    expect(balance(1, 3, 50).filled).toEqual([1, 0, 0]);
  });
});

describe('evenColumnEnds', () => {
  /** A flow is the rows its columns end on; paragraph 2 set a line tighter at a row fewer ends them level. */
  const flowWith = (tried: string[]) => (paragraphIndex: number, looseness: number, extraRows: number) => {
    tried.push(`${paragraphIndex}${looseness > 0 ? '+' : '-'}${extraRows}`);
    return paragraphIndex === 2 && looseness === -1 && extraRows === -1 ? [5, 5, 5, 5] : [6, 6, 5, 4];
  };
  const endSpreadRows = (ends: number[]) => Math.max(...ends) - Math.min(...ends);
  const fits = () => true;

  it('leaves columns a row apart as they are, flowing nothing again', () => {
    const tried: string[] = [];
    expect(evenColumnEnds([6, 6, 5, 5], 4, endSpreadRows, flowWith(tried), fits)).toEqual([6, 6, 5, 5]);
    expect(tried).toEqual([]);
  });

  it('sets one paragraph a line tighter, else looser, in story order, until the columns end within a row', () => {
    const tried: string[] = [];
    expect(evenColumnEnds([6, 6, 5, 4], 4, endSpreadRows, flowWith(tried), fits)).toEqual([5, 5, 5, 5]);
    expect(tried).toEqual(['0-0', '0--1', '0+0', '0+1', '1-0', '1--1', '1+0', '1+1', '2-0', '2--1']);
  });

  it('keeps the balanced flow when nothing evens it, within a bounded number of flows', () => {
    const tried: string[] = [];
    expect(evenColumnEnds([6, 6, 5, 4], 100, endSpreadRows, () => (tried.push('x'), [7, 6, 5, 4]), fits)).toEqual([6, 6, 5, 4]);
    expect(tried.length).toBeLessThanOrEqual(16);
  });
});
