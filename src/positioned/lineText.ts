import type { PositionedLine } from './types.js';

/** A line's text as a reader sees it: runs that touch belong to one word, runs with a gap between are words. */
export function lineText(line: PositionedLine): string {
  let text = '';
  let previousEndPt: number | null = null;
  for (const run of line.runs) {
    if (previousEndPt !== null && run.xPt - previousEndPt > 0.01) text += ' ';
    text += run.text;
    previousEndPt = run.xPt + run.widthPt;
  }
  return text;
}
