/**
 * Typographic quality numbers of a set page, with one definition whatever they are measured from: the layout
 * (`measureLayoutQuality`, exact) or any PDF (`measurePdfQuality`, heuristic). Spaces are in em of the body size.
 */

export type QualitySource = 'layout' | 'pdf';

export interface SpaceStats {
  /** Interword spaces measured on justified lines. */
  count: number;
  /** 0 when there are no spaces. */
  meanEm: number;
  /** Population standard deviation; 0 when there are no spaces. */
  sdEm: number;
  maxEm: number;
}

export interface QualityNumbers {
  /** Lines of the story's column text. */
  bodyLines: number;
  /** Body lines set to the full measure, not counting the last line of a paragraph. */
  justifiedLines: number;
  spaces: SpaceStats;
  /**
   * Interword spaces whose width is unknown: from a PDF, those after a glyph its font gives no width (the spaces
   * figures are then a sample). Always 0 from the layout.
   */
  unmeasuredSpaces: number;
  /**
   * Justified lines with at least one space wider than 0.5 em; their share of the justified lines; how many of them
   * are unavoidable (their paragraph has no breaking without such a space: known from the layout only).
   */
  linesWithSpaceAbove05Em: { count: number; share: number; unavoidable: number };
  /** The widest space outside the unavoidable lines (equal to `spaces.maxEm` from a PDF). */
  maxAvoidableSpaceEm: number;
  /** Body lines ending in '-': an inserted hyphen or a compound's own. */
  hyphenatedLines: number;
  /** Share of the body lines. */
  hyphenatedShare: number;
  /** Most consecutive hyphenated lines within one column, in reading order. */
  longestHyphenRun: number;
  /** Columns whose first line is the last line of a paragraph begun earlier. */
  widows: number;
  /** Columns whose last line is the first line of a paragraph that goes on. */
  orphans: number;
}

export interface PageQuality extends QualityNumbers {
  /** 1-based. */
  page: number;
}

/** A justified line with a space wider than 0.5 em. */
export interface WorstLine {
  page: number;
  /** 1-based, left to right on the page. */
  column: number;
  text: string;
  /** Its widest space. */
  maxSpaceEm: number;
  /** No breaking of its paragraph avoids a space this wide (see `MeasuredLine.wideSpaceUnavoidable`). */
  unavoidable: boolean;
}

export interface QualityReport {
  source: QualitySource;
  /** The size carrying the most characters; null when the pages carry no text. */
  bodySizePt: number | null;
  pages: PageQuality[];
  total: QualityNumbers;
  /** Every justified line with a space above 0.5 em, widest space first. */
  worstLines: WorstLine[];
}
