import { describe, expect, it } from 'vitest';
import type { ColumnGrid } from '../../src/flow/columns.js';
import type { BaselineGrid } from '../../src/flow/grid.js';
import { buildLineSlots, type ColumnSlot, type Exclusion } from '../../src/flow/slots.js';

// Rows every 10 pt from y = 0, capitals 7 pt, descenders 2 pt: row r's text spans y = 10r … 10r + 9.
const grid: BaselineGrid = { originPt: 0, stepPt: 10, capHeightPt: 7 };
const DESCENDER_PT = 2;
// Two 100 pt columns, the second at x = 120.
const columns: ColumnGrid = { leftPt: 10, count: 2, widthPt: 100, gutterPt: 10 };
const bothColumns = { first: 1, last: 2 };

const where = (slots: ColumnSlot[]): string[] => slots.map((slot) => `${slot.column}:${slot.row}${slot.lastInColumn ? ' last' : ''}`);

describe('buildLineSlots', () => {
  it('lists rows column by column, top to bottom, with each line’s place', () => {
    const slots = buildLineSlots({ columns: bothColumns, firstRow: 2, lastRowOf: () => 4 }, [], grid, columns, DESCENDER_PT);
    expect(where(slots)).toEqual(['1:2', '1:3', '1:4 last', '2:2', '2:3', '2:4 last']);
    expect(slots[0]).toEqual({ column: 1, row: 2, xPt: 10, widthPt: 100, baselinePt: 27, lastInColumn: false });
    expect(slots[3]).toMatchObject({ column: 2, xPt: 120, baselinePt: 27 });
  });

  it('leaves out the rows an exclusion touches, only in its columns', () => {
    // A photo in column 2 from y = 10 to 30 touches rows 1 (10–19) and 2 (20–29); row 3 starts at 30, clear.
    const photo: Exclusion = { columns: { first: 2, last: 2 }, topPt: 10, bottomPt: 30 };
    const slots = buildLineSlots({ columns: bothColumns, firstRow: 0, lastRowOf: () => 4 }, [photo], grid, columns, DESCENDER_PT);
    expect(where(slots)).toEqual(['1:0', '1:1', '1:2', '1:3', '1:4 last', '2:0', '2:3', '2:4 last']);
  });

  it('counts descenders: an exclusion from y = 9 clears row 0, one from 8.9 touches its descenders', () => {
    const below = (topPt: number): Exclusion[] => [{ columns: bothColumns, topPt, bottomPt: 100 }];
    expect(where(buildLineSlots({ columns: bothColumns, firstRow: 0, lastRowOf: () => 1 }, below(9), grid, columns, DESCENDER_PT))).toEqual([
      '1:0 last',
      '2:0 last',
    ]);
    expect(where(buildLineSlots({ columns: bothColumns, firstRow: 0, lastRowOf: () => 1 }, below(8.9), grid, columns, DESCENDER_PT))).toEqual([]);
  });

  it('marks the last slot of a column even when an exclusion takes the column’s foot', () => {
    const foot: Exclusion = { columns: { first: 1, last: 1 }, topPt: 30, bottomPt: 60 };
    const slots = buildLineSlots({ columns: bothColumns, firstRow: 0, lastRowOf: () => 4 }, [foot], grid, columns, DESCENDER_PT);
    expect(where(slots)).toEqual(['1:0', '1:1', '1:2 last', '2:0', '2:1', '2:2', '2:3', '2:4 last']);
  });

  it('gives a column that is wholly excluded no slots', () => {
    const whole: Exclusion = { columns: { first: 1, last: 1 }, topPt: 0, bottomPt: 1000 };
    const slots = buildLineSlots({ columns: bothColumns, firstRow: 0, lastRowOf: () => 1 }, [whole], grid, columns, DESCENDER_PT);
    expect(where(slots)).toEqual(['2:0', '2:1 last']);
  });

  it('uses only the region’s columns', () => {
    const slots = buildLineSlots({ columns: { first: 2, last: 2 }, firstRow: 0, lastRowOf: () => 1 }, [], grid, columns, DESCENDER_PT);
    expect(where(slots)).toEqual(['2:0', '2:1 last']);
  });
});
