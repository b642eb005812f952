/**
 * Font-free optimal line breaking (Knuth & Plass, "Breaking Paragraphs into Lines", 1981; TeX's refinements).
 *
 * A paragraph is a list of items with widths in points:
 * - `Box` — material that is never broken (a word or syllable, an indent);
 * - `Glue` — space with stretch and shrink; a break may fall on glue right after a box, and that glue vanishes;
 *   `stretchPt: Infinity` is TeX's `fil` (the glue that finishes a paragraph's last line);
 * - `Penalty` — a possible break with a cost (≥ 10000 forbids, ≤ -10000 forces, ±Infinity likewise) and a width
 *   that counts only when the line ends there (a hyphen); `flagged` marks hyphens.
 * End a paragraph with `paragraphEnd()` (no break, fil glue, forced break). Without a final forced break the
 * paragraph ends after the last item anyway, and its last break has `position === items.length`.
 *
 * `breakParagraph(items, { widthAt, ...options })` returns one `LineBreak` per line: the break's index in
 * `items`, the line's first item, the ratio to set it with, whether it ends with a hyphen. After a break the next
 * line starts at the next box or forced break (glue and other penalties there are dropped). Lines are rated by
 * badness 100·|r|³ (capped at 10000) and demerits (linePenalty + badness)² ± cost², plus hyphen and fitness
 * demerits; the search keeps, at every break, the best path per fitness class, hyphen run (when capped) and line
 * count, where counts past the last change of measure are merged unless looseness needs them (TeX's easy_line).
 * So per-line widths, looseness and `maxConsecutiveHyphens` are handled exactly, except in the last pass, which
 * never seeks looseness.
 *
 * Passes, each run only when those before find nothing (defaults in brackets):
 * 1. `first`: badness ≤ `tolerance` [200];
 * 2. `second`: badness ≤ `secondPassTolerance` [1000];
 * 3. `emergency` [run when `emergencyRatio` > 0]: every line whose ratio is at most `emergencyRatio`, each rated by
 *    its real ratio with badness uncapped, so the looseness is spread as evenly as the words allow rather than dumped
 *    on the line with the fewest spaces;
 * 4. `overfull`: any line that is not overfull, even one with no stretch; where every path would die, break
 *    anyway from the node that overflows least, and list that line in `overfullLines`.
 * Other defaults: looseness 0, linePenalty 10, adjacentHyphenDemerits 10000, finalHyphenDemerits 5000,
 * fitnessDemerits 10000, maxConsecutiveHyphens Infinity. A line ending at a forced break is accepted whatever
 * its badness (unless overfull); a line short of its measure with no stretch only there (or in the last pass).
 * Limits: as in TeX, a path is dropped once its line is overfull, which assumes lines only grow as material is
 * added (no negative widths); the last pass may exceed `maxConsecutiveHyphens` where it breaks anyway.
 *
 * To set a line with the ratio it was rated with, `measureLine(items, previousBreak, position)` gives its natural
 * width, stretch, shrink and margin hangs (`previousBreak` -1 for the first line), `lineRatio(measure, widthPt)` its
 * ratio (±Infinity where it has nothing to adjust with; `settingRatio` makes those 0, as `LineBreak.ratio` has them)
 * and `boxRatio(ratio)` how far boxes use their own stretch or shrink.
 *
 * Malformed input (non-finite widths, negative stretch or shrink, infinite shrink, bad options) throws
 * `RangeError`: it is a programming error, never a user's.
 */
export { breakParagraph } from './breakParagraph.js';
export { box, glue, penalty, paragraphEnd, isForcedBreak, isLegalBreak, lineStart, INFINITE_PENALTY } from './items.js';
export { measureLine, lineRatio, boxRatio, settingRatio, adjustmentRatio, badness, type LineMeasure } from './measure.js';
export { DEFAULT_BREAK_OPTIONS } from './options.js';
export type { Box, Glue, Penalty, Item, BreakOptions, BreakPass, LineBreak, BreakResult } from './types.js';
