import { describe, expect, it } from 'vitest';
import { box, boxRatio, glue, measureLine, lineRatio, paragraphEnd, penalty } from '../../src/linebreak/index.js';
import { adjustmentRatio, badness, fitnessClass } from '../../src/linebreak/measure.js';

describe('measureLine', () => {
  // 0 box 30, 1 glue, 2 box 20, 3 hyphen, 4 box 25, 5 glue, 6 penalty, 7 glue, 8 box 10, 9-11 end.
  const items = [
    box(30), glue(6, 3, 2), box(20), penalty(5, 50, true), box(25), glue(6, 3, 2), penalty(0, 0), glue(4, 2, 1),
    box(10), ...paragraphEnd(),
  ];

  it('counts boxes and glue up to the break, and the hyphen when the line ends at it', () => {
    expect(measureLine(items, -1, 3)).toEqual({
      start: 0,
      end: 3,
      naturalWidthPt: 30 + 6 + 20 + 5,
      stretchPt: 3,
      boxStretchPt: 0,
      infiniteStretchCount: 0,
      shrinkPt: 2,
      boxShrinkPt: 0,
      allowancePt: 0,
      hangLeftPt: 0,
      hangRightPt: 0,
    });
  });

  it('drops glue and unforced penalties after the previous break', () => {
    expect(measureLine(items, 5, 11)).toMatchObject({ start: 8, naturalWidthPt: 10, infiniteStretchCount: 1 });
  });

  it('lengthens the measure by what the boxes at the line edges may hang into the margins', () => {
    const hanging = [{ ...box(30), hangLeftPt: 2 }, glue(6, 3, 2), { ...box(20), hangRightPt: 1.5 }, glue(6, 3, 2), box(10), ...paragraphEnd()];
    expect(measureLine(hanging, -1, 3).allowancePt).toBe(3.5);
    // 56 pt of material in a 56 pt measure with 3.5 pt of hang: 3.5 pt short, r = 3.5 / 3.
    expect(lineRatio(measureLine(hanging, -1, 3), 56)).toBeCloseTo(3.5 / 3, 12);
    // At a hyphen penalty it is the hyphen's own hang, not the box's before it.
    const hyphenated = [{ ...box(30), hangRightPt: 1.5 }, penalty(5, 50, true), box(20), ...paragraphEnd()];
    expect(measureLine(hyphenated, -1, 1).allowancePt).toBe(0);
    hyphenated[1] = { ...penalty(5, 50, true), hangRightPt: 3.5 };
    expect(measureLine(hyphenated, -1, 1).allowancePt).toBe(3.5);
    expect(measureLine(hyphenated, -1, 1)).toMatchObject({ hangLeftPt: 0, hangRightPt: 3.5 });
  });

  it('hangs the last character of a paragraph, and of a ragged line, past the glue that ends it', () => {
    const last = [{ ...box(30), hangLeftPt: 2 }, glue(6, 3, 2), { ...box(20), hangRightPt: 1.5 }, ...paragraphEnd()];
    expect(measureLine(last, -1, 5)).toMatchObject({ hangLeftPt: 2, hangRightPt: 1.5, allowancePt: 3.5 });
    // Ragged: glue(0, +s), penalty, glue(space, -s) between words; a line breaks at the penalty.
    const ragged = [{ ...box(30), hangRightPt: 1.5 }, glue(0, 18, 0), penalty(0, 0), glue(6, -18, 0), box(20), ...paragraphEnd()];
    expect(measureLine(ragged, -1, 2).hangRightPt).toBe(1.5);
    // A forced break in between ends the search: the line after it starts empty.
    expect(measureLine([{ ...box(30), hangRightPt: 1.5 }, penalty(0, -Infinity), penalty(0, 0)], 1, 2).hangRightPt).toBe(0);
  });

  it('takes off what a fragment gains in width when it starts a line', () => {
    const fragments = [box(30), penalty(5, 50, true), { ...box(20), widthAtLineStartPt: 20.25 }, ...paragraphEnd()];
    expect(measureLine(fragments, 1, 3).allowancePt).toBeCloseTo(-0.25, 12);
  });

  it('gives the ratio to set a line with, infinite where there is nothing to adjust', () => {
    expect(lineRatio(measureLine(items, -1, 3), 64)).toBe(1);
    expect(lineRatio(measureLine(items, -1, 3), 60)).toBe(-0.5);
    expect(lineRatio(measureLine(items, 5, 11), 100)).toBe(0);
    expect(lineRatio(measureLine([box(30), penalty(0, 0)], -1, 1), 40)).toBe(Infinity);
  });

  it('uses a box’s own stretch and shrink up to its limit: the ratio capped at ±1', () => {
    expect([-Infinity, -2, -0.5, 0, 0.5, 2, Infinity].map(boxRatio)).toEqual([-1, -1, -0.5, 0, 0.5, 1, 1]);
  });
});

describe('line rating', () => {
  it('computes ratios, with infinities where nothing can stretch or shrink', () => {
    expect(adjustmentRatio(10, 5, 0, 2)).toBe(2);
    expect(adjustmentRatio(-3, 5, 0, 2)).toBe(-1.5);
    expect(adjustmentRatio(10, 5, 1, 2)).toBe(0);
    expect(adjustmentRatio(10, 0, 0, 2)).toBe(Infinity);
    expect(adjustmentRatio(-3, 5, 0, 0)).toBe(-Infinity);
    expect(adjustmentRatio(1e-12, 0, 0, 0)).toBe(0);
  });

  it('stretches boxes only to their limit: past ratio 1 the glue alone takes the rest', () => {
    // 6 pt of stretch, 2 of them in boxes: 6 pt short is r = 1 for both; 10 pt short leaves 8 pt for 4 pt of glue.
    expect(adjustmentRatio(6, 6, 0, 2, 2)).toBe(1);
    expect(adjustmentRatio(3, 6, 0, 2, 2)).toBe(0.5);
    expect(adjustmentRatio(10, 6, 0, 2, 2)).toBe(2);
    expect(adjustmentRatio(10, 6, 0, 2, 6)).toBe(Infinity);
  });

  it('rates a line with box stretch by its spaces, so a break that loosens them past the limit costs more', () => {
    // Two words with 4 pt of letter-spacing stretch each and a space with 2 pt: 12 pt short, the words give their
    // 8 pt and the space the other 4 pt, so r = 4 / 2 = 2 (not 12 / 10).
    const items = [box(40, 4, 0), glue(5, 2, 1), box(40, 4, 0), ...paragraphEnd()];
    expect(lineRatio(measureLine(items, -1, 3), 85 + 12)).toBe(2);
  });

  it('rates badness as 100·|r|³, capped at 10000', () => {
    expect(badness(0.5)).toBe(12.5);
    expect(badness(-1)).toBe(100);
    expect(badness(5)).toBe(10000);
    expect(badness(Infinity)).toBe(10000);
  });

  it('puts ratios in the fitness classes of Knuth & Plass', () => {
    expect([-0.51, -0.5, 0.5, 0.51, 1, 1.01].map(fitnessClass)).toEqual([0, 1, 1, 2, 2, 3]);
  });
});
