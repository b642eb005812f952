import { applyAffine, concatAffine, IDENTITY, type Affine } from './affine.js';
import type { PdfGlyph } from './types.js';

/** The part of a pdf.js font object (`page.commonObjs.get(id)`) that places glyphs. */
export interface PdfTextFont {
  /** Real name, subset tag kept; '' when unknown. */
  name: string;
  /** Glyph space to text space; widths are in glyph space. */
  fontMatrix: Affine;
  vertical: boolean;
  isType3: boolean;
}

/** A glyph as pdf.js's evaluator hands it to `showText`, in an array mixed with TJ adjustments (numbers). */
export interface PdfjsGlyph {
  unicode?: unknown;
  width?: unknown;
  isSpace?: unknown;
}

/** The text parameters of the graphics state (PDF 9.3): saved and restored with it. */
export interface TextParameters {
  font: PdfTextFont | null;
  /** As `Tf` set it: negative mirrors the text. */
  size: number;
  charSpacing: number;
  wordSpacing: number;
  /** `Tz` / 100. */
  horizontalScale: number;
  leading: number;
  rise: number;
}

export const INITIAL_TEXT_PARAMETERS: TextParameters = {
  font: null,
  size: 0,
  charSpacing: 0,
  wordSpacing: 0,
  horizontalScale: 1,
  leading: 0,
  rise: 0,
};

/** The text object's matrices (PDF 9.4.2): not part of the graphics state. */
export interface TextPosition {
  textMatrix: Affine;
  lineMatrix: Affine;
}

export const START_OF_TEXT: TextPosition = { textMatrix: IDENTITY, lineMatrix: IDENTITY };

/** pdf.js's default font matrix: widths in thousandths of text space. */
export const DEFAULT_FONT_MATRIX: Affine = [0.001, 0, 0, 0.001, 0, 0];

/** Where `Tm` puts the text: both matrices. */
export function setTextMatrix(matrix: Affine): TextPosition {
  return { textMatrix: matrix, lineMatrix: matrix };
}

/** `Td`: the start of the next line, offset from the start of this one in its own space. */
export function moveText(position: TextPosition, txPt: number, tyPt: number): TextPosition {
  return setTextMatrix(concatAffine(position.lineMatrix, [1, 0, 0, 1, txPt, tyPt]));
}

/** What a `showText` drew and where the text position is after it. */
export interface ShownText {
  glyphs: PdfGlyph[];
  /** Glyphs not read: a vertical font, or a baseline that does not run left to right across the page. */
  skipped: number;
  position: TextPosition;
}

/**
 * Places the glyphs of one `showText` (Tj, TJ, ', ": pdf.js turns them all into one glyph array with TJ numbers),
 * as PDF 9.4.4 advances the text matrix: each glyph by its width times the size, plus character spacing, plus word
 * spacing after a single-byte space, all times the horizontal scale; a TJ number moves back by thousandths of the
 * size. A glyph's own width leaves out the spacing after it: letter-spacing after a word's last letter is part of
 * the space that follows. `userToPage` maps user space (the CTM applied) to page coordinates.
 */
export function showGlyphs(items: readonly unknown[], parameters: TextParameters, position: TextPosition, userToPage: Affine): ShownText {
  const { font, size, charSpacing, wordSpacing, horizontalScale, rise } = parameters;
  const fontMatrix = font?.fontMatrix ?? DEFAULT_FONT_MATRIX;
  const textToPage = concatAffine(userToPage, position.textMatrix);
  // Reading runs left to right on the page: text space's x axis must map onto the page's, without turning.
  const [a, b, c, d] = textToPage;
  const readable = font?.vertical !== true && a > 0 && Math.abs(b) <= 1e-3 * a;
  // Type 3 glyph space is the font's own; other fonts are scaled to 1000 units an em.
  const emScale = font?.isType3 ? Math.abs(fontMatrix[3]) * 1000 : 1;
  const sizePt = Math.hypot(c, d) * Math.abs(size) * emScale;
  const glyphs: PdfGlyph[] = [];
  let skipped = 0;
  let advance = 0;
  for (const item of items) {
    if (typeof item === 'number') {
      advance -= (item / 1000) * size * horizontalScale;
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const glyph = item as PdfjsGlyph;
    const singleByteSpace = glyph.isSpace === true;
    const widthUnits = typeof glyph.width === 'number' ? glyph.width : 0;
    const ownAdvance = widthUnits * fontMatrix[0] * size * horizontalScale;
    const spacing = (charSpacing + (singleByteSpace ? wordSpacing : 0)) * horizontalScale;
    const text = typeof glyph.unicode === 'string' ? glyph.unicode : '';
    if (readable) {
      const [xPt, baselinePt] = applyAffine(textToPage, advance, rise);
      const [endPt] = applyAffine(textToPage, advance + ownAdvance, rise);
      const isSpace = singleByteSpace || (text !== '' && text.trim() === '');
      glyphs.push({ text, xPt, baselinePt, widthPt: endPt - xPt, sizePt, fontName: font?.name ?? '', isSpace });
    } else {
      skipped++;
    }
    advance += ownAdvance + spacing;
  }
  const textMatrix = concatAffine(position.textMatrix, [1, 0, 0, 1, advance, 0]);
  return { glyphs, skipped, position: { textMatrix, lineMatrix: position.lineMatrix } };
}
