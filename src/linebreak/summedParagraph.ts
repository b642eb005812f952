import { endAllowanceAt, isForcedBreak, startAllowanceAt } from './items.js';
import type { Item } from './types.js';

/**
 * A paragraph's items summed up for the search: running totals so that any line's width, stretch and shrink cost
 * two subtractions, and line measures fetched once.
 */
export interface SummedParagraph {
  readonly items: readonly Item[];
  /** Position of the final break: the last item when it is a forced break, else `items.length`. */
  readonly end: number;
  /** `naturalPt[i]`: width of boxes and glue before item i. Likewise for the others. */
  readonly naturalPt: Float64Array;
  readonly stretchPt: Float64Array;
  /** The boxes' share of `stretchPt`, which stretches only to its limit. */
  readonly boxStretchPt: Float64Array;
  readonly infiniteStretchCount: Int32Array;
  readonly shrinkPt: Float64Array;
  /** `allowanceAtStart[i]`: how much longer than its material a line starting at item i may be (`startAllowanceAt`). */
  readonly allowanceAtStart: Float64Array;
  /** `allowanceAtEnd[i]`: the same for a line ending at the break at item i (`endAllowanceAt`). */
  readonly allowanceAtEnd: Float64Array;
  /** Lines from this index on all have the same measure, so paths there differ only by demerits. */
  readonly uniformFrom: number;
  /** More lines than the paragraph can have. */
  readonly lineBound: number;
  widthOfLine(lineIndex: number): number;
  /** Whether line `lineIndex` may end with a hyphen (flagged penalty). */
  hyphenAllowedOnLine(lineIndex: number): boolean;
}

/** What a paragraph's items sum to, whatever its measures: running totals, allowances and a bound on its lines. */
type ItemSums = Pick<
  SummedParagraph,
  'items' | 'end' | 'naturalPt' | 'stretchPt' | 'boxStretchPt' | 'infiniteStretchCount' | 'shrinkPt' | 'allowanceAtStart' | 'allowanceAtEnd' | 'lineBound'
>;

/**
 * A story is flowed many times (balancing, copyfitting), each paragraph broken again at other measures: its items
 * are summed once. Items are not changed once broken.
 */
const sumsByItems = new WeakMap<readonly Item[], ItemSums>();

/** Checks the items (bad numbers are programming errors: `RangeError`) and sums them up. */
export function sumParagraph(
  items: readonly Item[],
  widthAt: (lineIndex: number) => number,
  hyphenAllowedAt: (lineIndex: number) => boolean = () => true,
): SummedParagraph {
  let sums = sumsByItems.get(items);
  if (!sums) {
    sums = sumItems(items);
    sumsByItems.set(items, sums);
  }
  const { lineBound } = sums;
  // Read once, in order, into a typed array: filling a plain array from the top down made it slow.
  const widths = new Float64Array(lineBound + 1);
  const hyphenAllowed = new Uint8Array(lineBound + 1);
  for (let line = 0; line <= lineBound; line++) {
    const width = widthAt(line);
    if (!Number.isFinite(width)) throw new RangeError(`widthAt(${line}) returned ${width}`);
    widths[line] = width;
    hyphenAllowed[line] = hyphenAllowedAt(line) ? 1 : 0;
  }
  const widthOfLine = (lineIndex: number): number => widths[Math.min(lineIndex, lineBound)]!;
  const hyphenAllowedOnLine = (lineIndex: number): boolean => hyphenAllowed[Math.min(lineIndex, lineBound)] === 1;
  // Paths may be merged only where lines no longer differ, in measure or in whether they may end with a hyphen.
  let uniformFrom = lineBound;
  while (
    uniformFrom > 0 &&
    widths[uniformFrom - 1] === widths[lineBound] &&
    hyphenAllowed[uniformFrom - 1] === hyphenAllowed[lineBound]
  ) {
    uniformFrom--;
  }

  return { ...sums, uniformFrom, widthOfLine, hyphenAllowedOnLine };
}

function sumItems(items: readonly Item[]): ItemSums {
  const count = items.length;
  // Every line holds a box or ends at a forced break (the first may hold only leading glue): a bound on lines.
  let lineBound = 2;
  const naturalPt = new Float64Array(count + 1);
  const stretchPt = new Float64Array(count + 1);
  const boxStretchPt = new Float64Array(count + 1);
  const infiniteStretchCount = new Int32Array(count + 1);
  const shrinkPt = new Float64Array(count + 1);
  const allowanceAtStart = new Float64Array(count + 1);
  const allowanceAtEnd = new Float64Array(count + 1);
  for (let index = 0; index < count; index++) {
    const item = items[index]!;
    checkItem(item, index);
    allowanceAtStart[index] = startAllowanceAt(items, index);
    allowanceAtEnd[index] = endAllowanceAt(items, index);
    if (item.type === 'box' || isForcedBreak(item)) lineBound++;
    let width = 0;
    let stretch = 0;
    let boxStretch = 0;
    let infinite = 0;
    let shrink = 0;
    if (item.type === 'box') {
      width = item.widthPt;
      stretch = item.stretchPt ?? 0;
      boxStretch = stretch;
      shrink = item.shrinkPt ?? 0;
    } else if (item.type === 'glue') {
      width = item.widthPt;
      if (item.stretchPt === Infinity) infinite = 1;
      else stretch = item.stretchPt;
      shrink = item.shrinkPt;
    }
    naturalPt[index + 1] = naturalPt[index]! + width;
    stretchPt[index + 1] = stretchPt[index]! + stretch;
    boxStretchPt[index + 1] = boxStretchPt[index]! + boxStretch;
    infiniteStretchCount[index + 1] = infiniteStretchCount[index]! + infinite;
    shrinkPt[index + 1] = shrinkPt[index]! + shrink;
  }

  const end = isForcedBreak(items[count - 1]) ? count - 1 : count;
  return { items, end, naturalPt, stretchPt, boxStretchPt, infiniteStretchCount, shrinkPt, allowanceAtStart, allowanceAtEnd, lineBound };
}

function checkItem(item: Item, index: number): void {
  const problem = itemProblem(item);
  if (problem !== undefined) throw new RangeError(`item ${index} (${item.type}): ${problem}`);
}

function itemProblem(item: Item): string | undefined {
  if (!Number.isFinite(item.widthPt)) return 'widthPt must be finite';
  if (item.type === 'glue') {
    // Negative finite stretch is legal: ragged-right setting cancels a line-end stretch with it (Knuth & Plass).
    if (Number.isNaN(item.stretchPt) || item.stretchPt === -Infinity) return 'stretchPt must be a number (Infinity for fil)';
    if (!(item.shrinkPt >= 0 && item.shrinkPt < Infinity)) return 'shrinkPt must be finite and ≥ 0';
  }
  if (item.type === 'box') {
    if (!(Number.isFinite(item.hangLeftPt ?? 0) && Number.isFinite(item.hangRightPt ?? 0))) return 'hangs must be finite';
    if (!(Number.isFinite(item.stretchPt ?? 0) && (item.stretchPt ?? 0) >= 0)) return 'stretchPt must be finite and ≥ 0';
    if (!(Number.isFinite(item.shrinkPt ?? 0) && (item.shrinkPt ?? 0) >= 0)) return 'shrinkPt must be finite and ≥ 0';
  }
  if (item.type === 'penalty') {
    if (Number.isNaN(item.cost)) return 'cost must be a number';
    if (!Number.isFinite(item.hangRightPt ?? 0)) return 'hangRightPt must be finite';
    if (!(Number.isFinite(item.stretchPt ?? 0) && (item.stretchPt ?? 0) >= 0)) return 'stretchPt must be finite and ≥ 0';
    if (!(Number.isFinite(item.shrinkPt ?? 0) && (item.shrinkPt ?? 0) >= 0)) return 'shrinkPt must be finite and ≥ 0';
  }
  return undefined;
}
