import { ROUNDING_SLACK_PT, type Snapshot } from '../snapshot/types.js';
import { compareText, excerpt } from './compareText.js';
import { describeGrowth, describeShift, place, placeRange, plural, pt, quote } from './describe.js';
import { matchSequences, unmatchedStretches } from './matchSequences.js';
import { readingOrder, type PlacedLine } from './readingOrder.js';
import type { Difference } from './types.js';

/** A line of the golden and the line of the new file with the same text. */
interface Pair {
  old: PlacedLine;
  now: PlacedLine;
  /** Index of `now` in the new reading order. */
  order: number;
}

/** Lines that matched nowhere, with where they would be told in the new reading order. */
interface Unmatched {
  old: PlacedLine[];
  now: PlacedLine[];
  order: number;
}

interface Found {
  order: number;
  difference: Difference;
}

/**
 * Compares the lines of two snapshots. Lines are aligned by their text over the reading order (a longest common
 * subsequence), so that a block that moved is a run of matched lines, not lines added and missing; lines that
 * left their place in the order (a line reflowed below a caption) are then paired by text. Runs of matched lines
 * that changed alike become one sentence each: where they went, their length, their font and size. Lines that
 * matched nowhere are compared word by word.
 */
export function compareLines(golden: Snapshot, current: Snapshot, tolerancePt: number): Difference[] {
  const before = readingOrder(golden);
  const after = readingOrder(current);
  const { pairs, unmatched } = align(before, after);
  const displaced = pairDisplaced(unmatched);
  const found: Found[] = [
    ...describePairs(pairs, tolerancePt),
    ...describePairs(displaced.pairs, tolerancePt),
    ...joinMovedText(displaced.unmatched.flatMap(({ old, now, order }) => compareText(old, now).map((difference) => ({ order, difference })))),
  ];
  return found.sort((a, b) => a.order - b.order).map((entry) => entry.difference);
}

function align(before: PlacedLine[], after: PlacedLine[]): { pairs: Pair[]; unmatched: Unmatched[] } {
  const matches = matchSequences(before.length, after.length, (i, j) => before[i]!.line.text === after[j]!.line.text);
  return {
    pairs: matches.map(([oldIndex, newIndex]) => ({ old: before[oldIndex]!, now: after[newIndex]!, order: newIndex })),
    unmatched: unmatchedStretches(matches, before.length, after.length).map((stretch) => ({
      old: before.slice(stretch.oldStart, stretch.oldEnd),
      now: after.slice(stretch.newStart, stretch.newEnd),
      // Told where the new lines start; a stretch with none, just before the next matched line.
      order: stretch.newEnd > stretch.newStart ? stretch.newStart : stretch.newStart - 0.5,
    })),
  };
}

/** Pairs unmatched lines of the golden with unmatched new lines of the same text, first come first served. */
function pairDisplaced(stretches: Unmatched[]): { pairs: Pair[]; unmatched: Unmatched[] } {
  const waiting = new Map<string, { line: PlacedLine; order: number }[]>();
  for (const stretch of stretches) {
    stretch.now.forEach((line, index) => {
      const queue = waiting.get(line.line.text) ?? [];
      queue.push({ line, order: Math.ceil(stretch.order) + index });
      waiting.set(line.line.text, queue);
    });
  }
  const pairs: Pair[] = [];
  const taken = new Set<PlacedLine>();
  for (const stretch of stretches) {
    for (const old of stretch.old) {
      const partner = waiting.get(old.line.text)?.shift();
      if (!partner) continue;
      pairs.push({ old, now: partner.line, order: partner.order });
      taken.add(old).add(partner.line);
    }
  }
  pairs.sort((a, b) => a.order - b.order);
  const unmatched = stretches
    .map((stretch) => ({ ...stretch, old: stretch.old.filter((line) => !taken.has(line)), now: stretch.now.filter((line) => !taken.has(line)) }))
    .filter((stretch) => stretch.old.length > 0 || stretch.now.length > 0);
  return { pairs, unmatched };
}

/**
 * Words removed in one place and the same words added in another were carried past a matched line (a caption
 * between two columns' text): one sentence saying where they went, not two about text.
 */
function joinMovedText(found: Found[]): Found[] {
  const removed = found.filter(({ difference: d }) => d.kind === 'text-changed' && d.after === '');
  const joined: Found[] = [];
  const used = new Set<Found>();
  for (const added of found) {
    const { difference } = added;
    if (difference.kind !== 'text-changed' || difference.before !== '') continue;
    const origin = removed.find((entry) => !used.has(entry) && entry.difference.before === difference.after);
    if (!origin) continue;
    used.add(origin).add(added);
    const from = place(origin.difference.page!, origin.difference.column);
    const to = place(difference.page!, difference.column);
    const text = quote(difference.after!);
    const message = from === to ? `${to}: text ${text} moved to another place in the reading order` : `text ${text} reflowed from ${from} to ${to}`;
    joined.push({ order: added.order, difference: { kind: 'lines-reflowed', message, page: difference.page!, column: difference.column! } });
  }
  return [...found.filter((entry) => !used.has(entry)), ...joined];
}

/** One way of looking at how matched lines changed, and how consecutive changes group into one sentence. */
interface Aspect<Change> {
  /** The change of a pair, or null when it did not change in this respect. */
  changeOf(pair: Pair): Change | null;
  /** Whether a change continues the run so far (same place, same amount). */
  continues(run: Run<Change>, change: Change): boolean;
  /** Whether a pair that did not change ends the run (a moved block ends where lines stop moving). */
  endsAtUnchanged: boolean;
  describe(run: Run<Change>): Difference;
}

interface Run<Change> {
  pairs: Pair[];
  changes: Change[];
}

function describePairs(pairs: readonly Pair[], tolerancePt: number): Found[] {
  return [...runsOf(pairs, placeAspect(tolerancePt)), ...runsOf(pairs, lengthAspect(tolerancePt)), ...runsOf(pairs, styleAspect)];
}

function runsOf<Change>(pairs: readonly Pair[], aspect: Aspect<Change>): Found[] {
  const found: Found[] = [];
  let run: Run<Change> | null = null;
  const close = () => {
    if (run) found.push({ order: run.pairs[0]!.order, difference: aspect.describe(run) });
    run = null;
  };
  for (const pair of pairs) {
    const change = aspect.changeOf(pair);
    if (change === null) {
      if (aspect.endsAtUnchanged) close();
      continue;
    }
    if (run && !aspect.continues(run, change)) close();
    run ??= { pairs: [], changes: [] };
    run.pairs.push(pair);
    run.changes.push(change);
  }
  close();
  return found;
}

/** Where a line went: another column or page (reflowed), or a shift of its start. */
interface PlaceChange {
  from: { page: number; column: number };
  to: { page: number; column: number };
  reflowed: boolean;
  dxPt: number;
  dyPt: number;
}

function placeAspect(tolerancePt: number): Aspect<PlaceChange> {
  return {
    endsAtUnchanged: true,
    changeOf({ old, now }) {
      const reflowed = old.page !== now.page || old.column !== now.column;
      const dxPt = now.line.xStartPt - old.line.xStartPt;
      const dyPt = now.line.baselinePt - old.line.baselinePt;
      if (!reflowed && Math.abs(dxPt) <= tolerancePt && Math.abs(dyPt) <= tolerancePt) return null;
      return { from: { page: old.page, column: old.column }, to: { page: now.page, column: now.column }, reflowed, dxPt, dyPt };
    },
    continues({ changes }, change) {
      const first = changes[0]!;
      const samePlaces = [first.from, first.to].every((at, index) => {
        const other = index === 0 ? change.from : change.to;
        return at.page === other.page && at.column === other.column;
      });
      if (!samePlaces || first.reflowed !== change.reflowed) return false;
      if (change.reflowed) return true;
      if (Math.abs(change.dxPt - first.dxPt) > tolerancePt) return false;
      const dys = changes.map((c) => c.dyPt);
      return dys.every((dy) => Math.abs(change.dyPt - dy) <= tolerancePt) || continuesDrift(dys, change.dyPt);
    },
    describe({ pairs, changes }) {
      const first = changes[0]!;
      const now = pairs[0]!.now;
      const lines = excerpt(pairs.map((pair) => pair.now));
      const where = { page: now.page, column: now.column, count: pairs.length };
      if (first.reflowed) {
        const samePage = first.from.page === first.to.page;
        const at = (p: { page: number; column: number }) => (samePage ? `column ${p.column}` : `page ${p.page}, column ${p.column}`);
        const message = `${samePage ? `page ${now.page}: ` : ''}${plural(pairs.length, 'line')} reflowed from ${at(first.from)} to ${at(first.to)}: ${lines}`;
        return { kind: 'lines-reflowed', message, ...where };
      }
      const dys = changes.map((c) => c.dyPt);
      const last = dys[dys.length - 1]!;
      const steady = Math.max(...dys) - Math.min(...dys) <= tolerancePt;
      const how = steady ? `moved ${describeShift(first.dxPt, first.dyPt, tolerancePt)}` : `moved ${describeDrift(first.dyPt, last)}${shiftSuffix(first.dxPt, tolerancePt)}`;
      const subject = pairs.length === 1 ? `line ${lines}` : `${plural(pairs.length, 'line')} (${lines})`;
      return { kind: 'lines-moved', message: `${place(now.page, now.column)}: ${subject} ${how}`, ...where, deltaPt: { x: first.dxPt, y: first.dyPt } };
    },
  };
}

/** Whether the shifts so far grow by a steady step (at least two of them) and `dyPt` is the next step. */
function continuesDrift(dys: readonly number[], dyPt: number): boolean {
  if (dys.length < 2) return false;
  const step = (dys[dys.length - 1]! - dys[0]!) / (dys.length - 1);
  if (Math.abs(step) <= ROUNDING_SLACK_PT) return false;
  const steady = dys.every((dy, index) => Math.abs(dy - (dys[0]! + index * step)) <= ROUNDING_SLACK_PT);
  return steady && Math.abs(dyPt - (dys[dys.length - 1]! + step)) <= ROUNDING_SLACK_PT;
}

function describeDrift(firstPt: number, lastPt: number): string {
  if (firstPt >= 0 && lastPt >= 0) return `down by ${pt(firstPt)} to ${pt(lastPt)}, more with every line`;
  if (firstPt <= 0 && lastPt <= 0) return `up by ${pt(-firstPt)} to ${pt(-lastPt)}, more with every line`;
  return `vertically by ${pt(firstPt)} to ${pt(lastPt)} (down is positive), a little more with every line`;
}

function shiftSuffix(dxPt: number, tolerancePt: number): string {
  const shift = describeShift(dxPt, 0, tolerancePt);
  return shift ? ` and ${shift}` : '';
}

/** A change of a line's length (its end moved otherwise than its start), within one column. */
interface LengthChange {
  page: number;
  column: number;
  dWidthPt: number;
}

/** Lines that kept their length do not end a run: the last line of a paragraph keeps its length when a column narrows. */
function lengthAspect(tolerancePt: number): Aspect<LengthChange> {
  return {
    endsAtUnchanged: false,
    changeOf({ old, now }) {
      const dWidthPt = now.line.xEndPt - now.line.xStartPt - (old.line.xEndPt - old.line.xStartPt);
      return Math.abs(dWidthPt) > tolerancePt ? { page: now.page, column: now.column, dWidthPt } : null;
    },
    continues({ changes }, change) {
      const first = changes[0]!;
      return first.page === change.page && first.column === change.column && Math.abs(change.dWidthPt - first.dWidthPt) <= tolerancePt;
    },
    describe({ pairs, changes }) {
      const now = pairs[0]!.now;
      const growth = describeGrowth(changes[0]!.dWidthPt, tolerancePt, 'longer', 'shorter');
      const subject = pairs.length === 1 ? 'line' : plural(pairs.length, 'line');
      const message = `${place(now.page, now.column)}: ${subject} ${excerpt(pairs.map((pair) => pair.now))} got ${growth}`;
      return { kind: 'line-length', message, page: now.page, column: now.column, count: pairs.length };
    },
  };
}

/** Font and size: runs go on across columns and pages, so that a change of body size is one sentence. */
const styleAspect: Aspect<{ old: string; now: string }> = {
  endsAtUnchanged: false,
  changeOf({ old, now }) {
    const change = { old: styleOf(old), now: styleOf(now) };
    return change.old === change.now ? null : change;
  },
  continues({ changes }, change) {
    return changes[0]!.old === change.old && changes[0]!.now === change.now;
  },
  describe({ pairs, changes }) {
    const now = pairs[0]!.now;
    const { old, now: style } = changes[0]!;
    const last = pairs[pairs.length - 1]!.now;
    const message = `${placeRange(now, last)}: ${plural(pairs.length, 'line')} set in ${style} instead of ${old}, ${excerpt(pairs.map((pair) => pair.now))}`;
    return { kind: 'lines-restyled', message, page: now.page, column: now.column, count: pairs.length };
  },
};

function styleOf({ line }: PlacedLine): string {
  return `${line.fonts.join(', ')} ${pt(line.sizePt)}`;
}
