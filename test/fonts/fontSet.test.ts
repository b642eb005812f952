import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import { FontSet } from '../../src/fonts/fontSet.js';

const require = createRequire(import.meta.url);
const NEWSREADER = require.resolve('@expo-google-fonts/newsreader/400Regular/Newsreader_400Regular.ttf');
const FRANKLIN_BOLD = require.resolve('@expo-google-fonts/libre-franklin/700Bold/LibreFranklin_700Bold.ttf');
const NOT_A_FONT = fileURLToPath(new URL('../fixtures/layouts/four-column.json', import.meta.url));

const fonts = new FontSet(
  new Map([
    ['Newsreader/regular', NEWSREADER],
    ['Libre Franklin/bold', FRANKLIN_BOLD],
    ['Broken/regular', NOT_A_FONT],
  ]),
);
const newsreader = fonts.face('Newsreader/regular');
const franklinBold = fonts.face('Libre Franklin/bold');

/** What fontkit's shaper gives for `text` at `sizePt`, straight from the font. */
function fontkitWidthPt(fontPath: string, text: string, sizePt: number): number {
  const font = fontkit.openSync(fontPath) as fontkit.Font;
  return (font.layout(text).advanceWidth * sizePt) / font.unitsPerEm;
}

/** What pdfkit measures (and so draws) for `text` at `sizePt`. */
function pdfkitWidthPt(fontPath: string, text: string, sizePt: number): number {
  const doc = new PDFDocument({ autoFirstPage: false });
  return doc.font(fontPath).fontSize(sizePt).widthOfString(text);
}

describe('FontFace.widthPt', () => {
  const samples = ['AV', 'To', 'ffi', 'office', 'Tesla', 'Gigafactory,', '“Yes”'];

  it.each(samples)('measures %j as fontkit and pdfkit do', (text) => {
    for (const [face, fontPath] of [
      [newsreader, NEWSREADER],
      [franklinBold, FRANKLIN_BOLD],
    ] as const) {
      const widthPt = face.widthPt(text, 9.5);
      expect(widthPt).toBeCloseTo(fontkitWidthPt(fontPath, text, 9.5), 9);
      expect(widthPt).toBeCloseTo(pdfkitWidthPt(fontPath, text, 9.5), 9);
    }
  });

  it('applies kerning: Newsreader "AV" at 10 pt is 2628/2000 em = 13.14 pt, less than "A" + "V"', () => {
    // Advances in font units (2000 per em): A 1421, V 1383, kerned pair 2628.
    expect(newsreader.widthPt('AV', 10)).toBeCloseTo(13.14, 9);
    expect(newsreader.widthPt('A', 10) + newsreader.widthPt('V', 10)).toBeCloseTo(14.02, 9);
    expect(newsreader.widthPt('To', 10)).toBeLessThan(newsreader.widthPt('T', 10) + newsreader.widthPt('o', 10));
  });

  it('applies ligatures: "ffi" is one glyph, 1755/2000 em, narrower than f + f + i', () => {
    expect(newsreader.widthEm('ffi')).toBeCloseTo(0.8775, 9);
    expect(newsreader.widthEm('f') * 2 + newsreader.widthEm('i')).toBeCloseTo(0.97, 9);
  });

  it('scales linearly with size', () => {
    expect(newsreader.widthPt(' ', 10)).toBeCloseTo(2.29, 9);
    expect(newsreader.widthPt(' ', 20)).toBeCloseTo(4.58, 9);
  });
});

describe('FontFace metrics and ink', () => {
  it('gives vertical metrics as fractions of the em', () => {
    // Newsreader: 2000 units per em, ascent 1470, descent −530, cap height 1340, x-height 852.
    expect(newsreader.metrics.ascender).toBeCloseTo(0.735, 9);
    expect(newsreader.metrics.descender).toBeCloseTo(-0.265, 9);
    expect(newsreader.metrics.capHeight).toBeCloseTo(0.67, 9);
    expect(newsreader.metrics.xHeight).toBeCloseTo(0.426, 9);
  });

  it("glyphInkEm('T') is the glyph's bounding box in ems", () => {
    // Newsreader's T: x from 46 to 1294, top at 1424 units; Libre Franklin Bold's: 33 to 647, top 742 (of 1000).
    expect(newsreader.glyphInkEm('T')).toEqual({ leftEm: 0.023, rightEm: 0.647, topEm: 0.712 });
    expect(franklinBold.glyphInkEm('T')).toEqual({ leftEm: 0.033, rightEm: 0.647, topEm: 0.742 });
  });

  it('knows its PostScript name', () => {
    expect(newsreader.postscriptName).toBe('Newsreader-Regular');
  });
});

describe('FontFace.missingCharacters', () => {
  it('finds characters without a glyph, once each', () => {
    expect(newsreader.missingCharacters('Tesla 中国 and 中 😀!')).toEqual(['中', '国', '😀']);
  });

  it('ignores spaces and soft hyphens, which are never drawn (Libre Franklin has no soft-hyphen glyph)', () => {
    expect(franklinBold.missingCharacters('co\u00ADoperate with us')).toEqual([]);
    expect(newsreader.missingCharacters('café — “quoted” 10\u00A0km')).toEqual([]);
  });

  it('is empty exactly when the face covers the text, astral characters and lone surrogates included', () => {
    const texts = ['', 'Tesla', 'co\u00ADop with us', 'Tesla 😀', '😀', 'a\uD83Db', 'x\uDE00', '中国', 'Łódź — “ok”'];
    for (const face of [newsreader, franklinBold]) {
      for (const text of texts) expect(face.covers(text), JSON.stringify(text)).toBe(face.missingCharacters(text).length === 0);
    }
  });
});

describe('FontSet', () => {
  it('loads a face once and lists only the faces used', () => {
    const set = new FontSet(new Map([['N/regular', NEWSREADER], ['F/bold', FRANKLIN_BOLD]]));
    expect(set.usedFaces()).toEqual([]);
    const face = set.face('N/regular');
    expect(set.face('N/regular')).toBe(face);
    expect(face.id).toBe('N/regular');
    expect(face.path).toBe(NEWSREADER);
    expect(set.usedFaces().map((used) => used.id)).toEqual(['N/regular']);
  });

  it('answers what a face covers without adding it to the faces used', () => {
    const set = new FontSet(new Map([['N/regular', NEWSREADER], ['F/bold', FRANKLIN_BOLD]]));
    expect(set.covers('F/bold', 'Łódź co\u00ADop')).toBe(true);
    expect(set.covers('F/bold', 'Tesla 😀')).toBe(false);
    expect(set.usedFaces()).toEqual([]);
    const face = set.face('F/bold');
    expect(set.usedFaces()).toEqual([face]);
    expect(set.covers('F/bold', 'Tesla')).toBe(true);
    expect(set.usedFaces()).toEqual([face]);
  });

  it('throws an InputError naming the file when it is not a font', () => {
    let caught: unknown;
    try {
      fonts.face('Broken/regular');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).message).toBe(`${NOT_A_FONT}: not a readable font file (Unknown font format)`);
  });

  it('treats an id the layout does not define as a programming error', () => {
    expect(() => fonts.face('Nope/regular')).toThrow(/font id 'Nope\/regular' is not in this layout/);
    expect(() => fonts.face('Nope/regular')).not.toThrow(InputError);
  });
});

describe('FontFace.shape: the characters each glyph stands for', () => {
  it('are the shaped string’s, even when the font made that glyph first without any (as a subsetter does for a component)', () => {
    // A face of its own, so that no other test has made its apostrophe glyph yet, and that shapes rather than finds
    // its shapes on disk.
    vi.stubEnv('BROADSHEET_NO_CACHE', '1');
    const face = new FontSet(new Map([['poisoned', FRANKLIN_BOLD]])).face('poisoned');
    vi.unstubAllEnvs();
    const apostropheId = face.font.glyphForCodePoint(0x2019).id;
    const mutable = face.font as unknown as { _glyphs: Record<number, unknown> };
    delete mutable._glyphs[apostropheId];
    face.font.getGlyph(apostropheId);
    const shaped = face.shape('city’s');
    expect(shaped.glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints)).join('')).toBe('city’s');
  });
});
