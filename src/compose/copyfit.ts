import { InputError } from '../errors.js';
import { ptToMm } from '../layout-spec/units.js';
import type { Overset } from '../positioned/types.js';
import type { FilledSlot } from './photoSlots.js';

/** What copyfitting needs to know of one composition of the page. */
export interface FitAttempt {
  overset: Overset | null;
  warningCount: number;
  /** How far apart the body's columns end, between the shallowest and the deepest (0 for one column). */
  columnEndsSpreadPt: number;
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
}

/** How many rows apart grown photos may leave the columns' ends (or as far apart as they were before): what balancing promises. */
const UNEVEN_ROWS = 1;

/** Slack for heights that are whole rows apart up to rounding. */
const EPSILON_PT = 1e-6;

/**
 * Fits the story to its page as a make-up editor would, with the photos' heights as the give, changed by whole
 * grid rows within each slot's limits: a story that oversets takes rows from the photos, as few as it needs (all
 * they can give if that is not enough, should it set fewer lines over); one that fits and has room to fill
 * (`mayGrow`: a body down to the page's foot) gives the photos as many rows as the story still fits with. Rows are
 * handed out one at a time, in story order, to the slots that can still change, so the result is the same every
 * time. An attempt holds the story when nothing is overset and it warns no more than the photos at their own heights
 * do; grown photos must also leave the columns' ends no further apart than they were (or one row).
 */
export function copyfit<Attempt extends FitAttempt>(
  slots: readonly FilledSlot[],
  stepPt: number,
  compose: (slots: FilledSlot[]) => Attempt,
  mayGrow: boolean,
): Copyfitted<Attempt> {
  const give = slots.map((filled) => Math.floor((filled.heightPt - filled.slot.minHeightPt) / stepPt + EPSILON_PT));
  const take = slots.map((filled) => Math.floor((filled.slot.maxHeightPt - filled.heightPt) / stepPt + EPSILON_PT));
  const resizedBy = (rows: number): FilledSlot[] => {
    const perSlot = handOutRows(Math.abs(rows), rows < 0 ? give : take);
    return slots.map((filled, index) => ({ ...filled, heightPt: filled.heightPt + Math.sign(rows) * perSlot[index]! * stepPt }));
  };
  const attemptWith = (rows: number) => {
    const resized = resizedBy(rows);
    return { rows, slots: resized, attempt: compose(resized) };
  };
  const nominal = attemptWith(0);
  const holds = (attempt: Attempt): boolean => !attempt.overset && attempt.warningCount <= nominal.attempt.warningCount;
  // Grown photos must leave the columns as level as the balancer can: a page filled by leaving its last column short
  // has a hole all the same (the balancer ends them level or a row apart).
  const spreadAllowedPt = Math.max(nominal.attempt.columnEndsSpreadPt, UNEVEN_ROWS * stepPt) + EPSILON_PT;
  const fills = (attempt: Attempt): boolean => holds(attempt) && attempt.columnEndsSpreadPt <= spreadAllowedPt;
  const total = (capacity: number[]): number => capacity.reduce((sum, rows) => sum + rows, 0);
  const attemptIf = (rows: number, test: (attempt: Attempt) => boolean): typeof nominal | null => {
    const candidate = attemptWith(rows);
    return test(candidate.attempt) ? candidate : null;
  };

  let chosen = nominal;
  if (nominal.attempt.overset && total(give) > 0) {
    const smallest = attemptWith(-total(give));
    if (holds(smallest.attempt)) chosen = bisect(smallest, 0, (rows) => attemptIf(rows, holds));
    else if (smallest.attempt.overset && smallest.attempt.overset.lineCount < nominal.attempt.overset.lineCount) chosen = smallest;
  } else if (!nominal.attempt.overset && mayGrow && total(take) > 0) {
    const grownIfFitting = (rows: number): typeof nominal | null => {
      try {
        return attemptIf(rows, fills);
      } catch (error) {
        // A bigger photo can push a float or the page past what the layout allows: that size does not fit either.
        if (error instanceof InputError) return null;
        throw error;
      }
    };
    chosen = grownIfFitting(total(take)) ?? bisect(nominal, total(take), grownIfFitting);
  }
  return { attempt: chosen.attempt, slots: chosen.slots, resized: describeResizes(slots, chosen.slots) };
}

/**
 * The fitting candidate with the row count nearest `failingRows`, between `fitting` (which fits) and it, by
 * bisection: a photo a row bigger never lets more text fit. `fittingAt` gives the candidate at a row count, or
 * null when it does not fit.
 */
function bisect<Candidate extends { rows: number }>(fitting: Candidate, failingRows: number, fittingAt: (rows: number) => Candidate | null): Candidate {
  let best = fitting;
  let failing = failingRows;
  while (Math.abs(best.rows - failing) > 1) {
    const middleRows = Math.trunc((best.rows + failing) / 2);
    const candidate = fittingAt(middleRows);
    if (candidate) best = candidate;
    else failing = middleRows;
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
