import { describe, expect, it } from 'vitest';
import { fitDropCap, placeDropCap, splitInitial } from '../../src/compose/dropCap.js';
import type { ColumnSlot } from '../../src/flow/slots.js';
import type { LineSlot } from '../../src/inline/setLine.js';
import { resolvePage, typesetterFor } from './fixtures.js';

const span = (text: string, bold = false) => ({ text, italic: false, bold });

describe('splitInitial', () => {
  it('takes the first letter', () => {
    expect(splitInitial({ spans: [span('Tesla is here.')] })).toEqual({ initial: 'T', rest: { spans: [span('esla is here.')] }, opensWord: true });
    expect(splitInitial({ spans: [span('Élan')] })?.initial).toBe('É');
    // A word of one letter: the rest opens with a space, and the initial's word does not go on.
    expect(splitInitial({ spans: [span('A man', true)] })).toEqual({ initial: 'A', rest: { spans: [span(' man', true)] }, opensWord: false });
  });

  it('takes an opening quote with the letter', () => {
    expect(splitInitial({ spans: [span('\u201CWe are ready,\u201D he said.')] })).toEqual({
      initial: '\u201CW',
      rest: { spans: [span('e are ready,\u201D he said.')] },
      opensWord: true,
    });
    expect(splitInitial({ spans: [span('"Yes."')] })?.initial).toBe('"Y');
    expect(splitInitial({ spans: [span("'Twas")] })?.initial).toBe("'T");
    expect(splitInitial({ spans: [span('(Almost) all')] })?.initial).toBe('(A');
  });

  it('drops a first span that held only the initial, keeping the others as they were', () => {
    expect(splitInitial({ spans: [span('T', true), span('esla')] })).toEqual({ initial: 'T', rest: { spans: [span('esla')] }, opensWord: true });
    expect(splitInitial({ spans: [span('Tesla', true), span(' came')] })!.rest.spans[0]).toEqual(span('esla', true));
  });

  it('gives null when the paragraph does not open with a letter', () => {
    expect(splitInitial({ spans: [span('2024 was a year')] })).toBeNull();
    expect(splitInitial({ spans: [span('\u2014 and then')] })).toBeNull();
    expect(splitInitial({ spans: [] })).toBeNull();
  });
});

describe('placeDropCap', () => {
  const layout = resolvePage([{ type: 'body' }]);
  const body = layout.styles.get('body')!;
  const dropCapStyle = layout.styles.get('dropCap')!;
  // Three lines 12 pt apart; the body's cap height is 0.67 × 10 = 6.7 pt, so line 1's capitals start at y = 72.
  const first: LineSlot = { xPt: 72, widthPt: 270, baselinePt: 78.7 };
  const third: LineSlot = { xPt: 72, widthPt: 270, baselinePt: 102.7 };

  it('sizes the initial so its top is at line 1’s cap height and its baseline on line 3', () => {
    const typesetter = typesetterFor(layout);
    const { frame, indentPt } = placeDropCap(typesetter, 'T', dropCapStyle, body, first, third, 4);
    // Libre Franklin Bold's T: ink from 0.033 to 0.647 em, top at 0.742 em. 30.7 pt from cap line to baseline.
    const sizePt = 30.7 / 0.742;
    const run = frame.lines[0]!.runs[0]!;
    expect(run.sizePt).toBeCloseTo(sizePt, 9);
    expect(run.text).toBe('T');
    expect(run.fontId).toBe('Libre Franklin/bold');
    expect(frame.lines[0]!.baselinePt).toBe(102.7);
    expect(frame.lines[0]!.baselinePt - 0.742 * run.sizePt).toBeCloseTo(72, 9);
    // The ink, not the advance box, is flush with the column edge.
    expect(run.xPt + 0.033 * sizePt).toBeCloseTo(72, 9);
    expect(frame).toMatchObject({ kind: 'text', role: 'dropCap', xPt: 72 });
    expect(frame.yPt).toBeCloseTo(72, 9);
    expect(frame.heightPt).toBeCloseTo(30.7, 9);
    expect(frame.widthPt).toBeCloseTo(0.614 * sizePt, 9);
    expect(indentPt).toBeCloseTo(0.614 * sizePt + 4, 9);
    expect(typesetter.warnings).toEqual([]);
  });

  it('spans two lines with a smaller initial', () => {
    const second: LineSlot = { ...first, baselinePt: 90.7 };
    const { frame } = placeDropCap(typesetterFor(layout), 'T', dropCapStyle, body, first, second, 4);
    expect(frame.lines[0]!.runs[0]!.sizePt).toBeCloseTo(18.7 / 0.742, 9);
  });

  it('hangs an opening quote: the quote’s ink starts at the column edge, the indent clears the letter', () => {
    const typesetter = typesetterFor(layout);
    const face = typesetter.fonts.face('Libre Franklin/bold');
    // A guillemet, whose top (0.458 em) is far below the letter's (0.742 em): the letter sets the size.
    const quote = face.glyphInkEm('\u00AB');
    const letter = face.glyphInkEm('A');
    expect(quote.topEm).toBeLessThan(letter.topEm);
    const { frame, indentPt } = placeDropCap(typesetter, '\u00ABA', dropCapStyle, body, first, third, 4);
    const run = frame.lines[0]!.runs[0]!;
    expect(run.sizePt).toBeCloseTo(30.7 / 0.742, 9);
    expect(run.xPt + quote.leftEm * run.sizePt).toBeCloseTo(72, 9);
    const inkRightPt = (face.widthEm('\u00AB') + letter.rightEm) * run.sizePt;
    expect(indentPt).toBeCloseTo(inkRightPt - quote.leftEm * run.sizePt + 4, 9);
  });

  it('refuses an initial the drop-cap font lacks, naming the character, rather than draw an empty box', () => {
    const typesetter = typesetterFor(layout);
    expect(() => placeDropCap(typesetter, '\u4E2D', dropCapStyle, body, first, third, 4)).toThrow(
      /drop cap: font LibreFranklin-Bold has no glyph for '\u4E2D' \(U\+4E2D\)/u,
    );
  });
});

describe('fitDropCap', () => {
  const layout = resolvePage([{ type: 'body' }]);
  const body = layout.styles.get('body')!;
  const request = { initial: 'T', lines: 3, style: layout.styles.get('dropCap')!, gapPt: 4 };
  /** Rows 12 pt apart from y = 72 in one column, as the fixtures' page has them. */
  const column = (column: number, rows: number[], widthPt = 270): ColumnSlot[] =>
    rows.map((row, index) => ({ column, row, xPt: 72, widthPt, baselinePt: 78.7 + 12 * row, lastInColumn: index === rows.length - 1 }));

  it('places the initial beside the first lines and gives the flow a hang of its width plus the gap', () => {
    const slots = column(1, [0, 1, 2, 3, 4]);
    const fit = fitDropCap(typesetterFor(layout), request, body, slots);
    const placed = placeDropCap(typesetterFor(layout), 'T', request.style, body, slots[0]!, slots[2]!, 4);
    expect(fit).toEqual({ fits: true, frame: placed.frame, hang: { lines: 3, indentPt: placed.indentPt }, measureBesidePt: 270 - placed.indentPt });
  });

  it('refuses when the first lines are not one under the other in one column', () => {
    // A float takes row 1: the first three slots are rows 0, 2 and 3.
    const gapped = fitDropCap(typesetterFor(layout), request, body, column(1, [0, 2, 3, 4]));
    expect(gapped).toEqual({ fits: false, warning: expect.stringMatching(/^the initial "T" needs 3 lines one under the other at the top of the story/u) });
    const splitAcrossColumns = fitDropCap(typesetterFor(layout), request, body, [...column(1, [0, 1]), ...column(2, [0, 1])]);
    expect(splitAcrossColumns.fits).toBe(false);
    expect(fitDropCap(typesetterFor(layout), request, body, column(1, [0, 1])).fits).toBe(false);
  });

  it('refuses when less than 4 em of the body is left beside the initial', () => {
    const { indentPt } = placeDropCap(typesetterFor(layout), 'T', request.style, body, column(1, [0])[0]!, column(1, [2])[0]!, 4);
    // Body 10 pt: 40 pt must be left beside the initial.
    expect(fitDropCap(typesetterFor(layout), request, body, column(1, [0, 1, 2], indentPt + 40)).fits).toBe(true);
    const narrow = fitDropCap(typesetterFor(layout), request, body, column(1, [0, 1, 2], indentPt + 39));
    expect(narrow).toEqual({ fits: false, warning: 'the initial "T" leaves only 39.0 pt beside it; set without a drop cap' });
  });
});
