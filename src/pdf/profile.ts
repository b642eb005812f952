/**
 * What a PDF must be, as the painter is told it (`src/profiles/` decides; the painter only carries it out): the
 * standard it claims, how text is coloured, whether it is tagged, and the marks outside the bleed.
 */
export interface PdfProfile {
  /** Written as the file header: PDF/X-4 is a PDF 1.6 standard, PDF/A-2 a PDF 1.7 one. */
  pdfVersion: '1.6' | '1.7';
  /** PDF/X identification and its output intent (the press the file is made for). */
  pdfX?: { version: 'PDF/X-4'; outputIntent: CmykOutputIntent };
  /** PDF/A identification; its output intent is sRGB (pdfkit's). */
  pdfA?: { part: 2; conformance: 'A' | 'B' };
  /** A structure tree in reading order, alt texts, real text for hyphenated words (PDF/UA-style tagging). */
  tagged: boolean;
  /** Text colour: DeviceGray black (no operator), or 100 % K in DeviceCMYK for the plate. */
  textColour: 'gray' | 'cmykBlack';
  /** Crop marks at the trim's corners, outside the bleed; the MediaBox grows to hold them. */
  cropMarks?: CropMarks;
}

export interface CmykOutputIntent {
  /** The ICC output profile (CMYK) embedded as the intent's DestOutputProfile. */
  iccProfile: Buffer;
  /** `OutputConditionIdentifier`: a registered name, or `Custom` with the profile embedded. */
  identifier: string;
  /** Human-readable printing condition. */
  info: string;
}

export interface CropMarks {
  /** Gap between the bleed's edge and the start of a mark. */
  offsetPt: number;
  lengthPt: number;
  lineWidthPt: number;
}

/** What the file says about itself (Info dictionary and XMP): from the article and the layout, never the clock. */
export interface PdfMetadata {
  /** The headline. */
  title: string;
  /** The byline, when the article has one. */
  author?: string;
  publication?: string;
  edition?: string;
  /** Publication date (`dc:date`, `prism:coverDate`); the file's creation date is `PdfOptions.creationDate`. */
  date: Date;
  /** BCP 47 language tag. */
  lang: string;
}

export const SCREEN_PDF: PdfProfile = { pdfVersion: '1.7', tagged: false, textColour: 'gray' };
