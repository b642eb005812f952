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
  /** Justified lines with at least one space wider than 0.5 em, and their share of the justified lines. */
  linesWithSpaceAbove05Em: { count: number; share: number };
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
}

/**
 * A rule of a text style that keeps a paragraph from breaking somewhere: `hyphenate` off; `capitalized` words
 * (names, mostly) not hyphenated; the hyphenation minima (`minWordLength`, `minBefore`, `minAfter`);
 * `maxConsecutive` hyphenated lines; no hyphen on a column's last line (`acrossColumns` off). Reports list them in
 * this order.
 */
export const STYLE_RULES = ['hyphenate', 'capitalized', 'minima', 'maxConsecutive', 'acrossColumns'] as const;

export type StyleRule = (typeof STYLE_RULES)[number];

/**
 * Why a justified line has a space above 0.5 em, found by breaking its paragraph again at the same measures with
 * one of its style's rules relaxed at a time, then with all of them relaxed together.
 * - `styleForbids`: relaxing any one of `rules` alone sets the line's words with no space above 0.5 em;
 * - `severalRules`: only relaxing all of the style's rules together does;
 * - `noBreaking`: not even that: the paragraph has no breaking within 0.5 em at these measures;
 * - `notAnalysed`: breaking the paragraph again did not give the lines the layout has, so nothing is claimed.
 */
export interface WideLineCause {
  page: number;
  column: number;
  text: string;
  maxSpaceEm: number;
  verdict: 'styleForbids' | 'severalRules' | 'noBreaking' | 'notAnalysed';
  /** With `styleForbids`, each rule whose relaxation alone would do, in the order of `STYLE_RULES`; otherwise empty. */
  rules: StyleRule[];
}

export interface QualityReport {
  source: QualitySource;
  /** The size carrying the most characters; null when the pages carry no text. */
  bodySizePt: number | null;
  pages: PageQuality[];
  total: QualityNumbers;
  /** Every justified line with a space above 0.5 em, widest space first. */
  worstLines: WorstLine[];
  /**
   * Why each of those lines is wide, in reading order: only the layout can tell (see `explainWideLines`); null
   * when not analysed, as from a PDF.
   */
  wideLineCauses: WideLineCause[] | null;
}
