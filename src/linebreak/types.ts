/**
 * The line breaker's vocabulary: Knuth & Plass's boxes, glue and penalties, with widths as plain numbers in
 * points. Nothing here knows about fonts or text.
 */

/**
 * Material that is never broken (a word, a syllable, an indent). It may carry a little stretch and shrink of its own
 * (letter-spacing, glyph expansion), which the line's ratio uses along with the glue's; both default to 0. Unlike
 * glue's, a box's stretch is a limit: past ratio 1 it stays at its full stretch and the glue takes the rest.
 */
export interface Box {
  type: 'box';
  widthPt: number;
  stretchPt?: number;
  shrinkPt?: number;
  /**
   * Optical margin alignment: how far the box may hang past the left edge when it starts a line, and past the right
   * edge when it ends one (the break is the glue after it, or a penalty of no width right after it). The line's
   * measure grows by these. Both default to 0.
   */
  hangLeftPt?: number;
  hangRightPt?: number;
  /**
   * Its width when it starts a line, where that differs from `widthPt`: a word's fragment after a hyphen is drawn
   * on its own there and loses the kerning with the letters before it. Default `widthPt`.
   */
  widthAtLineStartPt?: number;
}

/**
 * Space that can stretch and shrink. A break may fall on glue that directly follows a box; the glue at a break
 * disappears. `stretchPt` may be `Infinity` (TeX's `fil`, as in the paragraph-finishing glue); `shrinkPt`
 * must be finite and ≥ 0. A negative finite `stretchPt` is allowed: ragged-right text puts stretch at each possible
 * line end and takes it back after the break point (glue(0, +s), penalty, glue(space, -s)).
 */
export interface Glue {
  type: 'glue';
  widthPt: number;
  stretchPt: number;
  shrinkPt: number;
}

/**
 * A possible break with a cost. `widthPt` is added to the line only if it ends here (a hyphen). As in TeX, a
 * cost ≥ 10000 (or `Infinity`) forbids the break and a cost ≤ -10000 (or `-Infinity`) forces it.
 * `flagged` marks hyphen breaks, which the hyphen demerits and `maxConsecutiveHyphens` look at.
 */
export interface Penalty {
  type: 'penalty';
  widthPt: number;
  cost: number;
  flagged: boolean;
  /** Stretch and shrink of what the break adds (a hyphen's glyph expansion), limited as a box's. Default 0. */
  stretchPt?: number;
  shrinkPt?: number;
  /** How far what the break adds may hang past the right edge (optical margins), as a box's `hangRightPt`. */
  hangRightPt?: number;
}

export type Item = Box | Glue | Penalty;

export interface BreakOptions {
  /**
   * Measure of line `lineIndex` (0-based). Read once per call of `breakParagraph`, for every index from 0 to a
   * bound on the line count (boxes + forced breaks + 2), so that the search knows where the measure stops
   * changing; indices past the bound are taken to have the bound's measure.
   */
  widthAt(lineIndex: number): number;
  /**
   * Whether line `lineIndex` may end with a hyphen (a flagged penalty). Default: every line may. A layout uses it
   * to keep hyphens off the last line of a column, where the reader would have to jump to finish the word.
   */
  hyphenAllowedAt?(lineIndex: number): boolean;
  /**
   * Highest badness (100·|r|³, r the adjustment ratio) a line may have in the first pass. Default 200, TeX's
   * plain `\tolerance`: spaces may stretch up to about 1.26 times their stretchability.
   */
  tolerance?: number;
  /**
   * Highest badness in the second pass, run only when the first finds no breaking. Default 1000 (r ≤ about
   * 2.15); the pass is skipped when it is not above `tolerance`.
   */
  secondPassTolerance?: number;
  /**
   * TeX `\looseness`: among the feasible breakings, take the one whose line count is closest to the optimum's
   * plus this (an integer). Default 0.
   */
  looseness?: number;
  /** TeX `\linepenalty`, added to every line's badness before squaring. Default 10. */
  linePenalty?: number;
  /** TeX `\doublehyphendemerits`: two hyphenated lines in a row. Default 10000. */
  adjacentHyphenDemerits?: number;
  /** TeX `\finalhyphendemerits`: a hyphen at the end of the paragraph's second-last line. Default 5000. */
  finalHyphenDemerits?: number;
  /** TeX `\adjdemerits`: neighbouring lines whose fitness classes are not adjacent. Default 10000. */
  fitnessDemerits?: number;
  /** Hard cap on hyphenated lines in a row. Default `Infinity` (no cap). */
  maxConsecutiveHyphens?: number;
  /**
   * The loosest adjustment ratio a third pass admits, run only when the first two find nothing: lines are rated there
   * by their real ratio with badness uncapped, so the looseness is spread as evenly as the words allow. It plays the
   * part of TeX's `\emergencystretch`, but as a limit on each line's own ratio rather than stretch added to every
   * line, which would favour lines with few spaces. Finite; default 0, which skips the pass.
   */
  emergencyRatio?: number;
}

/** The pass that produced a breaking. */
export type BreakPass = 'first' | 'second' | 'emergency' | 'overfull';

/** One line of the result, described by the break that ends it. */
export interface LineBreak {
  /** Index in `items` of the break; `items.length` when the list does not end with a forced break. */
  position: number;
  /** Index of the line's first item: after the previous break, its glue and unforced penalties dropped. */
  start: number;
  /**
   * Adjustment ratio to set the line with: each glue gets `widthPt + ratio·stretchPt` (ratio ≥ 0) or
   * `widthPt + ratio·shrinkPt` (ratio < 0), each box its stretch or shrink times the ratio capped at ±1; `fil`
   * glue takes what is left when ratio is 0. It is 0 when the line has no stretch (or shrink) to use, and below -1
   * only on an overfull line.
   */
  ratio: number;
  /** The line ends at a flagged penalty (a hyphen). Never set on the paragraph's last line. */
  flagged: boolean;
  /** Demerits of this line as the search counted them (including hyphen and fitness demerits). */
  demerits: number;
}

export interface BreakResult {
  /** One entry per line, in order; empty for an empty item list. */
  breaks: LineBreak[];
  pass: BreakPass;
  /** Line indices (into `breaks`) that do not fit even with all glue shrunk; only in the `overfull` pass. */
  overfullLines: number[];
  /** Sum of the lines' demerits. */
  totalDemerits: number;
}
