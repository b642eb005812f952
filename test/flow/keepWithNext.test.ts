import { describe, expect, it } from 'vitest';
import { flowParagraphs, type FlowOptions, type ParagraphPlacement } from '../../src/flow/flowStory.js';
import type { ColumnSlot } from '../../src/flow/slots.js';
import { fonts } from '../inline/fixtures.js';
import { columnSlots, measurePt, noSettings, placement, shape } from './flowFixtures.js';

// One word a line: a story of three lines, a crosshead, then the text it heads.
const opening = () => shape('alpha bravo delta');
const crosshead = (text = 'kilo') => shape(text);
const following = (text = 'echo golf hotel india') => shape(text);

/** Paragraph 1 is a crosshead with one row of space above, kept with two lines of the next. */
const CROSSHEAD: ParagraphPlacement = { spaceAboveRows: 1, keepWithNextLines: 2 };
const withCrosshead = (crossheadIndex = 1): FlowOptions => ({
  avoidWidows: true,
  avoidOrphans: true,
  placementOf: (index) => (index === crossheadIndex ? CROSSHEAD : { spaceAboveRows: 0, keepWithNextLines: 0 }),
});

function flow(rowsPerColumn: number[], paragraphs = [opening(), crosshead(), following()], options = withCrosshead(), slots?: ColumnSlot[]) {
  return flowParagraphs(paragraphs, slots ?? columnSlots(rowsPerColumn, measurePt), fonts, noSettings, options);
}

describe('flowParagraphs: a crosshead', () => {
  it('leaves its space above in whole rows and is followed straight by its text', () => {
    expect(placement(flow([10, 10]))).toEqual([
      ['alpha', 1, 0], ['bravo', 1, 1], ['delta', 1, 2],
      ['kilo', 1, 4],
      ['echo', 1, 5], ['golf', 1, 6], ['hotel', 1, 7], ['india', 1, 8],
    ]);
  });

  it('never ends a column: alone at the foot, it moves to the top of the next, without its space', () => {
    // Row 4 is column 1's last: the crosshead would end it.
    expect(placement(flow([5, 6])).slice(3)).toEqual([['kilo', 2, 0], ['echo', 2, 1], ['golf', 2, 2], ['hotel', 2, 3], ['india', 2, 4]]);
  });

  it('moves on when only one line of its text would follow it in the column', () => {
    expect(placement(flow([6, 6])).slice(3, 5)).toEqual([['kilo', 2, 0], ['echo', 2, 1]]);
  });

  it('stays with a one-line paragraph that fits beside it', () => {
    expect(placement(flow([6, 6], [opening(), crosshead(), shape('echo')])).slice(3)).toEqual([['kilo', 1, 4], ['echo', 1, 5]]);
  });

  it('is never split across columns', () => {
    // Two lines from row 4 would reach column 2; both go there.
    expect(placement(flow([6, 6], [opening(), crosshead('kilo lima'), following()])).slice(3, 6)).toEqual([
      ['kilo', 2, 0], ['lima', 2, 1], ['echo', 2, 2],
    ]);
  });

  it('has no space above at the top of a column', () => {
    expect(placement(flow([3, 6])).slice(3, 5)).toEqual([['kilo', 2, 0], ['echo', 2, 1]]);
  });

  it('has no space of its own below a float, which leaves space already', () => {
    // Column 1 has rows 0–3, then a float over rows 4–5, then rows 6–11.
    const slots = columnSlots([12], measurePt).filter((slot) => slot.row !== 4 && slot.row !== 5);
    const paragraphs = [shape('alpha bravo delta echo'), crosshead(), following()];
    expect(placement(flow([], paragraphs, withCrosshead(), slots)).slice(4, 6)).toEqual([['kilo', 1, 6], ['echo', 1, 7]]);
  });

  it('stays where it is when no later column would hold it with its text either', () => {
    // Column 2 is too short for the crosshead and two lines: moving on would gain nothing, and nothing is lost.
    const flowed = flow([5, 2]);
    expect(placement(flowed).slice(3, 4)).toEqual([['kilo', 1, 4]]);
    expect(flowed.lines.length + (flowed.overset?.lineCount ?? 0)).toBe(8);
  });
});
