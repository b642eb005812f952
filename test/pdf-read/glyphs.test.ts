import { PDFDocument, PDFNumber, PDFOperator, PDFOperatorNames as Op, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { wordGapsOf } from '../../src/pdf-read/lines.js';
import { readPdfDrawings, readPdfLayout } from '../../src/pdf-read/readPdf.js';
import type { PdfWord } from '../../src/pdf-read/types.js';
import { assemblePdf, streamObject } from './assemblePdf.js';
import { linesOn, wordsOn } from './pageText.js';

/**
 * Pages made with pdf-lib, drawn with the operators other programs use (a whole line as one string with `Tw`, TJ
 * arrays, `'` and `"`, `Tc`, `Tz`, `Ts`), so that where every word is is known by construction: from Helvetica's
 * widths (pdf-lib's copy of Adobe's metrics; pdf.js has its own of the same font).
 */
const PAGE_HEIGHT_PT = 300;
const SIZE_PT = 12;

interface Drawn {
  font: PDFFont;
  page: PDFPage;
  /** Draws PDF operators in a text object with Helvetica at SIZE_PT. */
  text: (...operators: PDFOperator[]) => void;
  string: (text: string) => ReturnType<PDFFont['encodeText']>;
  array: (...parts: (string | number)[]) => ReturnType<PDFDocument['context']['obj']>;
}

async function makePage(draw: (drawn: Drawn) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([400, PAGE_HEIGHT_PT]);
  const key = page.node.newFontDictionary(font.name, font.ref);
  const text = (...operators: PDFOperator[]): void =>
    page.pushOperators(PDFOperator.of(Op.BeginText), PDFOperator.of(Op.SetFontAndSize, [key, doc.context.obj(SIZE_PT)]), ...operators, PDFOperator.of(Op.EndText));
  const string = (value: string) => font.encodeText(value);
  const array = (...parts: (string | number)[]) => doc.context.obj(parts.map((part) => (typeof part === 'string' ? font.encodeText(part) : part)));
  draw({ font, page, text, string, array });
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

type OperatorArg = NonNullable<Parameters<typeof PDFOperator.of>[1]>[number];
const op = (name: Op, ...operands: (number | OperatorArg)[]): PDFOperator =>
  PDFOperator.of(name, operands.map((operand) => (typeof operand === 'number' ? PDFNumber.of(operand) : operand)));

async function wordsOf(pdf: Uint8Array): Promise<PdfWord[]> {
  return wordsOn((await readPdfLayout(pdf)).pages[0]!);
}

/** Each word where construction put it: x, baseline, width. */
function expectWords(words: readonly PdfWord[], expected: readonly { text: string; xPt: number; baselinePt: number; widthPt: number }[]): void {
  expect(words.map((word) => word.text)).toEqual(expected.map((word) => word.text));
  words.forEach((word, index) => {
    const want = expected[index]!;
    expect(word.xPt, `${want.text} x`).toBeCloseTo(want.xPt, 3);
    expect(word.baselinePt, `${want.text} baseline`).toBeCloseTo(want.baselinePt, 3);
    expect(word.widthPt, `${want.text} width`).toBeCloseTo(want.widthPt, 3);
    expect(word.sizePt).toBeCloseTo(SIZE_PT, 6);
  });
}

/** Helvetica's advance for the text drawn glyph by glyph (pdf-lib's widthOfTextAtSize also applies kerning pairs). */
function advanceOf(font: PDFFont, text: string): number {
  return [...text].reduce((sum, char) => sum + font.widthOfTextAtSize(char, SIZE_PT), 0);
}

/** Words laid left to right from `xPt` with the given gaps, at a baseline `yPt` above the page's bottom. */
function laidOut(font: PDFFont, texts: readonly string[], gapsPt: readonly number[], xPt: number, yPt: number, scale = 1) {
  let cursorPt = xPt;
  return texts.map((text, index) => {
    if (index > 0) cursorPt += gapsPt[index - 1]!;
    const widthPt = advanceOf(font, text) * scale;
    const word = { text, xPt: cursorPt, baselinePt: PAGE_HEIGHT_PT - yPt, widthPt };
    cursorPt += widthPt;
    return word;
  });
}

describe('the glyph reader on lines drawn as one string', () => {
  it('measures word spacing (Tw) in a line drawn as one string: each space is the space glyph plus Tw', async () => {
    let expected: ReturnType<typeof laidOut> = [];
    const pdf = await makePage(({ font, text, string }) => {
      const spacePt = advanceOf(font, ' ');
      expected = laidOut(font, ['alpha', 'beta', 'gamma'], [spacePt + 3.5, spacePt + 3.5], 50, 250);
      text(op(Op.MoveText, 50, 250), op(Op.SetWordSpacing, 3.5), op(Op.ShowText, string('alpha beta gamma')));
    });
    const words = await wordsOf(pdf);
    expectWords(words, expected);
    const [line] = linesOn((await readPdfLayout(pdf)).pages[0]!);
    expect(wordGapsOf(line!).gapsPt.map((gap) => gap - 3.5)).toEqual([expect.closeTo(3.336, 3), expect.closeTo(3.336, 3)]);
  });

  it('measures a TJ array: numbers between words are the spaces, small ones inside a word are kerning', async () => {
    let expected: ReturnType<typeof laidOut> = [];
    const pdf = await makePage(({ font, text, array }) => {
      // -500 moves on half an em (6 pt); a kern of 30 moves back 0.36 pt inside "alpha".
      const alpha = advanceOf(font, 'alpha') - 0.36;
      const spacePt = advanceOf(font, ' ');
      expected = laidOut(font, ['beta', 'gamma'], [spacePt + 2.4], 50 + alpha + 6, 200);
      expected.unshift({ text: 'alpha', xPt: 50, baselinePt: PAGE_HEIGHT_PT - 200, widthPt: alpha });
      text(op(Op.MoveText, 50, 200), op(Op.ShowTextAdjusted, array('al', 30, 'pha', -500, 'beta ', -200, 'gamma')));
    });
    expectWords(await wordsOf(pdf), expected);
  });

  it("follows ' and \" onto the next line by the leading, with their word and character spacing", async () => {
    let fourPt = 0;
    let spacePt = 0;
    const pdf = await makePage(({ font, text, string }) => {
      fourPt = advanceOf(font, 'four');
      spacePt = advanceOf(font, ' ');
      text(
        op(Op.SetTextLineHeight, 14),
        op(Op.MoveText, 40, 260),
        op(Op.ShowText, string('one')),
        op(Op.ShowTextLine, string('two three')),
        op(Op.ShowTextLineAndSpace, 4, 0.5, string('four five')),
      );
    });
    const words = await wordsOf(pdf);
    expect(words.map((word) => [word.text, word.baselinePt])).toEqual([
      ['one', expect.closeTo(40, 6)],
      ['two', expect.closeTo(54, 6)],
      ['three', expect.closeTo(54, 6)],
      ['four', expect.closeTo(68, 6)],
      ['five', expect.closeTo(68, 6)],
    ]);
    const [four, five] = words.slice(3);
    // Character spacing adds 0.5 pt after every glyph (the last one's belongs to the space), word spacing 4 pt more
    // after the space.
    expect(four!.widthPt).toBeCloseTo(fourPt + 3 * 0.5, 3);
    expect(five!.xPt - (four!.xPt + four!.widthPt)).toBeCloseTo(0.5 + spacePt + 0.5 + 4, 3);
  });

  it('scales advances by Tz, raises by Ts, and moves by TD', async () => {
    let expected: ReturnType<typeof laidOut> = [];
    const pdf = await makePage(({ font, text, array }) => {
      expected = laidOut(font, ['narrow', 'words'], [6 * 0.8], 30, 100 + 3, 0.8);
      text(op(Op.MoveTextSetLeading, 30, 100), op(Op.SetTextHorizontalScaling, 80), op(Op.SetTextRise, 3), op(Op.ShowTextAdjusted, array('narrow', -500, 'words')));
    });
    expectWords(await wordsOf(pdf), expected);
  });
});

describe('the glyph reader: page structure', () => {
  const helvetica = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  const page = (content: string, resources: string) =>
    assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources ${resources} >>`,
      streamObject('', content),
      helvetica,
      streamObject('/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [2 0 0 2 10 20] /Resources << /Font << /F1 5 0 R >> >>', 'BT /F1 5 Tf 1 0 0 1 5 5 Tm (in) Tj ET'),
    ]);

  it('places text inside a form XObject through the form matrix and the CTM', async () => {
    const pdf = page('q 1 0 0 1 30 0 cm /X1 Do Q BT /F1 10 Tf 1 0 0 1 5 150 Tm (out) Tj ET', '<< /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >>');
    const words = await wordsOf(pdf);
    // The form's (5, 5) → matrix (20, 30) → cm (50, 30): 170 pt from the top; its 5 pt text is 10 pt on the page.
    expect(words.map((word) => [word.text, word.xPt, word.baselinePt, word.sizePt])).toEqual([
      ['out', expect.closeTo(5, 6), expect.closeTo(50, 6), expect.closeTo(10, 6)],
      ['in', expect.closeTo(50, 6), expect.closeTo(170, 6), expect.closeTo(10, 6)],
    ]);
  });

  it('leaves out text that does not run left to right, and says how many glyphs', async () => {
    const pdf = page('BT /F1 10 Tf 0 1 -1 0 100 20 Tm (up) Tj 1 0 0 1 5 150 Tm (flat) Tj ET', '<< /Font << /F1 5 0 R >> >>');
    const { pages } = await readPdfDrawings(pdf, (drawing) => drawing);
    expect(pages[0]!.skippedGlyphs).toBe(2);
    expect(pages[0]!.glyphs.map((glyph) => glyph.text).join('')).toBe('flat');
  });
});
