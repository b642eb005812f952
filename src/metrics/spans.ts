import { joinSpans, type Span } from '../positioned/lineText.js';

export type { Span };

/** Spans closer than this touch: they are pieces of one word (a change of font, an italic letter). */
export const TOUCH_TOLERANCE_PT = 0.05;

/** The spans of a line, left to right. */
export function sortedByX<T extends Span>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.xPt - b.xPt);
}

/** The white between two spans on a line, `left` before `right`; negative when they overlap (kerning). */
function gapBetweenPt(left: Span, right: Span): number {
  return right.xPt - (left.xPt + left.widthPt);
}

/** The gaps between consecutive spans (sorted left to right) that do not touch: the line's interword spaces. */
export function wordGapsPt(spans: readonly Span[]): number[] {
  return spans.slice(1).map((span, index) => gapBetweenPt(spans[index]!, span)).filter((gapPt) => gapPt > TOUCH_TOLERANCE_PT);
}

/** The line's text: spans that touch form one word, a gap between them is a space. */
export function joinWords(spans: readonly Span[]): string {
  return joinSpans(spans, TOUCH_TOLERANCE_PT);
}

/**
 * Word spaces (U+0020) drawn inside the spans of a line, not before its first word or after its last: spaces whose
 * width the spans do not tell. No-break and thin spaces are fixed, not interword spaces.
 */
export function spacesInsideSpans(spans: readonly Span[]): number {
  const last = spans.length - 1;
  return spans.reduce((count, span, index) => {
    let text = index === 0 ? span.text.trimStart() : span.text;
    if (index === last) text = text.trimEnd();
    return count + (text.match(/ +/gu)?.length ?? 0);
  }, 0);
}

/** The line ends in a hyphen, inserted by a line breaker or a compound's own: text alone cannot tell which. */
export function endsWithHyphen(spans: readonly Span[]): boolean {
  return /[-\u2010]$/u.test(spans[spans.length - 1]?.text.trimEnd() ?? '');
}
