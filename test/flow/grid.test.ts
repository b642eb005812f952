import { describe, expect, it } from 'vitest';
import { columnLeftPt, spanBox, type ColumnGrid } from '../../src/flow/columns.js';
import { baselinePt, firstRowAtOrBelow, lastRowWithBaselineAtOrAbove, rowTopPt, type BaselineGrid } from '../../src/flow/grid.js';

// Rows every 12 pt from a 72 pt top margin; capitals 7 pt tall, so row k's baseline is at 72 + 12k + 7.
const grid: BaselineGrid = { originPt: 72, stepPt: 12, capHeightPt: 7 };

describe('baseline grid', () => {
  it('puts row k’s cap top at origin + k·step and its baseline a cap height lower', () => {
    expect(rowTopPt(grid, 0)).toBe(72);
    expect(rowTopPt(grid, 3)).toBe(108);
    expect(baselinePt(grid, 0)).toBe(79);
    expect(baselinePt(grid, 3)).toBe(115);
  });

  it('firstRowAtOrBelow: the row where text resumes below something ending at y', () => {
    expect(firstRowAtOrBelow(grid, 108)).toBe(3);
    // A hair of float noise past a row top does not skip the row.
    expect(firstRowAtOrBelow(grid, 108 + 1e-9)).toBe(3);
    expect(firstRowAtOrBelow(grid, 108.5)).toBe(4);
    expect(firstRowAtOrBelow(grid, 119.99)).toBe(4);
    // Above the grid: row 0.
    expect(firstRowAtOrBelow(grid, 10)).toBe(0);
  });

  it('lastRowWithBaselineAtOrAbove: the deepest row whose baseline is not below y', () => {
    expect(lastRowWithBaselineAtOrAbove(grid, 115)).toBe(3);
    expect(lastRowWithBaselineAtOrAbove(grid, 126.9)).toBe(3);
    expect(lastRowWithBaselineAtOrAbove(grid, 114.9)).toBe(2);
    expect(lastRowWithBaselineAtOrAbove(grid, 79)).toBe(0);
    expect(lastRowWithBaselineAtOrAbove(grid, 78)).toBe(-1);
  });
});

describe('columns', () => {
  // Three 100 pt columns from x = 50 with 10 pt gutters: lefts at 50, 160, 270.
  const columns: ColumnGrid = { leftPt: 50, count: 3, widthPt: 100, gutterPt: 10 };

  it('columnLeftPt steps a column plus a gutter', () => {
    expect([1, 2, 3].map((column) => columnLeftPt(columns, column))).toEqual([50, 160, 270]);
  });

  it('spanBox covers the columns and the gutters between them', () => {
    expect(spanBox(columns, { first: 1, last: 1 })).toEqual({ xPt: 50, widthPt: 100 });
    expect(spanBox(columns, { first: 2, last: 3 })).toEqual({ xPt: 160, widthPt: 210 });
    expect(spanBox(columns, { first: 1, last: 3 })).toEqual({ xPt: 50, widthPt: 320 });
  });
});
