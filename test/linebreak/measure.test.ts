import { describe, expect, it } from 'vitest';
import { box, glue, measureLine, lineRatio, paragraphEnd, penalty } from '../../src/linebreak/index.js';
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
      infiniteStretchCount: 0,
      shrinkPt: 2,
    });
  });

  it('drops glue and unforced penalties after the previous break', () => {
    expect(measureLine(items, 5, 11)).toMatchObject({ start: 8, naturalWidthPt: 10, infiniteStretchCount: 1 });
  });

  it('gives the ratio to set a line with', () => {
    expect(lineRatio(measureLine(items, -1, 3), 64)).toBe(1);
    expect(lineRatio(measureLine(items, -1, 3), 60)).toBe(-0.5);
    expect(lineRatio(measureLine(items, 5, 11), 100)).toBe(0);
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
