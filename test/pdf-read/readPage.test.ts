import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/pdf-read/readPage.js';
import type { PdfGlyph } from '../../src/pdf-read/types.js';
import { wordsOf } from '../../src/pdf-read/words.js';

/** Every glyph CHAR_PT wide, so that where a piece of text ends is easy to work out. */
const CHAR_PT = 5;

/** Glyphs of `text` from `xPt`, each CHAR_PT wide plus `spacingPt`; a ' ' is a drawn space. */
function glyphs(text: string, xPt: number, baselinePt: number, options: { sizePt?: number; spacingPt?: number; fontName?: string } = {}): PdfGlyph[] {
  const { sizePt = 10, spacingPt = 0, fontName = 'Body' } = options;
  return [...text].map((char, index) => ({
    text: char,
    xPt: xPt + index * (CHAR_PT + spacingPt),
    baselinePt,
    widthPt: CHAR_PT,
    sizePt,
    fontName,
    isSpace: char === ' ',
  }));
}

const pageOf = (pageGlyphs: PdfGlyph[]) => readPage({ pageNumber: 1, widthPt: 600, heightPt: 400, glyphs: pageGlyphs, images: [], skippedGlyphs: 0 });

describe('wordsOf', () => {
  it('breaks at a drawn space and at a gap wider than 0.1 em, however the gap was made', () => {
    const words = wordsOf([...glyphs('one two', 10, 50), ...glyphs('three', 10 + 7 * CHAR_PT + 1.25, 50)]);
    expect(words.map((word) => [word.text, word.xPt, word.widthPt])).toEqual([
      ['one', 10, 15],
      ['two', 30, 15],
      ['three', 46.25, 25],
    ]);
  });

  it('keeps letter-spacing, kerning and a change of font inside a word', () => {
    const spaced = glyphs('wide', 10, 50, { spacingPt: 0.9 });
    const kerned = glyphs('Ta', 100, 50);
    kerned[1]!.xPt -= 1.5;
    const italicEnding = [...glyphs('re', 200, 50), ...glyphs('act', 210, 50, { fontName: 'Italic' })];
    expect(wordsOf([...spaced, ...kerned, ...italicEnding]).map((word) => [word.text, word.fonts])).toEqual([
      ['wide', ['Body']],
      ['Ta', ['Body']],
      ['react', ['Body', 'Italic']],
    ]);
  });

  it('breaks where the baseline changes or a glyph is drawn back over the previous ones', () => {
    const raised = [...glyphs('x', 10, 50), ...glyphs('2', 15, 46)];
    const overprinted = [...glyphs('ab', 100, 50), ...glyphs('cd', 103, 50)];
    expect(wordsOf([...raised, ...overprinted]).map((word) => word.text)).toEqual(['x', '2', 'ab', 'cd']);
  });

  it('marks a word whose last glyph has no width: the space after it cannot be measured', () => {
    const unknown = glyphs('ab', 10, 50).map((glyph) => ({ ...glyph, xPt: 10, widthPt: 0 }));
    expect(wordsOf(unknown)).toEqual([expect.objectContaining({ text: 'ab', widthPt: 0, endKnown: false })]);
  });
});

describe('readPage: lines and columns', () => {
  /** Word lengths (in letters) of the lines of a justified column, spaced out to 100 pt: spaces differ from line to line. */
  const LINE_WORDS = [
    [4, 5, 3, 4],
    [3, 4, 5, 3],
    [5, 3, 4, 5],
    [2, 6, 3, 3],
    [6, 3, 5, 4],
    [4, 4, 2, 6],
  ];

  /** A justified column 100 pt wide from `xPt`: `rows` lines 12 pt apart. */
  function column(xPt: number, firstBaselinePt: number, rows: number): PdfGlyph[] {
    return Array.from({ length: rows }, (_, row) => {
      const lengths = LINE_WORDS[row % LINE_WORDS.length]!;
      const spacePt = (100 - CHAR_PT * lengths.reduce((sum, letters) => sum + letters, 0)) / (lengths.length - 1);
      let cursorPt = xPt;
      return lengths.flatMap((letters) => {
        const word = glyphs('abcdefgh'.slice(0, letters), cursorPt, firstBaselinePt + row * 12);
        cursorPt += letters * CHAR_PT + spacePt;
        return word;
      });
    }).flat();
  }

  const textOf = (row: number): string => LINE_WORDS[row % LINE_WORDS.length]!.map((letters) => 'abcdefgh'.slice(0, letters)).join(' ');

  it('cuts rows at the gutters of a page of columns and finds each column with its edges', () => {
    const page = pageOf([...column(20, 50, 6), ...column(140, 50, 6)]);
    expect(page.columns.map((found) => [found.xPt, found.rightPt, found.lines.length])).toEqual([
      [20, expect.closeTo(120, 9), 6],
      [140, expect.closeTo(240, 9), 6],
    ]);
    expect(page.columns[0]!.lines[0]!.text).toBe(textOf(0));
  });

  it('keeps a wide interword space inside its line when the lines above and below run through it', () => {
    // A space of 1.2 em, wider than a narrow gutter.
    const loose = [...glyphs('abcd', 20, 50), ...glyphs('abcd', 46, 50), ...glyphs('abc', 78, 50)];
    const page = pageOf([...loose, ...column(20, 62, 4)]);
    expect(page.columns).toHaveLength(1);
    expect(page.columns[0]!.lines.map((line) => line.text)).toContain('abcd abcd abc');
  });

  it('splits two short balanced columns under a caption that spans both, one line right-aligned', () => {
    const caption = glyphs('a caption across both columns of the page', 20, 40, { sizePt: 8 });
    const left = column(20, 60, 3);
    const right = [...column(140, 60, 2), ...glyphs('source', 210, 84)];
    const page = pageOf([...caption, ...left, ...right]);
    expect(page.columns.map((found) => [found.xPt, found.lines.map((line) => line.text)])).toEqual([
      [20, ['a caption across both columns of the page', textOf(0), textOf(1), textOf(2)]],
      [140, [textOf(0), textOf(1), 'source']],
    ]);
  });

  it('takes lines starting with punctuation hung into the margin as the column’s, not a column of their own', () => {
    const hung = [...glyphs('“ab', 137, 62), ...glyphs('“cd', 137, 86)];
    const page = pageOf([...column(20, 50, 5), ...column(140, 50, 5).filter((glyph) => glyph.baselinePt !== 62 && glyph.baselinePt !== 86), ...hung]);
    expect(page.columns.map((found) => found.xPt)).toEqual([20, 140]);
    expect(page.columns[1]!.lines.map((line) => line.text)).toEqual([textOf(0), '“ab', textOf(2), '“cd', textOf(4)]);
  });

  it('cuts a line where the type size jumps (a drop cap beside its first line)', () => {
    const page = pageOf([...glyphs('T', 20, 74, { sizePt: 30 }), ...glyphs('he', 40, 74), ...column(20, 86, 4)]);
    expect(page.columns[0]!.lines.map((line) => [line.text, line.sizePt])).toEqual([
      ['T', 30],
      ['he', 10],
      ...[0, 1, 2, 3].map((row) => [textOf(row), 10]),
    ]);
  });
});
