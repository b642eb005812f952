import { InputError } from '../errors.js';
import { ptToMm } from '../layout-spec/units.js';
import type { Overset } from '../positioned/types.js';
import { spreadOf } from './balance.js';
import type { FilledSlot } from './photoSlots.js';

/** What copyfitting needs to know of one composition of the page. */
export interface FitAttempt {
  overset: Overset | null;
  warningCount: number;
  /** Per body column: the line slots it leaves empty below its last line, down to a float or the body's foot. */
  unusedRowsByColumn: readonly number[];
}

/** A photo copyfitting resized: `photo 1 (gigafactory-aerial): 150 → 126 mm`. */
export interface PhotoResize {
  /** The slot in the layout file. */
  where: string;
  /** 1-based position of the photo in the article's `images`, and its id. */
  image: number;
  imageId: string;
  fromMm: number;
  toMm: number;
}

export interface Copyfitted<Attempt> {
  attempt: Attempt;
  slots: FilledSlot[];
  resized: PhotoResize[];
  /** How many times the page was composed to fit it. */
  compositions: number;
}

/** How many rows apart grown photos may leave the columns' empty rows (or as far apart as they were before): what balancing promises. */
const UNEVEN_ROWS = 1;

/** At most this many compositions go to filling the slack a first fit left (a row at a time). */
const SLACK_COMPOSITIONS = 12;

/** Slack for heights that are whole rows apart up to rounding. */
const EPSILON_PT = 1e-6;

/** The photos at some heights: each slot's rows away from its own height, the slots so resized and their composition. */
interface Candidate<Attempt> {
  rowsBySlot: number[];
  slots: FilledSlot[];
  attempt: Attempt;
}

/**
 * Fits the story to its page as a make-up editor would, with the photos' heights as the give, changed by whole
 * grid rows within each slot's limits: a story that oversets takes rows from the photos, as few as it needs (all
 * they can give if that is not enough, should it set fewer lines over); one that fits and has room to fill
 * (`mayGrow`: a body down to the page's foot) gives the photos as many rows as the story still fits with. Rows are
 * handed out one at a time, in story order, to the slots that can still change, so the result is the same every
 * time. An attempt holds the story when nothing is overset and it warns no more than the photos at their own heights
 * do; grown photos must also leave the columns' empty rows no further apart than they were (or one row). Handing
 * rows out evenly overshoots (a float shrunk for text that did not need its rows leaves a hole above it), so a body
 * that may be filled then gets rows back, one photo at a time (see `fillSlack`).
 */
export function copyfit<Attempt extends FitAttempt>(
  slots: readonly FilledSlot[],
  stepPt: number,
  compose: (slots: FilledSlot[]) => Attempt,
  mayGrow: boolean,
): Copyfitted<Attempt> {
  const give = slots.map((filled) => Math.floor((filled.heightPt - filled.slot.minHeightPt) / stepPt + EPSILON_PT));
  const take = slots.map((filled) => Math.floor((filled.slot.maxHeightPt - filled.heightPt) / stepPt + EPSILON_PT));
  // The searches below may reach the same sizes twice: each is composed once.
  const composed = new Map<string, Candidate<Attempt>>();
  const composeWith = (rowsBySlot: number[]): Candidate<Attempt> => {
    const key = rowsBySlot.join(',');
    const known = composed.get(key);
    if (known) return known;
    const resized = slots.map((filled, index) => ({ ...filled, heightPt: filled.heightPt + rowsBySlot[index]! * stepPt }));
    const candidate = { rowsBySlot, slots: resized, attempt: compose(resized) };
    composed.set(key, candidate);
    return candidate;
  };
  /** `rows` in all (negative: taken), handed out evenly. */
  const handedOut = (rows: number): number[] => handOutRows(Math.abs(rows), rows < 0 ? give : take).map((perSlot) => Math.sign(rows) * perSlot);
  const nominal = composeWith(slots.map(() => 0));
  const holds = (attempt: Attempt): boolean => !attempt.overset && attempt.warningCount <= nominal.attempt.warningCount;
  // Grown photos must leave the columns as level as the balancer can: a page filled by leaving its last column short
  // has a hole all the same (the balancer ends them level or a row apart).
  const spreadAllowed = Math.max(spreadOf(nominal.attempt.unusedRowsByColumn), UNEVEN_ROWS);
  const fills = (attempt: Attempt): boolean => holds(attempt) && spreadOf(attempt.unusedRowsByColumn) <= spreadAllowed;
  const total = (rows: readonly number[]): number => rows.reduce((sum, each) => sum + each, 0);
  const composedIf = (rowsBySlot: number[], test: (attempt: Attempt) => boolean): Candidate<Attempt> | null => {
    try {
      const candidate = composeWith(rowsBySlot);
      return test(candidate.attempt) ? candidate : null;
    } catch (error) {
      // A bigger photo can push a float or the page past what the layout allows: that size does not fit either.
      if (error instanceof InputError) return null;
      throw error;
    }
  };
  const evenlyIf = (test: (attempt: Attempt) => boolean) => (rows: number) => composedIf(handedOut(rows), test);

  let chosen = nominal;
  if (nominal.attempt.overset && total(give) > 0) {
    const smallest = composeWith(handedOut(-total(give)));
    if (holds(smallest.attempt)) chosen = bisect(smallest, -total(give), 0, evenlyIf(holds));
    else if (smallest.attempt.overset && smallest.attempt.overset.lineCount < nominal.attempt.overset.lineCount) chosen = smallest;
  } else if (!nominal.attempt.overset && mayGrow && total(take) > 0) {
    chosen = evenlyIf(fills)(total(take)) ?? bisect(nominal, 0, total(take), evenlyIf(fills));
  }
  if (mayGrow && !chosen.attempt.overset) {
    const levelAs = (from: Candidate<Attempt>) => (attempt: Attempt) =>
      holds(attempt) && spreadOf(attempt.unusedRowsByColumn) <= Math.max(spreadAllowed, spreadOf(from.attempt.unusedRowsByColumn));
    chosen = fillSlack(chosen, take, (from, rowsBySlot) => composedIf(rowsBySlot, levelAs(from)), SLACK_COMPOSITIONS);
  }
  return { attempt: chosen.attempt, slots: chosen.slots, resized: describeResizes(slots, chosen.slots), compositions: composed.size };
}

/**
 * Gives the photos rows back one at a time, in story order, each as long as the story still fits with it, while the
 * columns leave fewer line slots empty than before: what an even hand-out overshot (a float shrunk for text that
 * did not need its rows) or could not reach (a lead photo that a row more fills the body with). `composedIfFits`
 * composes a candidate grown from `from` and keeps it if the story fits as well (with columns no less level, lest a
 * short last column pass for a filled page). A photo at its largest (`take`) is passed over; at most
 * `maxCompositions` compositions are tried.
 */
function fillSlack<Attempt extends FitAttempt>(
  start: Candidate<Attempt>,
  take: readonly number[],
  composedIfFits: (from: Candidate<Attempt>, rowsBySlot: number[]) => Candidate<Attempt> | null,
  maxCompositions: number,
): Candidate<Attempt> {
  const unused = (candidate: Candidate<Attempt>): number => candidate.attempt.unusedRowsByColumn.reduce((sum, rows) => sum + rows, 0);
  let best = start;
  let tries = 0;
  // Slots passed over since the last improvement: once every slot has been, no single row helps.
  for (let index = 0, passedOver = 0; passedOver < take.length && unused(best) > 0 && tries < maxCompositions; ) {
    const rowsBySlot = best.rowsBySlot.map((rows, slot) => (slot === index ? rows + 1 : rows));
    const candidate = rowsBySlot[index]! <= take[index]! ? (tries++, composedIfFits(best, rowsBySlot)) : null;
    if (candidate && unused(candidate) < unused(best)) {
      // The same photo is tried again first: a float beside a hole may take several rows.
      best = candidate;
      passedOver = 0;
    } else {
      index = (index + 1) % take.length;
      passedOver += 1;
    }
  }
  return best;
}

/**
 * The fitting candidate with the row count nearest `failingRows`, between `fitting` (which fits, at `fittingRows`)
 * and it, by bisection: a photo a row bigger never lets more text fit. `fittingAt` gives the candidate at a row
 * count, or null when it does not fit.
 */
function bisect<Candidate>(fitting: Candidate, fittingRows: number, failingRows: number, fittingAt: (rows: number) => Candidate | null): Candidate {
  let best = fitting;
  let bestRows = fittingRows;
  let failing = failingRows;
  while (Math.abs(bestRows - failing) > 1) {
    const middleRows = Math.trunc((bestRows + failing) / 2);
    const candidate = fittingAt(middleRows);
    if (candidate) {
      best = candidate;
      bestRows = middleRows;
    } else failing = middleRows;
  }
  return best;
}

/** `rows` handed out one at a time, in order, to the slots with capacity left. */
export function handOutRows(rows: number, capacity: readonly number[]): number[] {
  const given = capacity.map(() => 0);
  let left = Math.min(rows, capacity.reduce((sum, rows) => sum + rows, 0));
  while (left > 0) {
    capacity.forEach((limit, index) => {
      if (left > 0 && given[index]! < limit) {
        given[index]! += 1;
        left -= 1;
      }
    });
  }
  return given;
}

function describeResizes(before: readonly FilledSlot[], after: readonly FilledSlot[]): PhotoResize[] {
  return before.flatMap((filled, index): PhotoResize[] => {
    const heightPt = after[index]!.heightPt;
    if (Math.abs(heightPt - filled.heightPt) < EPSILON_PT) return [];
    return [{ where: filled.where, image: filled.imageIndex + 1, imageId: filled.image.id, fromMm: ptToMm(filled.heightPt), toMm: ptToMm(heightPt) }];
  });
}
