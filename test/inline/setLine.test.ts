import { describe, expect, it } from 'vitest';
import { lineText } from '../../src/positioned/lineText.js';
import { shapeParagraph, type ShapedParagraph } from '../../src/inline/shape.js';
import { setLine, type LineRange, type LineSlot } from '../../src/inline/setLine.js';
import type { PositionedLine } from '../../src/positioned/types.js';
import { fonts, paragraph, SPACE_PT, stubHyphenator, style, widthPt } from './fixtures.js';

const SLOT_X = 100;
const slot = (lineWidthPt: number): LineSlot => ({ xPt: SLOT_X, widthPt: lineWidthPt, baselinePt: 50 });

function prepare(parts: Parameters<typeof paragraph>, styleName = 'body', breaks: Record<string, number[]> = {}, indentPt = 0): ShapedParagraph {
  return shapeParagraph(paragraph(...parts), { style: style(styleName), fonts, hyphenator: stubHyphenator(breaks), indentPt });
}

/** The item index of the paragraph's final forced break. */
const lastItem = (prepared: ShapedParagraph): number => prepared.items.length - 1;

/** Space between one run's end and the next run's start. */
function gaps(line: PositionedLine): number[] {
  return line.runs.slice(1).map((run, index) => run.xPt - (line.runs[index]!.xPt + line.runs[index]!.widthPt));
}

describe('setLine: justified lines', () => {
  // Items: 0 Tesla, 1 glue, 2 met, 3 glue, 4 the, 5 glue, 6 mayor, 7 glue, 8 again., 9–11 end.
  const prepared = prepare(['Tesla met the mayor again.']);
  const firstThree: LineRange = { startItem: 0, breakItem: 5, endsParagraph: false };
  const naturalPt = widthPt('Tesla') + widthPt('met') + widthPt('the') + 2 * SPACE_PT;

  it('stretches the spaces so that the line ends exactly at the measure', () => {
    // 2 pt more than natural, over two spaces that stretch 1.145 pt each: r = 2 / 2.29, each space 2.29 + 1 pt.
    const line = setLine(prepared, firstThree, slot(naturalPt + 2), fonts, 4);
    expect(line.runs.map((run) => run.text)).toEqual(['Tesla', 'met', 'the']);
    expect(line.runs[0]!.xPt).toBe(SLOT_X);
    for (const gap of gaps(line)) expect(gap).toBeCloseTo(SPACE_PT + 1, 9);
    const last = line.runs[2]!;
    expect(last.xPt + last.widthPt).toBeCloseTo(SLOT_X + naturalPt + 2, 9);
    expect(line.adjustmentRatio).toBeCloseTo(2 / 2.29, 9);
    expect(line).toMatchObject({ justified: true, hyphenated: false, endsParagraph: false, paragraphIndex: 4, baselinePt: 50, xPt: SLOT_X });
    expect(line.widthPt).toBeCloseTo(naturalPt + 2, 9);
  });

  it('shrinks the spaces when the line is a little long', () => {
    // 1 pt too long, two spaces shrinking 0.7557 pt each: r = −1 / 1.5114, each space 2.29 − 0.5 pt.
    const line = setLine(prepared, firstThree, slot(naturalPt - 1), fonts, 0);
    for (const gap of gaps(line)) expect(gap).toBeCloseTo(SPACE_PT - 0.5, 9);
    expect(line.adjustmentRatio).toBeCloseTo(-1 / 1.5114, 9);
    const last = line.runs[2]!;
    expect(last.xPt + last.widthPt).toBeCloseTo(SLOT_X + naturalPt - 1, 9);
  });

  it('sets the paragraph’s last line flush left at natural spacing', () => {
    const line = setLine(prepared, { startItem: 6, breakItem: lastItem(prepared), endsParagraph: true }, slot(200), fonts, 0);
    expect(line.runs.map((run) => [run.text, run.xPt])).toEqual([
      ['mayor', SLOT_X],
      ['again.', SLOT_X + widthPt('mayor') + SPACE_PT],
    ]);
    expect(line).toMatchObject({ justified: false, endsParagraph: true, adjustmentRatio: 0 });
  });

  it('still shrinks a last line that is too long for its measure', () => {
    const width = widthPt('mayor') + SPACE_PT + widthPt('again.') - 0.5;
    const line = setLine(prepared, { startItem: 6, breakItem: lastItem(prepared), endsParagraph: true }, slot(width), fonts, 0);
    expect(line.justified).toBe(true);
    expect(gaps(line)[0]).toBeCloseTo(SPACE_PT - 0.5, 9);
  });

  it('appends "-" at a hyphenation break and measures the fragment with it', () => {
    // Items: 0 the, 1 glue, 2 econ, 3 hyphen penalty, 4 omy, 5 glue, 6 grows, 7–9 end.
    const hyphenated = prepare(['the economy grows'], 'body', { economy: [4] });
    const width = widthPt('the') + SPACE_PT + widthPt('econ-') + 1;
    const line = setLine(hyphenated, { startItem: 0, breakItem: 3, endsParagraph: false }, slot(width), fonts, 0);
    expect(line.runs.map((run) => run.text)).toEqual(['the', 'econ-']);
    expect(line.runs[1]!.widthPt).toBeCloseTo(widthPt('econ-'), 9);
    expect(gaps(line)[0]).toBeCloseTo(SPACE_PT + 1, 9);
    expect(line.hyphenated).toBe(true);

    const next = setLine(hyphenated, { startItem: 4, breakItem: lastItem(hyphenated), endsParagraph: true }, slot(width), fonts, 0);
    expect(next.runs.map((run) => run.text)).toEqual(['omy', 'grows']);
    expect(next.runs[0]!.xPt).toBe(SLOT_X);
    expect(next.hyphenated).toBe(false);
  });

  it('keeps an indent as fixed space before the first word', () => {
    const indented = prepare(['Tesla met the mayor again.'], 'body', {}, 12);
    // Items shift by one: the indent box is item 0, and the line ends at the glue after "the" (item 6).
    const width = 12 + naturalPt + 2;
    const line = setLine(indented, { startItem: 0, breakItem: 6, endsParagraph: false }, slot(width), fonts, 0);
    expect(line.runs[0]!.xPt).toBe(SLOT_X + 12);
    for (const gap of gaps(line)) expect(gap).toBeCloseTo(SPACE_PT + 1, 9);
  });

  it('spreads glyph expansion over the line: one scale for all runs, the rest in the spaces', () => {
    const expanded = prepare(['Tesla met the mayor again.'], 'expanded');
    const runsPt = widthPt('Tesla') + widthPt('met') + widthPt('the');
    // Capacity: 2 × 1.145 pt of space stretch plus 2 % of the words’ width; r = 2 pt / capacity.
    const ratio = 2 / (2 * 1.145 + 0.02 * runsPt);
    const line = setLine(expanded, firstThree, slot(naturalPt + 2), fonts, 0);
    expect(line.adjustmentRatio).toBeCloseTo(ratio, 9);
    for (const run of line.runs) expect(run.horizontalScalePct).toBeCloseTo(100 * (1 + 0.02 * ratio), 9);
    expect(line.runs[0]!.widthPt).toBeCloseTo(widthPt('Tesla') * (1 + 0.02 * ratio), 9);
    for (const gap of gaps(line)) expect(gap).toBeCloseTo(SPACE_PT + ratio * 1.145, 9);
  });

  it('spreads letter-spacing over the line: one amount between all letters, the rest in the spaces', () => {
    const spaced = prepare(['Tesla met the mayor again.'], 'letterSpaced');
    // Letter gaps: Tesla 4, met 2, the 2 = 8, each may open by 0.02 em = 0.2 pt.
    const ratio = 2 / (2 * 1.145 + 8 * 0.2);
    const line = setLine(spaced, firstThree, slot(naturalPt + 2), fonts, 0);
    expect(line.adjustmentRatio).toBeCloseTo(ratio, 9);
    for (const run of line.runs) expect(run.characterSpacingPt).toBeCloseTo(0.2 * ratio, 9);
    expect(line.runs[0]!.widthPt).toBeCloseTo(widthPt('Tesla') + 4 * 0.2 * ratio, 9);
    for (const gap of gaps(line)) expect(gap).toBeCloseTo(SPACE_PT + ratio * 1.145, 9);
    const last = line.runs[line.runs.length - 1]!;
    expect(last.xPt + last.widthPt).toBeCloseTo(SLOT_X + naturalPt + 2, 9);
  });

  it('sets a ligature’s line at the rated ratio: the glyphs give what was rated for them, the spaces the rest', () => {
    // Rated with 7 letter gaps (the 2, office 5); drawn with 5, as "office" is 4 glyphs ("ffi" is one).
    const spaced = prepare(['the office is open.'], 'letterSpaced');
    const firstTwo: LineRange = { startItem: 0, breakItem: 3, endsParagraph: false };
    const natural = widthPt('the') + SPACE_PT + widthPt('office');
    const ratio = 1 / (1.145 + 7 * 0.2);
    const line = setLine(spaced, firstTwo, slot(natural + 1), fonts, 0);
    expect(line.adjustmentRatio).toBeCloseTo(ratio, 9);
    // 7 rated gaps' stretch at the ratio, spread over the 5 drawn ones.
    for (const run of line.runs) expect(run.characterSpacingPt).toBeCloseTo((7 * 0.2 * ratio) / 5, 9);
    expect(gaps(line)[0]).toBeCloseTo(SPACE_PT + ratio * 1.145, 9);
    const last = line.runs[1]!;
    expect(last.xPt + last.widthPt).toBeCloseTo(SLOT_X + natural + 1, 9);
  });

  it('fills a line without spaces with its glyphs alone, as drawn', () => {
    const spaced = prepare(['office hours'], 'letterSpaced');
    const line = setLine(spaced, { startItem: 0, breakItem: 1, endsParagraph: false }, slot(widthPt('office') + 0.3), fonts, 0);
    // Rated: 5 gaps, r = 0.3 / 1.0; drawn: 3 gaps, which open by 0.1 pt each to fill the measure.
    expect(line.adjustmentRatio).toBeCloseTo(0.3, 9);
    expect(line.runs[0]!.characterSpacingPt).toBeCloseTo(0.1, 9);
    expect(line.runs[0]!.xPt).toBe(SLOT_X);
    expect(line.runs[0]!.widthPt).toBeCloseTo(widthPt('office') + 0.3, 9);
  });

  it('hangs a final comma and an opening quote into the margins (optical margin alignment)', () => {
    const optical = prepare(['\u201CTesla met the mayor, again.'], 'optical');
    const commaLine = { startItem: 0, breakItem: 7, endsParagraph: false };
    const line = setLine(optical, commaLine, slot(100), fonts, 0);
    expect(lineText(line)).toBe('\u201CTesla met the mayor,');
    expect(line.hangLeftPt).toBeCloseTo(0.5 * widthPt('\u201C'), 9);
    expect(line.hangRightPt).toBeCloseTo(0.7 * widthPt(','), 9);
    expect(line.runs[0]!.xPt).toBeCloseTo(SLOT_X - line.hangLeftPt, 9);
    const last = line.runs[line.runs.length - 1]!;
    expect(last.xPt + last.widthPt).toBeCloseTo(SLOT_X + 100 + line.hangRightPt, 9);
  });

  it('never opens letters past their limit: beyond r = 1 only the spaces stretch further', () => {
    const spaced = prepare(['Tesla met the mayor again.'], 'letterSpaced');
    const line = setLine(spaced, firstThree, slot(naturalPt + 12), fonts, 0);
    expect(line.adjustmentRatio).toBeGreaterThan(1);
    for (const run of line.runs) expect(run.characterSpacingPt).toBeCloseTo(0.2, 9);
    for (const gap of gaps(line)) expect(gap).toBeCloseTo(SPACE_PT + (12 - 8 * 0.2) / 2, 9);
  });
});

describe('setLine: ragged and aligned lines', () => {
  // Ragged items: 0 one, 1 glue(0,+30), 2 penalty, 3 glue(2.29,−30), 4 two, 5–7 again, 8 three, 9–11 end.
  const naturalPt = widthPt('one') + SPACE_PT + widthPt('two');

  it('left: a line broken between words is set at natural spacing from the left edge', () => {
    const prepared = prepare(['one two three'], 'ragged');
    const line = setLine(prepared, { startItem: 0, breakItem: 6, endsParagraph: false }, slot(100), fonts, 0);
    expect(line.runs.map((run) => [run.text, run.xPt])).toEqual([
      ['one', SLOT_X],
      ['two', SLOT_X + widthPt('one') + SPACE_PT],
    ]);
    expect(line.justified).toBe(false);
    // The next line starts after the penalty: the glue taking the stretch back is dropped at the line start.
    const next = setLine(prepared, { startItem: 7, breakItem: lastItem(prepared), endsParagraph: true }, slot(100), fonts, 0);
    expect(next.runs.map((run) => [run.text, run.xPt])).toEqual([['three', SLOT_X]]);
  });

  it('right: the line ends at the right edge', () => {
    const prepared = prepare(['one two'], 'right');
    const line = setLine(prepared, { startItem: 0, breakItem: lastItem(prepared), endsParagraph: true }, slot(100), fonts, 0);
    expect(line.runs[0]!.xPt).toBeCloseTo(SLOT_X + 100 - naturalPt, 9);
    expect(line.runs[1]!.xPt + line.runs[1]!.widthPt).toBeCloseTo(SLOT_X + 100, 9);
    expect(gaps(line)[0]).toBeCloseTo(SPACE_PT, 9);
  });

  it('center: equal space on both sides', () => {
    const prepared = prepare(['one two'], 'center');
    const line = setLine(prepared, { startItem: 0, breakItem: lastItem(prepared), endsParagraph: true }, slot(100), fonts, 0);
    expect(line.runs[0]!.xPt).toBeCloseTo(SLOT_X + (100 - naturalPt) / 2, 9);
    const rightSpace = SLOT_X + 100 - (line.runs[1]!.xPt + line.runs[1]!.widthPt);
    expect(rightSpace).toBeCloseTo(line.runs[0]!.xPt - SLOT_X, 9);
  });
});

describe('setLine: runs', () => {
  it('merges the touching pieces of one word into one run, measured whole', () => {
    const prepared = prepare(['low-carbon cars']);
    const line = setLine(prepared, { startItem: 0, breakItem: lastItem(prepared), endsParagraph: true }, slot(200), fonts, 0);
    expect(line.runs.map((run) => run.text)).toEqual(['low-carbon', 'cars']);
    expect(line.runs[0]!.widthPt).toBeCloseTo(widthPt('low-carbon'), 9);
  });

  it('ends a line at an explicit hyphen without adding one', () => {
    // Items: 0 "low-", 1 penalty, 2 "carbon", …
    const prepared = prepare(['low-carbon cars']);
    const line = setLine(prepared, { startItem: 0, breakItem: 1, endsParagraph: false }, slot(200), fonts, 0);
    expect(line.runs.map((run) => run.text)).toEqual(['low-']);
    expect(line.hyphenated).toBe(false);
  });

  it('keeps pieces in different faces as separate runs that touch', () => {
    const prepared = prepare([{ text: 'Tesla', bold: true }, "’s plant"]);
    const line = setLine(prepared, { startItem: 0, breakItem: lastItem(prepared), endsParagraph: true }, slot(200), fonts, 0);
    expect(line.runs.map((run) => [run.text, run.fontId])).toEqual([
      ['Tesla', 'Newsreader/bold'],
      ["’s", 'Newsreader/regular'],
      ['plant', 'Newsreader/regular'],
    ]);
    expect(gaps(line)[0]).toBe(0);
    expect(line.runs.every((run) => run.sizePt === 10 && run.characterSpacingPt === 0)).toBe(true);
  });
});
