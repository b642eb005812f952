import { createHash } from 'node:crypto';

/**
 * The few places where the painter reaches into pdfkit (0.20) past its public API, each because the PDF must say
 * something pdfkit decides by itself. They are gathered here so that a pdfkit upgrade has one file to check.
 */
interface PdfkitInternals {
  /** Fonts opened so far: a font's resource name is `F` and its number. */
  _fontCount: number;
  /** The trailer's `/ID`; pdfkit makes it from the Info dictionary (title and dates), so different pages shared it. */
  _id: Uint8Array;
  /** The fonts used so far, by cache key; the embedded ones have a fontkit subset. */
  _fontFamilies: Record<string, PdfkitFont>;
  /** pdfkit's own XMP writer for the Info fields; it does not escape them. */
  _addInfo: () => void;
  _root: { data: Record<string, unknown> };
}

interface PdfkitFont {
  id: string;
  embed: () => void;
  font?: { postscriptName?: string };
  subset?: { glyphs: number[] };
}

function internals(pdf: PDFKit.PDFDocument): PdfkitInternals {
  return pdf as unknown as PdfkitInternals;
}

/**
 * pdfkit opens Helvetica for every document not made with `font: null`, parsing its metrics (about 1 ms a page),
 * though we never draw with it (an unused font writes nothing). Call on a document made with `font: null`: Helvetica
 * took the first font number, and counting it keeps our fonts' resource names (`/F2` …) and so the bytes as they were.
 */
export function countSkippedDefaultFont(pdf: PDFKit.PDFDocument): void {
  internals(pdf)._fontCount += 1;
}

/** Sets the trailer's `/ID` (both halves) to the first 16 bytes of `sha256`. */
export function setDocumentId(pdf: PDFKit.PDFDocument, sha256: Buffer): void {
  internals(pdf)._id = sha256.subarray(0, 16);
}

/** The document catalog's entries (for `OutputIntents`). */
export function catalog(pdf: PDFKit.PDFDocument): Record<string, unknown> {
  return internals(pdf)._root.data;
}

/** Writes `xml` into the XMP packet where pdfkit would write its unescaped Info fields. */
export function replaceXmpInfo(pdf: PDFKit.PDFDocument, xml: string): void {
  internals(pdf)._addInfo = () => pdf.appendXML(xml);
}

/**
 * Makes every embedded font's subset tag (the `ABCDEF+` of `ABCDEF+Newsreader-Regular`) a hash of the font and the
 * glyphs in its subset, in subset order. pdfkit derives the tag from the font's resource name (`F4` → `EZZZZZ`), so
 * the same name carried different subsets in different files, which goes wrong when pages are merged or imposed.
 * pdfkit computes the tag inside `EmbeddedFont.embed` from characters 1–6 of `id` (each code + 17), after the pages
 * are written; so `id` is set, for the call, to the string that gives our tag. Call just before `pdf.end()`.
 */
export function tagSubsetsByContent(pdf: PDFKit.PDFDocument): void {
  for (const font of Object.values(internals(pdf)._fontFamilies)) {
    if (!font.subset) continue;
    const embed = font.embed.bind(font);
    font.embed = () => {
      const tag = subsetTag(font.font?.postscriptName ?? '', font.subset!.glyphs);
      const resourceName = font.id;
      font.id = `F${Array.from(tag, (letter) => String.fromCharCode(letter.charCodeAt(0) - 17)).join('')}`;
      try {
        embed();
      } finally {
        font.id = resourceName;
      }
    };
  }
}

/** Six capital letters from a hash of the font's name and its subset's glyph ids. */
export function subsetTag(postscriptName: string, glyphIds: readonly number[]): string {
  const digest = createHash('sha256').update(`${postscriptName}\u0000${glyphIds.join(',')}`).digest();
  return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

/**
 * A PDF name object for the Info dictionary, which pdfkit otherwise writes as strings only (`/Trapped` must be the
 * name `/False`). pdfkit writes objects it does not know with their `toString`.
 */
export function pdfName(name: string): object {
  return { [Symbol.toStringTag]: 'PdfName', toString: () => `/${name}` };
}
