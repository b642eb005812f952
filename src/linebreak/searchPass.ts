import { isForcedBreak, isLegalBreak, lineStart } from './items.js';
import {
  EPSILON_PT,
  INFINITE_BADNESS,
  adjustmentRatio,
  badness,
  fitnessClass,
  isOverfull,
  settingRatio,
  type FitnessClass,
} from './measure.js';
import type { ResolvedBreakOptions } from './options.js';
import type { SummedParagraph } from './summedParagraph.js';
import type { BreakPass } from './types.js';

/** How one pass of the search judges lines. */
export interface PassRules {
  name: BreakPass;
  /** Highest badness accepted; `Infinity` accepts every line that is not overfull, even one with no stretch. */
  tolerance: number;
  /** Highest adjustment ratio accepted, whatever the badness cap says: how far an emergency may stretch the spaces. */
  maxRatio: number;
  /** Break anyway, overfull if need be, where every path would die: the last resort. */
  rescue: boolean;
  /**
   * Rate lines by how loose they really are (badness not capped at 10000): among breakings that need help, the
   * evenest wins, not just any.
   */
  rateUncapped: boolean;
}

/** A feasible break reached by the best path of its kind: an active node of Knuth & Plass. */
export interface BreakNode {
  /** Index of the break in the items; -1 for the paragraph start. */
  readonly position: number;
  /** First item of the line that follows. */
  readonly start: number;
  /** Lines ended so far, which is the index of the line that follows. */
  readonly line: number;
  readonly fitness: FitnessClass;
  /** Hyphenated lines in a row ending here (counted only when capped). */
  readonly hyphenRun: number;
  readonly flagged: boolean;
  /** The paragraph start or a forced break: the next line may be empty (an explicit blank line). */
  readonly allowsEmptyLine: boolean;
  /** Setting ratio of the line ending here. */
  readonly ratio: number;
  readonly overfull: boolean;
  readonly demerits: number;
  readonly totalDemerits: number;
  readonly previous: BreakNode | null;
}

/** What a line from an active node to the current break holds. */
interface LineTotals {
  shortfallPt: number;
  stretchPt: number;
  boxStretchPt: number;
  infiniteStretchCount: number;
  shrinkPt: number;
}

/** The node a rescue would break from (the least overflow, then the fewest demerits) and its line. */
interface Rescue extends LineTotals {
  node: BreakNode;
  overflowPt: number;
}

/**
 * One pass of total-fit breaking. Returns the nodes that reach the paragraph's end (one per line count,
 * fitness class and hyphen run), or none when the pass finds no breaking.
 */
export function searchPass(paragraph: SummedParagraph, settings: ResolvedBreakOptions, rules: PassRules): BreakNode[] {
  const { items, end, naturalPt, stretchPt, boxStretchPt, infiniteStretchCount, shrinkPt, allowanceAtStart, allowanceAtEnd } = paragraph;
  const hyphenCap = settings.maxConsecutiveHyphens;
  // A run never exceeds the line count, so a larger cap needs no more slots.
  const runSlots = Number.isFinite(hyphenCap) ? Math.min(hyphenCap, paragraph.lineBound) + 1 : 1;
  // Nodes at a break compete when they share a kind: fitness class, hyphen run and line count, where line
  // counts past the last change of measure are one (TeX's easy_line) unless looseness needs every count. The
  // last resort never seeks looseness, so that it stays fast.
  const lastDistinctLine = settings.looseness !== 0 && !rules.rescue ? paragraph.lineBound : paragraph.uniformFrom;
  // Arrays reused with explicit counts: resizing them at every breakpoint showed up in profiles.
  const active: BreakNode[] = [paragraphStart()];
  let activeCount = 1;
  /** Nodes made at the current breakpoint, the best of each kind, and where each kind is in that list. */
  const made: BreakNode[] = [];
  const slotOfKind = new Map<number, number>();

  for (let position = 0; position <= end; position++) {
    const isEnd = position === end;
    if (!isEnd && !isLegalBreak(items, position)) continue;
    const item = items[position];
    const forced = isEnd || isForcedBreak(item);
    const penaltyWidthPt = item?.type === 'penalty' ? item.widthPt : 0;
    const penaltyStretchPt = item?.type === 'penalty' ? (item.stretchPt ?? 0) : 0;
    const penaltyShrinkPt = item?.type === 'penalty' ? (item.shrinkPt ?? 0) : 0;
    const cost = item?.type === 'penalty' && !forced ? item.cost : 0;
    const flagged = !isEnd && item?.type === 'penalty' && item.flagged;
    let nextStart = -1;
    let madeCount = 0;
    slotOfKind.clear();
    let rescue: Rescue | undefined;
    let kept = 0;

    for (let index = 0; index < activeCount; index++) {
      const node = active[index]!;
      const start = node.start;
      if (start > position) {
        active[kept++] = node;
        continue;
      }
      const measurePt = paragraph.widthOfLine(node.line) + allowanceAtStart[start]! + allowanceAtEnd[position]!;
      const shortfallPt = measurePt - (naturalPt[position]! - naturalPt[start]! + penaltyWidthPt);
      const stretch = stretchPt[position]! - stretchPt[start]! + penaltyStretchPt;
      const infinite = infiniteStretchCount[position]! - infiniteStretchCount[start]!;
      const shrink = shrinkPt[position]! - shrinkPt[start]! + penaltyShrinkPt;
      const boxStretch = boxStretchPt[position]! - boxStretchPt[start]! + penaltyStretchPt;
      const ratio = adjustmentRatio(shortfallPt, stretch, infinite, shrink, boxStretch);
      const overfull = isOverfull(ratio);
      const survives = !overfull && !forced;
      if (survives) active[kept++] = node;

      const lineBadness = overfull ? INFINITE_BADNESS : badness(ratio);
      const hyphenRun = nextHyphenRun(node, flagged, runSlots);
      const feasible =
        !overfull &&
        (start < position || node.allowsEmptyLine) &&
        (forced || ((ratio !== Infinity || rules.tolerance === Infinity) && lineBadness <= rules.tolerance && ratio <= rules.maxRatio)) &&
        hyphenRun < runSlots &&
        (!flagged || paragraph.hyphenAllowedOnLine(node.line));
      if (feasible) {
        const fitness = fitnessClass(ratio);
        const line = node.line + 1;
        const ratingBadness = rules.rateUncapped && !isEnd && !forced ? uncappedBadness(ratio) : lineBadness;
        const demerits = lineDemerits(settings, ratingBadness, cost, flagged, isEnd, fitness, node);
        const totalDemerits = node.totalDemerits + demerits;
        const kind = (Math.min(line, lastDistinctLine) * 4 + fitness) * runSlots + hyphenRun;
        const slot = slotOfKind.get(kind) ?? madeCount;
        if (slot === madeCount || totalDemerits < made[slot]!.totalDemerits) {
          if (nextStart < 0) nextStart = lineStart(items, position);
          made[slot] = {
            position,
            start: nextStart,
            line,
            fitness,
            hyphenRun,
            flagged,
            allowsEmptyLine: forced,
            ratio: settingRatio(ratio),
            overfull: false,
            demerits,
            totalDemerits,
            previous: node,
          };
          if (slot === madeCount) slotOfKind.set(kind, madeCount++);
        }
      } else if (rules.rescue && !survives) {
        const overflowPt = Math.max(0, -(shortfallPt + shrink));
        if (
          rescue === undefined ||
          overflowPt < rescue.overflowPt - EPSILON_PT ||
          (overflowPt <= rescue.overflowPt + EPSILON_PT && node.totalDemerits < rescue.node.totalDemerits)
        ) {
          rescue = {
            node,
            overflowPt,
            shortfallPt,
            stretchPt: stretch,
            boxStretchPt: boxStretch,
            infiniteStretchCount: infinite,
            shrinkPt: shrink,
          };
        }
      }
    }

    if (madeCount === 0 && kept === 0 && rescue !== undefined) {
      const breakAt = { position, start: lineStart(items, position), flagged, allowsEmptyLine: forced };
      active[kept++] = rescueNode(settings, rescue, breakAt, runSlots);
    }
    for (let slot = 0; slot < madeCount; slot++) active[kept++] = made[slot]!;
    activeCount = kept;
    if (activeCount === 0) return [];
  }
  return active.slice(0, activeCount);
}

function paragraphStart(): BreakNode {
  return {
    position: -1,
    start: 0,
    line: 0,
    fitness: 1,
    hyphenRun: 0,
    flagged: false,
    allowsEmptyLine: true,
    ratio: 0,
    overfull: false,
    demerits: 0,
    totalDemerits: 0,
    previous: null,
  };
}

/** TeX's demerits: (linepenalty + badness)² ± penalty², plus hyphen and fitness demerits. */
function lineDemerits(
  settings: ResolvedBreakOptions,
  lineBadness: number,
  cost: number,
  flagged: boolean,
  isEnd: boolean,
  fitness: FitnessClass,
  previous: BreakNode,
): number {
  const rated = settings.linePenalty + lineBadness;
  let demerits = rated * rated;
  if (cost > 0) demerits += cost * cost;
  else if (cost < 0) demerits -= cost * cost;
  if (previous.flagged) {
    if (isEnd) demerits += settings.finalHyphenDemerits;
    else if (flagged) demerits += settings.adjacentHyphenDemerits;
  }
  if (Math.abs(fitness - previous.fitness) > 1) demerits += settings.fitnessDemerits;
  return demerits;
}

function nextHyphenRun(previous: BreakNode, flagged: boolean, runSlots: number): number {
  return flagged && runSlots > 1 ? previous.hyphenRun + 1 : 0;
}

/** A break that no rule allows, made because every path would otherwise die here. */
function rescueNode(
  settings: ResolvedBreakOptions,
  rescue: Rescue,
  breakAt: Pick<BreakNode, 'position' | 'start' | 'flagged' | 'allowsEmptyLine'>,
  runSlots: number,
): BreakNode {
  const { node } = rescue;
  const ratio = adjustmentRatio(rescue.shortfallPt, rescue.stretchPt, rescue.infiniteStretchCount, rescue.shrinkPt, rescue.boxStretchPt);
  const demerits = (settings.linePenalty + INFINITE_BADNESS) ** 2;
  return {
    ...breakAt,
    line: node.line + 1,
    fitness: fitnessClass(Math.max(ratio, -1)),
    hyphenRun: nextHyphenRun(node, breakAt.flagged, runSlots),
    ratio: settingRatio(ratio),
    overfull: rescue.overflowPt > EPSILON_PT,
    demerits,
    totalDemerits: node.totalDemerits + demerits,
    previous: node,
  };
}

/** Badness 100·|r|³ without TeX's cap, so that a very loose line always costs more than a looser-than-usual one. */
function uncappedBadness(ratio: number): number {
  if (!Number.isFinite(ratio)) return INFINITE_BADNESS * INFINITE_BADNESS;
  const size = Math.abs(ratio);
  return 100 * size * size * size;
}
