/**
 * What the reader finds on the pages of any PDF. Coordinates are in points from the top-left corner of the page as
 * displayed (crop box, rotation applied), y downwards: the convention of `src/positioned/types.ts`.
 */

/** One glyph as drawn, from the content stream's text operators. */
export interface PdfGlyph {
  /** Its Unicode text (two letters for a ligature; '' when the font does not say). */
  text: string;
  /** The glyph's origin on its baseline. */
  xPt: number;
  /** Baseline position from the page top (text rise included). */
  baselinePt: number;
  /** Its own advance width (character and word spacing after it left out); 0 when the font gives no width. */
  widthPt: number;
  sizePt: number;
  /** The font's real name, subset tag kept (`ABCDEF+Newsreader-Regular`); '' when pdf.js could not load it. */
  fontName: string;
  /** A drawn space: it separates words and is part of none. */
  isSpace: boolean;
}

/** Glyphs of one word: no drawn space and no gap wider than a word break between them. */
export interface PdfWord {
  text: string;
  /** Its first glyph's origin. */
  xPt: number;
  baselinePt: number;
  /** From its first glyph's origin to its last glyph's origin plus advance. */
  widthPt: number;
  /** The largest glyph size in it. */
  sizePt: number;
  /** Real font names in order of first use. */
  fonts: string[];
  /** False when its last glyph has no advance width in its font: the gap after the word cannot be measured. */
  endKnown: boolean;
}

/** Where a line of text sits and what it says. */
export interface TextLine {
  baselinePt: number;
  xStartPt: number;
  xEndPt: number;
  /** The largest type size on the line. */
  sizePt: number;
  /** Font names in order of first use (a PDF's real names in a PdfLine). */
  fonts: string[];
  /** Words separated by single spaces. */
  text: string;
}

/** Words on one baseline, left to right, not crossing a gutter or a jump in type size. */
export interface PdfLine extends TextLine {
  words: PdfWord[];
}

/** Lines that start at one left edge (or indented from it): a column of the page, or the frame that starts there. */
export interface PdfColumn {
  xPt: number;
  /** The right edge most of its lines end on (justified text), or null when they do not agree (ragged text). */
  rightPt: number | null;
  /** In reading order: top to bottom by the top of the type, then left to right. */
  lines: PdfLine[];
}

/** The bounding box of one painted image (or image mask) on the page. */
export interface PdfImageBox {
  xPt: number;
  /** Top edge, from the page top. */
  yPt: number;
  widthPt: number;
  heightPt: number;
}

/** The lines set close under a picture: its caption (with its credit, where the caption carries one). */
export interface PdfCaption {
  /** The picture's index in its page's `images`. */
  imageIndex: number;
  /** Top to bottom. */
  lines: PdfLine[];
  /** The lines' text joined by single spaces. */
  text: string;
}

/** A page as drawn: its glyphs in drawing order and its images. */
export interface PdfPageDrawing {
  /** 1-based. */
  pageNumber: number;
  widthPt: number;
  heightPt: number;
  glyphs: PdfGlyph[];
  images: PdfImageBox[];
  /** Glyphs left out: in a vertical font, or on a baseline that does not run left to right across the page. */
  skippedGlyphs: number;
}

/** A page as read: its text in lines and columns, and its images. */
export interface PdfPage {
  /** 1-based. */
  pageNumber: number;
  widthPt: number;
  heightPt: number;
  /** Left to right. */
  columns: PdfColumn[];
  images: PdfImageBox[];
  /** The pictures' captions; their lines are in `columns` too. */
  captions: PdfCaption[];
  skippedGlyphs: number;
}

/** A PDF's pages as read, or as a reader turned each page into something smaller while reading. */
export interface PdfPages<T> {
  /** Pages in the file, including any beyond `maxPages` that were not read. */
  pageCount: number;
  pages: T[];
  /** The document information dictionary (Title, Producer, CreationDate as raw `D:` strings, ...). */
  info: Record<string, string>;
}

export type PdfLayout = PdfPages<PdfPage>;
