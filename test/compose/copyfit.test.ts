import { describe, expect, it } from 'vitest';
import { copyfit, handOutRows, type FitAttempt } from '../../src/compose/copyfit.js';
import type { FilledSlot } from '../../src/compose/photoSlots.js';
import { InputError } from '../../src/errors.js';
import { mmToPt } from '../../src/layout-spec/units.js';
import { images } from './fixtures.js';

const STEP_PT = 12;

function slot(index: number, heightPt: number, minHeightPt: number, maxHeightPt: number): FilledSlot {
  const caption = { style: 'caption', gapPt: 4 };
  return {
    where: `story[${index}]`,
    slot: { image: 'next', optional: false, heightPt, minHeightPt, maxHeightPt, crop: 'centre', caption },
    image: images[index % images.length]!,
    imageIndex: index,
    heightPt,
  };
}

/**
 * A stand-in page: the body has `roomPt` less the photos' heights; the story needs `needPt`. What it does not hold
 * is overset, a line per 12 pt. Counts the compositions.
 */
/** Where a stand-in overset stopped: these tests count lines, not words. */
const STOPPED_AT_START = { paragraphIndex: 0, wordIndex: 0, charactersSet: 0 };

function page(roomPt: number, needPt: number) {
  const heights: number[][] = [];
  const compose = (slots: FilledSlot[]): FitAttempt => {
    heights.push(slots.map((filled) => filled.heightPt));
    const short = needPt - (roomPt - slots.reduce((sum, filled) => sum + filled.heightPt, 0));
    return {
      overset: short > 0 ? { lineCount: Math.ceil(short / STEP_PT), wordCount: 1, firstWords: 'x', resumeAt: STOPPED_AT_START } : null,
      warningCount: 0,
      unusedRowsByColumn: [Math.max(0, Math.floor(-short / STEP_PT))],
    };
  };
  return { compose, heights };
}

describe('handOutRows', () => {
  it('hands rows out one at a time, in order, to the slots with room left', () => {
    expect(handOutRows(5, [3, 1, 3])).toEqual([2, 1, 2]);
    expect(handOutRows(0, [3, 1])).toEqual([0, 0]);
    expect(handOutRows(10, [2, 1])).toEqual([2, 1]);
  });
});

describe('copyfit', () => {
  const slots = [slot(0, 240, 120, 360), slot(1, 120, 72, 180)];

  it('leaves a page that fits with no room to grow alone, composing it once', () => {
    const { compose, heights } = page(1000, 640);
    const fitted = copyfit(slots, STEP_PT, compose, false);
    expect(fitted.resized).toEqual([]);
    expect(heights).toHaveLength(1);
  });

  it('takes as few whole rows from the photos as the story needs, first photo first', () => {
    // 1000 − 360 = 640 pt of room; the story needs 680: 40 pt, so 4 rows (48 pt).
    const { compose } = page(1000, 680);
    const fitted = copyfit(slots, STEP_PT, compose, true);
    expect(fitted.attempt.overset).toBeNull();
    expect(fitted.slots.map((filled) => filled.heightPt)).toEqual([216, 96]);
    expect(fitted.resized).toEqual([
      { where: 'story[0]', image: 1, imageId: 'lead', fromMm: expect.closeTo(240 / mmToPt(1), 9), toMm: expect.closeTo(216 / mmToPt(1), 9) },
      { where: 'story[1]', image: 2, imageId: 'map', fromMm: expect.closeTo(120 / mmToPt(1), 9), toMm: expect.closeTo(96 / mmToPt(1), 9) },
    ]);
  });

  it('shrinks the photos to their limits and keeps the overset when even that is not enough', () => {
    const { compose } = page(1000, 900);
    const fitted = copyfit(slots, STEP_PT, compose, true);
    expect(fitted.slots.map((filled) => filled.heightPt)).toEqual([120, 72]);
    expect(fitted.attempt.overset).toMatchObject({ lineCount: 8 });
  });

  it('grows the photos by as many whole rows as the story still fits with, when the body may be filled', () => {
    // 1000 − 360 = 640 pt of room, 500 needed: 140 pt to give, 11 whole rows (132 pt).
    const { compose } = page(1000, 500);
    const fitted = copyfit(slots, STEP_PT, compose, true);
    expect(fitted.slots.map((filled) => filled.heightPt)).toEqual([240 + 6 * 12, 120 + 5 * 12]);
    expect(fitted.attempt.overset).toBeNull();
  });

  it('grows no photo when the body ends at its content', () => {
    const { compose } = page(1000, 500);
    expect(copyfit(slots, STEP_PT, compose, false).resized).toEqual([]);
  });

  it('treats a size the layout refuses as one that does not fit', () => {
    const { compose } = page(1000, 100);
    const refusingTall = (resized: FilledSlot[]): FitAttempt => {
      if (resized[0]!.heightPt > 300) throw new InputError('layouts/x.json', 'story[0].heightMm', 'too tall');
      return compose(resized);
    };
    expect(copyfit(slots, STEP_PT, refusingTall, true).slots[0]!.heightPt).toBe(300);
  });

  it('does not grow into a composition that warns more, and gives the rows one photo may not take to another', () => {
    const { compose } = page(1000, 100);
    const warnsWhenBig = (resized: FilledSlot[]): FitAttempt => ({ ...compose(resized), warningCount: resized[1]!.heightPt > 144 ? 1 : 0 });
    expect(copyfit(slots, STEP_PT, warnsWhenBig, true).slots.map((filled) => filled.heightPt)).toEqual([360, 144]);
  });

  it('grows the photos only while the columns stay within a row of each other', () => {
    const { compose } = page(1000, 100);
    // Past 4 rows of growth the last column would end 3 rows short of the others.
    const lopsidedWhenBig = (resized: FilledSlot[]): FitAttempt => ({
      ...compose(resized),
      unusedRowsByColumn: resized[0]!.heightPt + resized[1]!.heightPt > 360 + 4 * STEP_PT ? [0, 3] : [1, 1],
    });
    expect(copyfit(slots, STEP_PT, lopsidedWhenBig, true).slots.map((filled) => filled.heightPt)).toEqual([264, 144]);
  });

  it('gives rows back to a float whose shrinking left a hole above it, while the story still fits', () => {
    // Two columns of 40 rows under a lead photo; a float takes rows from the second only. 60 lines of text.
    const rows = (filled: FilledSlot) => filled.heightPt / STEP_PT;
    const twoColumns = (resized: FilledSlot[]): FitAttempt => {
      const firstCapacity = 40 - rows(resized[0]!);
      const secondCapacity = firstCapacity - rows(resized[1]!);
      const inSecond = Math.max(0, 60 - firstCapacity);
      const oversetLines = Math.max(0, inSecond - secondCapacity);
      return {
        overset: oversetLines > 0 ? { lineCount: oversetLines, wordCount: 1, firstWords: 'x', resumeAt: STOPPED_AT_START } : null,
        warningCount: 0,
        unusedRowsByColumn: [Math.max(0, firstCapacity - 60), Math.max(0, secondCapacity - inSecond)],
      };
    };
    const lead = slot(0, 10 * STEP_PT, 0, 10 * STEP_PT);
    const float = slot(1, 10 * STEP_PT, 0, 10 * STEP_PT);
    // Rows taken evenly, 4 and 3, leave a row empty above the float; the float gets it back.
    const fitted = copyfit([lead, float], STEP_PT, twoColumns, true);
    expect(fitted.slots.map(rows)).toEqual([6, 8]);
    expect(fitted.attempt.unusedRowsByColumn).toEqual([0, 0]);
    expect(fitted.compositions).toBeLessThanOrEqual(12);
  });

  it('counts each size composed once', () => {
    const { compose, heights } = page(1000, 680);
    const fitted = copyfit(slots, STEP_PT, compose, true);
    expect(fitted.compositions).toBe(heights.length);
    expect(new Set(heights.map((each) => each.join(','))).size).toBe(heights.length);
  });
});
