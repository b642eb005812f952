import { describe, expect, it } from 'vitest';
import { breakParagraph, type Item, type LineBreak } from '../../src/linebreak/index.js';
import { frogKingItems } from './frogKing.js';

/**
 * Knuth & Plass's optimum settings of the frog-king paragraph, *Digital Typography* p. 81 (390 units, the
 * measure given on p. 78) and p. 82 (500 units, given on p. 81), first line indented 1 em, no line looser than
 * r = 1 (tolerance 100). Lines and ratios (to 3 decimals) as tex-linebreak's test asserts them for these
 * figures (we could not check the book's pages ourselves); the last line there reads .049 / .353 only because
 * that test finishes with 1000 units of stretch instead of fil, so with true fil glue its ratio is 0.
 */
const NARROW_LINES = [
  'In olden times when wishing still helped one,',
  'there lived a king whose daughters were all beau-',
  'tiful; and the youngest was so beautiful that the',
  'sun itself, which has seen so much, was aston-',
  'ished whenever it shone in her face. Close by the',
  'king’s castle lay a great dark forest, and under an',
  'old lime-tree in the forest was a well, and when',
  'the day was very warm, the king’s child went out',
  'into the forest and sat down by the side of the',
  'cool fountain; and when she was bored she took a',
  'golden ball, and threw it up on high and caught',
  'it; and this ball was her favorite plaything.',
];
const NARROW_RATIOS = [0.857, 0, 0.28, 1, 0.067, -0.278, 0.536, -0.167, 0.7, -0.176, 0.357, 0];

const WIDE_LINES = [
  'In olden times when wishing still helped one, there lived a',
  'king whose daughters were all beautiful; and the youngest was',
  'so beautiful that the sun itself, which has seen so much, was',
  'astonished whenever it shone in her face. Close by the king’s',
  'castle lay a great dark forest, and under an old lime-tree in the',
  'forest was a well, and when the day was very warm, the king’s',
  'child went out into the forest and sat down by the side of the',
  'cool fountain; and when she was bored she took a golden ball,',
  'and threw it up on high and caught it; and this ball was her',
  'favorite plaything.',
];
const WIDE_RATIOS = [0.774, 0.179, 0.629, 0.545, 0, 0.079, 0.282, 0.294, 0.575, 0];

/** The text of each line: word pieces, a space per glue, a hyphen where a line ends at a hyphenation point. */
function lineTexts(items: readonly Item[], texts: readonly string[], breaks: readonly LineBreak[]): string[] {
  return breaks.map(({ start, position }) => {
    let line = '';
    for (let index = start; index < position; index++) {
      if (items[index]!.type !== 'penalty') line += texts[index];
    }
    const last = items[position];
    if (last?.type === 'penalty' && last.widthPt > 0) line += texts[position];
    return line;
  });
}

function expectRatios(breaks: readonly LineBreak[], expected: readonly number[]): void {
  expect(breaks.length).toBe(expected.length);
  breaks.forEach((lineBreak, index) => expect(lineBreak.ratio, `line ${index}`).toBeCloseTo(expected[index]!, 3));
}

describe('the frog-king paragraph of Knuth & Plass', () => {
  for (const { measure, lines, ratios } of [
    { measure: 390, lines: NARROW_LINES, ratios: NARROW_RATIOS },
    { measure: 500, lines: WIDE_LINES, ratios: WIDE_RATIOS },
  ]) {
    it(`sets ${measure} units with an indent box as published`, () => {
      const { items, texts } = frogKingItems(true);
      const result = breakParagraph(items, { widthAt: () => measure, tolerance: 100 });

      expect(result.pass).toBe('first');
      expect(result.overfullLines).toEqual([]);
      expect(lineTexts(items, texts, result.breaks)).toEqual(lines);
      expectRatios(result.breaks, ratios);
      expect(result.breaks.at(-1)!.position).toBe(items.length - 1);
    });

    it(`sets ${measure} units with a shorter first line instead of the indent box the same way`, () => {
      const { items, texts } = frogKingItems(false);
      const result = breakParagraph(items, {
        widthAt: (line) => (line === 0 ? measure - 18 : measure),
        tolerance: 100,
      });

      expect(lineTexts(items, texts, result.breaks)).toEqual(lines);
      expectRatios(result.breaks, ratios);
    });

    it(`gets the same breaks at ${measure} units with line penalty 1 and no hyphen or fitness demerits`, () => {
      const { items, texts } = frogKingItems(true);
      const result = breakParagraph(items, {
        widthAt: () => measure,
        tolerance: 100,
        linePenalty: 1,
        adjacentHyphenDemerits: 0,
        finalHyphenDemerits: 0,
        fitnessDemerits: 0,
      });

      expect(lineTexts(items, texts, result.breaks)).toEqual(lines);
    });
  }

  it('marks the lines that end at a hyphenation point as flagged', () => {
    const { items } = frogKingItems(true);
    const { breaks } = breakParagraph(items, { widthAt: () => 390, tolerance: 100 });

    expect(breaks.map((lineBreak) => lineBreak.flagged)).toEqual([
      false, true, false, true, false, false, false, false, false, false, false, false,
    ]);
  });
});
