import { describe, expect, it } from 'vitest';
import {
  box,
  breakParagraph,
  glue,
  paragraphEnd,
  penalty,
  type BreakResult,
  type Item,
} from '../../src/linebreak/index.js';

const positions = (result: BreakResult): number[] => result.breaks.map((lineBreak) => lineBreak.position);
const ratios = (result: BreakResult): number[] => result.breaks.map((lineBreak) => lineBreak.ratio);
const constant = (widthPt: number) => () => widthPt;

/** Boxes of the given widths separated by `space`, ended as TeX ends a paragraph. */
function words(widthsPt: readonly number[], space: () => Item): Item[] {
  const items: Item[] = [];
  widthsPt.forEach((widthPt, index) => {
    if (index > 0) items.push(space());
    items.push(box(widthPt));
  });
  return [...items, ...paragraphEnd()];
}

describe('breakParagraph: breaks', () => {
  it('breaks at a forced break and starts the next line after it', () => {
    const space = () => glue(10, 5, 3);
    // 0 box, 1 glue, 2 box, 3 fil, 4 forced, 5 box, 6 glue, 7 box, 8-10 end
    const items = [box(30), space(), box(30), glue(0, Infinity, 0), penalty(0, -Infinity), ...words([30, 30], space)];
    const result = breakParagraph(items, { widthAt: constant(100) });

    expect(positions(result)).toEqual([4, 10]);
    expect(result.breaks.map((lineBreak) => lineBreak.start)).toEqual([0, 5]);
    expect(ratios(result)).toEqual([0, 0]);
    expect(result.pass).toBe('first');
  });

  it('accepts a forced break whatever the badness of its line', () => {
    // "30 + 10 + 30" in 100 with 5 of stretch: r = 30 / 5 = 6, far beyond tolerance.
    const items = [box(30), glue(10, 5, 3), box(30), penalty(0, -Infinity), ...words([30], () => glue(10, 5, 3))];
    const result = breakParagraph(items, { widthAt: constant(100) });

    expect(positions(result)).toEqual([3, 7]);
    expect(ratios(result)[0]).toBeCloseTo(6, 9);
    expect(result.pass).toBe('first');
  });

  it('makes a blank line between two forced breaks', () => {
    const items = [box(40), penalty(0, -Infinity), penalty(0, -Infinity), ...words([40], () => glue(10, 5, 3))];
    const result = breakParagraph(items, { widthAt: constant(40) });

    expect(positions(result)).toEqual([1, 2, 6]);
    expect(result.breaks[1]!.start).toBe(2);
  });

  it('leaves a line empty after an unforced break only as a last resort', () => {
    // 0 box 40, 1 glue, 2 forced; measure 40. "40" fits at the glue, but the forced break would then end an
    // empty line; ending there instead puts the rigid space on the line, 10 too long.
    const items = [box(40), glue(10, 5, 0), penalty(0, -Infinity)];
    const result = breakParagraph(items, { widthAt: constant(40) });

    expect(result.pass).toBe('overfull');
    expect(positions(result)).toEqual([1, 2]);
    expect(result.overfullLines).toEqual([]);
  });

  it('drops glue and penalties after a break from the next line', () => {
    // 0 box 40, 1 glue, 2 penalty 0, 3 glue, 4 box 40, 5-7 end: the first line is "40" exactly.
    const items = [box(40), glue(10, 5, 3), penalty(0, 0), glue(10, 5, 3), box(40), ...paragraphEnd()];
    const result = breakParagraph(items, { widthAt: constant(40) });

    expect(positions(result)).toEqual([1, 7]);
    expect(result.breaks[1]!.start).toBe(4);
    expect(ratios(result)).toEqual([0, 0]);
  });

  it('follows per-line widths', () => {
    // Six words of 20 with spaces of 5: four words make 95, two make 45.
    const items = words([20, 20, 20, 20, 20, 20], () => glue(5, 5, 2));

    expect(positions(breakParagraph(items, { widthAt: constant(95) }))).toEqual([7, 13]);
    expect(positions(breakParagraph(items, { widthAt: (line) => (line === 0 ? 45 : 95) }))).toEqual([3, 13]);
  });

  it('ends a list without a final forced break after its last item', () => {
    // "30 + 10 + 30" in 100, 30 short with 5 of stretch: the implicit final break is forced, so r = 6 is fine.
    const items = [box(30), glue(10, 5, 3), box(30)];
    const result = breakParagraph(items, { widthAt: constant(100) });

    expect(positions(result)).toEqual([3]);
    expect(ratios(result)[0]).toBeCloseTo(6, 9);
  });
});

describe('breakParagraph: stretchable boxes', () => {
  it('counts the stretch and shrink of boxes (letter-spacing) with the glue', () => {
    // 40 + 10 + 40 = 90 in a 100 pt line: glue alone (stretch 5) gives r = 2; boxes add 2 × 2.5.
    const plain = breakParagraph([box(40), glue(10, 5, 2), box(40), ...paragraphEnd()], { widthAt: constant(100), tolerance: 10000 });
    const spaced = breakParagraph([box(40, 2.5, 1), glue(10, 5, 2), box(40, 2.5, 1), ...paragraphEnd()], { widthAt: constant(100) });
    expect(plain.breaks[0]!.ratio).toBe(0);
    expect(spaced.breaks[0]!.ratio).toBe(0);
    const twoLines = [box(40, 2.5, 1), glue(10, 5, 2), box(40, 2.5, 1), glue(10, 5, 2), box(40, 2.5, 1), ...paragraphEnd()];
    const result = breakParagraph(twoLines, { widthAt: constant(100) });
    expect(result.breaks[0]!.ratio).toBeCloseTo(10 / 10, 6);
    expect(result.breaks[0]!.position).toBe(3);
  });

  it('rejects non-finite or negative box stretch', () => {
    expect(() => breakParagraph([box(10, -1, 0), ...paragraphEnd()], { widthAt: constant(100) })).toThrow(RangeError);
    expect(() => breakParagraph([box(10, 0, Infinity), ...paragraphEnd()], { widthAt: constant(100) })).toThrow(RangeError);
  });
});

describe('breakParagraph: ragged right', () => {
  // Knuth & Plass's ragged-right spaces: stretch only at a line end, taken back when the line goes on.
  const raggedSpace = (): Item[] => [glue(0, 18, 0), penalty(0, 0), glue(6, -18, 0)];
  const raggedWords = (widthsPt: readonly number[]): Item[] =>
    widthsPt.flatMap((widthPt, index) => (index > 0 ? [...raggedSpace(), box(widthPt)] : [box(widthPt)])).concat(paragraphEnd());

  it('rates each line by its own gap, whatever the number of spaces on it', () => {
    // 40+6+40 = 86 fits a 100 pt line with 14 pt to spare; 3 words would need 132.
    const result = breakParagraph(raggedWords([40, 40, 40, 40]), { widthAt: constant(100) });
    expect(result.breaks).toHaveLength(2);
    expect(ratios(result)[0]).toBeCloseTo(14 / 18, 6);
  });
});

describe('breakParagraph: demerits', () => {
  it('adds the square of a positive penalty to the demerits and subtracts that of a negative one', () => {
    // 0 box 45, 1 glue, 2 box 45, 3 penalty, 4 glue, 5 box 45, 6 glue, 7 box 45, 8-10 end; measure 100.
    // "45 45" ending at the penalty fits exactly (10²); then "45 45" and fil (10²).
    const space = () => glue(10, 10, 5);
    const withPenalty = (cost: number): Item[] => [
      box(45), space(), box(45), penalty(0, cost), space(), box(45), space(), box(45), ...paragraphEnd(),
    ];
    for (const cost of [100, -100]) {
      const result = breakParagraph(withPenalty(cost), { widthAt: constant(100) });
      expect(positions(result)).toEqual([3, 10]);
      expect(result.totalDemerits).toBe(10 ** 2 + Math.sign(cost) * cost ** 2 + 10 ** 2);
    }
  });

  it('pays fitnessDemerits for a tight line next to a loose one', () => {
    // 0 box 40, 1 glue, 2 box 26, 3 glue, 4 box 14, 5 glue, 6 box 40, 7 glue, 8 box 41, 9 glue, 10 box 30,
    // 11-13 end; measure 100. Two breakings are feasible:
    // A: "40 26" loose (r = 24/40 = 0.6), "14 40 41" tight (r = −15/25 = −0.6): 2 · 31.6² ≈ 1997, plus a jump;
    // B: "40 26 14" exact, "40 41" loose (r = 9/10 = 0.9): 10² + 82.9² ≈ 6972; both end with "30" (10²).
    const items = [
      box(40), glue(10, 40, 2), box(26), glue(10, 5, 2), box(14), glue(10, 5, 15), box(40), glue(10, 10, 10),
      box(41), glue(10, 5, 2), box(30), ...paragraphEnd(),
    ];
    const jumpy = breakParagraph(items, { widthAt: constant(100), fitnessDemerits: 0 });
    expect(positions(jumpy)).toEqual([3, 9, 13]);
    expect(ratios(jumpy)).toEqual([0.6, -0.6, 0]);

    const smooth = breakParagraph(items, { widthAt: constant(100) });
    expect(positions(smooth)).toEqual([5, 9, 13]);
    expect(smooth.totalDemerits).toBeCloseTo(100 + (10 + 72.9) ** 2 + 100, 6);
  });
});

describe('breakParagraph: looseness', () => {
  // Ten words of 20, spaces 5 + 10 − 6, measure 100. Four words: r = 5/30 (badness 0.5); five: r = −20/24
  // (badness 58); three: r = 30/20 = 1.5 (badness 338, only in the second pass). Optimum 4 + 4 + 2.
  const items = words(Array<number>(10).fill(20), () => glue(5, 10, 6));
  const lineCount = (looseness: number) => breakParagraph(items, { widthAt: constant(100), looseness });

  it('finds the optimum of three lines', () => {
    const result = lineCount(0);
    expect(positions(result)).toEqual([7, 15, 21]);
    expect(result.pass).toBe('first');
  });

  it('sets one line fewer with looseness -1', () => {
    const result = lineCount(-1);
    expect(positions(result)).toEqual([9, 21]);
    expect(result.pass).toBe('first');
  });

  it('sets one line more with looseness +1, looking in the second pass as TeX does', () => {
    const result = lineCount(1);
    expect(positions(result)).toEqual([5, 11, 17, 21]);
    expect(ratios(result)).toEqual([1.5, 1.5, 1.5, 0]);
    expect(result.pass).toBe('second');
  });

  it('gets as close as it can to an unreachable looseness', () => {
    expect(lineCount(2).breaks).toHaveLength(4);
  });
});

describe('breakParagraph: hyphens', () => {
  it('avoids a hyphen on the last full line when finalHyphenDemerits outweigh a looser line', () => {
    // 0 box 20, 1 glue, 2 box 20, 3 glue, 4 box 30, 5 hyphen, 6 box 30, 7-9 end; measure 95.
    // Hyphenated: "20 20 30-" fits exactly: 10² + 50² = 2600, then the last line 10² (+ final hyphen demerits).
    // Not: "20 20" stretched r = 45/54 (badness 58): 67.9² ≈ 4606, then 10².
    const space = () => glue(10, 54, 3);
    const items = [box(20), space(), box(20), space(), box(30), penalty(5, 50, true), box(30), ...paragraphEnd()];

    const avoided = breakParagraph(items, { widthAt: constant(95) });
    expect(positions(avoided)).toEqual([3, 9]);
    expect(ratios(avoided)[0]).toBeCloseTo(45 / 54, 9);
    expect(avoided.totalDemerits).toBeCloseTo((10 + 100 * (45 / 54) ** 3) ** 2 + 100, 6);

    const taken = breakParagraph(items, { widthAt: constant(95), finalHyphenDemerits: 0 });
    expect(positions(taken)).toEqual([5, 9]);
    expect(taken.breaks.map((lineBreak) => lineBreak.flagged)).toEqual([true, false]);
    expect(taken.totalDemerits).toBe(2600 + 100);
  });

  // 0 box 45, 1 glue, 2 box 40, 3 hyphen, 4 box 30, 5 glue, 6 box 30, 7 glue, 8 box 15, 9 hyphen, 10 box 25,
  // 11-13 end; measure 100. "45 40-" and "30 30 15-" both fit exactly; instead of the second hyphen, "30 30"
  // can stretch to r = 1 (badness 100).
  const space = () => glue(10, 30, 5);
  const items = [
    box(45), space(), box(40), penalty(5, 50, true), box(30), space(), box(30), space(),
    box(15), penalty(5, 50, true), box(25), ...paragraphEnd(),
  ];
  const noHyphenDemerits = { widthAt: constant(100), adjacentHyphenDemerits: 0, finalHyphenDemerits: 0 };

  it('hyphenates two lines in a row when nothing discourages it', () => {
    const result = breakParagraph(items, noHyphenDemerits);
    expect(positions(result)).toEqual([3, 9, 13]);
    expect(result.breaks.map((lineBreak) => lineBreak.flagged)).toEqual([true, true, false]);
  });

  it('avoids two hyphenated lines in a row with adjacentHyphenDemerits', () => {
    const result = breakParagraph(items, { ...noHyphenDemerits, adjacentHyphenDemerits: 10000 });
    expect(positions(result)).toEqual([3, 7, 13]);
  });

  it('keeps hyphens off the lines where hyphenAllowedAt says no', () => {
    // "aaaa-|bbbb" can only fit 50 pt lines by hyphenating; forbidding it on line 0 costs a looser line.
    const items: Item[] = [box(20), glue(5, 3, 2), box(20), penalty(3, 50, true), box(20), glue(5, 3, 2), box(20), ...paragraphEnd()];
    const free = breakParagraph(items, { widthAt: constant(48) });
    expect(free.breaks[0]!.flagged).toBe(true);
    const kept = breakParagraph(items, { widthAt: constant(48), hyphenAllowedAt: (line) => line !== 0 });
    expect(kept.breaks[0]!.flagged).toBe(false);
    expect(kept.breaks.every((lineBreak, line) => line !== 0 || !lineBreak.flagged)).toBe(true);
  });

  it('never exceeds maxConsecutiveHyphens', () => {
    const result = breakParagraph(items, { ...noHyphenDemerits, maxConsecutiveHyphens: 1 });
    expect(positions(result)).toEqual([3, 7, 13]);
    expect(ratios(result)).toEqual([0, 1, 0]);
    expect(result.pass).toBe('first');
  });
});

describe('breakParagraph: fallback passes', () => {
  // 0 box 50, 1 glue, 2 box 20, 3 glue, 4 box 50, 5-7 end; measure 100. The only possible first line is
  // "50 20", 20 short with 10 of stretch: r = 2, badness 800.
  const items = words([50, 20, 50], () => glue(10, 10, 0));

  it('raises the tolerance in a second pass', () => {
    const result = breakParagraph(items, { widthAt: constant(100) });
    expect(result.pass).toBe('second');
    expect(positions(result)).toEqual([3, 7]);
    expect(ratios(result)).toEqual([2, 0]);
  });

  it('then admits lines up to the emergency ratio', () => {
    // r = 2 is past a second-pass tolerance of 500 (r ≈ 1.71) but within an emergency ratio of 2.
    const result = breakParagraph(items, { widthAt: constant(100), secondPassTolerance: 500, emergencyRatio: 2 });
    expect(result.pass).toBe('emergency');
    expect(ratios(result)).toEqual([2, 0]);
    expect(breakParagraph(items, { widthAt: constant(100), secondPassTolerance: 500, emergencyRatio: 1.9 }).pass).toBe('overfull');
  });

  it('last accepts any underfull line, with no overfull line to report', () => {
    const result = breakParagraph(items, { widthAt: constant(100), secondPassTolerance: 500 });
    expect(result.pass).toBe('overfull');
    expect(positions(result)).toEqual([3, 7]);
    expect(result.overfullLines).toEqual([]);
  });

  it('puts an overlong word on a line of its own and reports that line', () => {
    // 0 box 30, 1 glue, 2 box 150, 3 glue, 4 box 30, 5-7 end; measure 100.
    const result = breakParagraph(words([30, 150, 30], () => glue(10, 5, 3)), { widthAt: constant(100) });
    expect(result.pass).toBe('overfull');
    expect(positions(result)).toEqual([1, 3, 7]);
    expect(result.overfullLines).toEqual([1]);
    expect(ratios(result)).toEqual([0, 0, 0]);
  });

  it('reports an overfull line whose shrink is used up, with its ratio below -1', () => {
    // Two words of 60 tied by a no-break space of 10 − 10: 130 in a measure of 100, r = −30 / 10 = −3.
    const items = [box(60), penalty(0, Infinity), glue(10, 5, 10), box(60), ...paragraphEnd()];
    const result = breakParagraph(items, { widthAt: constant(100) });
    expect(result.pass).toBe('overfull');
    expect(result.overfullLines).toEqual([0]);
    expect(positions(result)).toEqual([6]);
    expect(ratios(result)).toEqual([-3]);
  });

  it('sets a single overlong box as one overfull line', () => {
    const items = [box(150), ...paragraphEnd()];
    const result = breakParagraph(items, { widthAt: constant(100) });
    expect(result.breaks).toEqual([{ position: 3, start: 0, ratio: 0, flagged: false, demerits: expect.any(Number) }]);
    expect(result.overfullLines).toEqual([0]);
  });
});

describe('breakParagraph: edge cases', () => {
  it('returns no lines for an empty item list', () => {
    expect(breakParagraph([], { widthAt: constant(100) })).toEqual({
      breaks: [],
      pass: 'first',
      overfullLines: [],
      totalDemerits: 0,
    });
  });

  it('sets a paragraph with only its ending as one empty line', () => {
    const result = breakParagraph(paragraphEnd(), { widthAt: constant(100) });
    expect(positions(result)).toEqual([2]);
    expect(result.pass).toBe('first');
  });

  it('asks for each line width once', () => {
    const asked: number[] = [];
    breakParagraph(words(Array<number>(30).fill(20), () => glue(5, 10, 6)), {
      widthAt: (line) => {
        asked.push(line);
        return 100;
      },
    });
    expect(asked).toEqual([...new Set(asked)]);
  });

  it('throws RangeError on malformed items and options', () => {
    const widthAt = constant(100);
    expect(() => breakParagraph([glue(1, -Infinity, 0)], { widthAt })).toThrow(RangeError);
    expect(() => breakParagraph([glue(1, 1, Infinity)], { widthAt })).toThrow(RangeError);
    expect(() => breakParagraph([box(Number.NaN)], { widthAt })).toThrow(/item 0 \(box\)/);
    expect(() => breakParagraph([box(1)], { widthAt: () => Number.NaN })).toThrow(RangeError);
    expect(() => breakParagraph([box(1)], { widthAt, looseness: 0.5 })).toThrow(RangeError);
    expect(() => breakParagraph([box(1)], { widthAt, maxConsecutiveHyphens: -1 })).toThrow(RangeError);
  });
});
