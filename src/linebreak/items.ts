import type { Box, Glue, Item, Penalty } from './types.js';

/** TeX's infinite penalty: a cost at or above it forbids a break, at or below its negative forces one. */
export const INFINITE_PENALTY = 10000;

export function box(widthPt: number, stretchPt = 0, shrinkPt = 0): Box {
  return stretchPt === 0 && shrinkPt === 0 ? { type: 'box', widthPt } : { type: 'box', widthPt, stretchPt, shrinkPt };
}

export function glue(widthPt: number, stretchPt: number, shrinkPt: number): Glue {
  return { type: 'glue', widthPt, stretchPt, shrinkPt };
}

export function penalty(widthPt: number, cost: number, flagged = false): Penalty {
  return { type: 'penalty', widthPt, cost, flagged };
}

/**
 * TeX's paragraph ending: no break before the finishing glue, glue that fills the last line, a forced break.
 * Append it after the last box (with no space before it).
 */
export function paragraphEnd(): Item[] {
  return [penalty(0, Infinity), glue(0, Infinity, 0), penalty(0, -Infinity)];
}

export function isForcedBreak(item: Item | undefined): boolean {
  return item?.type === 'penalty' && item.cost <= -INFINITE_PENALTY;
}

/** A legal breakpoint: a penalty that does not forbid breaking, or glue right after a box. */
export function isLegalBreak(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item?.type === 'penalty') return item.cost < INFINITE_PENALTY;
  return item?.type === 'glue' && items[index - 1]?.type === 'box';
}

/**
 * Where the line after a break at `breakIndex` begins: glue and unforced penalties after the break are
 * dropped up to the next box or forced break. The paragraph's first line (`breakIndex` -1) keeps everything.
 */
export function lineStart(items: readonly Item[], breakIndex: number): number {
  if (breakIndex < 0) return 0;
  let index = breakIndex + 1;
  while (index < items.length) {
    const item = items[index]!;
    if (item.type === 'box' || isForcedBreak(item)) break;
    index++;
  }
  return index;
}

/**
 * How much longer than its material a line starting at item `start` may be: its first box's hang into the left
 * margin, less what that box gains in width at a line start.
 */
export function startAllowanceAt(items: readonly Item[], start: number): number {
  const first = items[start];
  if (first?.type !== 'box') return 0;
  return (first.hangLeftPt ?? 0) - ((first.widthAtLineStartPt ?? first.widthPt) - first.widthPt);
}

/**
 * How much longer than its material a line ending at the break at `position` may be: what its last character may
 * hang into the right margin. That is the break's own material when a penalty adds some (a hyphen), else the last
 * box before the break: right before a break at glue, and before a break at a penalty that adds nothing past the
 * glue and penalties of no width in between (a paragraph's finishing glue, the glue a ragged line ends with).
 */
export function endAllowanceAt(items: readonly Item[], position: number): number {
  const breakItem = items[position];
  if (breakItem?.type === 'penalty' && breakItem.widthPt !== 0) return breakItem.hangRightPt ?? 0;
  if (breakItem?.type === 'glue') {
    const last = items[position - 1];
    return last?.type === 'box' ? (last.hangRightPt ?? 0) : 0;
  }
  if (breakItem?.type !== 'penalty') return 0;
  for (let index = position - 1; index >= 0; index--) {
    const item = items[index]!;
    if (item.type === 'box') return item.hangRightPt ?? 0;
    if (item.widthPt !== 0 || isForcedBreak(item)) return 0;
  }
  return 0;
}
