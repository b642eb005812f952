/**
 * What `readPdfLayout` finds on the pages of any PDF. Coordinates are in points from the top-left corner of the
 * page as displayed (crop box, rotation applied), y downwards: the convention of `src/positioned/types.ts`.
 */

export interface PdfTextItem {
  /** As pdf.js extracted it: one drawing call's text, possibly several words. */
  text: string;
  /** Start of the text on its baseline. */
  xPt: number;
  /** Baseline position from the page top. */
  baselinePt: number;
  /** Advance width (0 when the font gives no widths). */
  widthPt: number;
  sizePt: number;
  /** The font's real name, subset tag kept (`ABCDEF+Newsreader-Regular`); '' when pdf.js could not load it. */
  fontName: string;
}

/** The bounding box of one painted image (or image mask) on the page. */
export interface PdfImageBox {
  xPt: number;
  /** Top edge, from the page top. */
  yPt: number;
  widthPt: number;
  heightPt: number;
}

export interface PdfPageLayout {
  /** 1-based. */
  pageNumber: number;
  widthPt: number;
  heightPt: number;
  items: PdfTextItem[];
  images: PdfImageBox[];
}

/** A PDF's pages as read, or as a reader turned each page into something smaller while reading. */
export interface PdfPages<T> {
  /** Pages in the file, including any beyond `maxPages` that were not read. */
  pageCount: number;
  pages: T[];
  /** The document information dictionary (Title, Producer, CreationDate as raw `D:` strings, ...). */
  info: Record<string, string>;
}

export type PdfLayout = PdfPages<PdfPageLayout>;
