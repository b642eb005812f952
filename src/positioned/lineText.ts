import type { PositionedLine } from './types.js';

/** Something drawn on a line with its advance: a layout run or a PDF text item. */
export interface Span {
  text: string;
  xPt: number;
  widthPt: number;
}

/** Layout runs closer than this touch: their positions are exact. */
const LAYOUT_TOUCH_TOLERANCE_PT = 0.01;

/**
 * A line's text as a reader sees it, from spans sorted left to right: spans that touch (closer than
 * `touchTolerancePt`) are pieces of one word, a gap between them is a space.
 */
export function joinSpans(spans: readonly Span[], touchTolerancePt: number): string {
  let text = '';
  let previousEndPt: number | null = null;
  for (const span of spans) {
    if (previousEndPt !== null && span.xPt - previousEndPt > touchTolerancePt) text += ' ';
    text += span.text;
    previousEndPt = span.xPt + span.widthPt;
  }
  return text;
}

/** A laid-out line's text as a reader sees it. */
export function lineText(line: PositionedLine): string {
  return joinSpans(line.runs, LAYOUT_TOUCH_TOLERANCE_PT);
}
