import type { LineSlot } from '../inline/setLine.js';

/**
 * Paragraph shape as TeX's \hangindent with a negative \hangafter (SILE's drop caps use the same): the first
 * `lines` lines are set `indentPt` narrower, on the left, leaving room for a drop cap.
 */
export interface HangingIndent {
  lines: number;
  indentPt: number;
}

/** How much narrower line `lineIndex` of a paragraph is set. */
export function hangAt(hang: HangingIndent | null, lineIndex: number): number {
  return hang && lineIndex < hang.lines ? hang.indentPt : 0;
}

/** Where line `lineIndex` goes in its slot: beside the hang, or the slot's full measure. */
export function narrowedSlot(slot: LineSlot, hang: HangingIndent | null, lineIndex: number): LineSlot {
  const indentPt = hangAt(hang, lineIndex);
  if (indentPt === 0) return slot;
  return { xPt: slot.xPt + indentPt, widthPt: slot.widthPt - indentPt, baselinePt: slot.baselinePt };
}

/** What is left of a hang after a paragraph of `lineCount` lines: a hang longer than its paragraph goes on into the next. */
export function remainingHang(hang: HangingIndent | null, lineCount: number): HangingIndent | null {
  if (!hang || lineCount >= hang.lines) return null;
  return { lines: hang.lines - lineCount, indentPt: hang.indentPt };
}
