import { describe, expect, it } from 'vitest';
import { box, breakParagraph, glue, paragraphEnd, type Item } from '../../src/linebreak/index.js';

/**
 * When a paragraph needs the emergency stretch, the breaker still rates each line by how loose it will really be
 * (its own stretch, badness not capped at 10000), so it spreads the looseness instead of leaving one gaping line.
 * Checked by brute force on small paragraphs: the chosen breaking has the least total of (linePenalty + 100·|r|³)²
 * over the line ratios it will be set with, among all breakings whose lines have ratios from -1 to the emergency
 * ratio (a limit on each line's own ratio, so that a line with few spaces is not favoured).
 */

const SPACE = { widthPt: 6, stretchPt: 2, shrinkPt: 1 };
const MEASURE_PT = 100;
const EMERGENCY_RATIO = 12;
const LINE_PENALTY = 10;

function paragraphOf(widthsPt: readonly number[]): Item[] {
  const items: Item[] = [];
  widthsPt.forEach((widthPt, index) => {
    if (index > 0) items.push(glue(SPACE.widthPt, SPACE.stretchPt, SPACE.shrinkPt));
    items.push(box(widthPt));
  });
  return [...items, ...paragraphEnd()];
}

/** Lines of words [from, to) for every way to break between words; the last line is the paragraph's last. */
function* breakings(wordCount: number): Generator<number[]> {
  for (let mask = 0; mask < 1 << (wordCount - 1); mask++) {
    const ends: number[] = [];
    for (let gap = 0; gap < wordCount - 1; gap++) if (mask & (1 << gap)) ends.push(gap + 1);
    yield [...ends, wordCount];
  }
}

/** Real ratio of a line of words, and whether the emergency pass admits it (ratio from -1 to the emergency ratio). */
function rateLine(widthsPt: readonly number[]): { ratio: number; admitted: boolean } {
  const naturalPt = widthsPt.reduce((sum, width) => sum + width, 0) + SPACE.widthPt * (widthsPt.length - 1);
  const stretchPt = SPACE.stretchPt * (widthsPt.length - 1);
  const shrinkPt = SPACE.shrinkPt * (widthsPt.length - 1);
  const slackPt = MEASURE_PT - naturalPt;
  if (slackPt < 0) {
    const ratio = shrinkPt > 0 ? slackPt / shrinkPt : -Infinity;
    return { ratio, admitted: ratio >= -1 };
  }
  const ratio = stretchPt > 0 ? slackPt / stretchPt : Infinity;
  return { ratio, admitted: ratio <= EMERGENCY_RATIO };
}

function cost(ratio: number): number {
  const badness = Number.isFinite(ratio) ? 100 * Math.abs(ratio) ** 3 : 1e8;
  return (LINE_PENALTY + badness) ** 2;
}

describe('breakParagraph: the emergency pass rates lines by their real looseness', () => {
  it('chooses the evenest admissible breaking on small paragraphs that need emergency stretch', () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let checked = 0;
    for (let trial = 0; trial < 3000 && checked < 40; trial++) {
      const widths = Array.from({ length: 6 }, () => 20 + Math.round(random() * 40));
      const result = breakParagraph(paragraphOf(widths), { widthAt: () => MEASURE_PT, emergencyRatio: EMERGENCY_RATIO, fitnessDemerits: 0 });
      if (result.pass !== 'emergency') continue;
      checked++;
      let best = Infinity;
      for (const ends of breakings(widths.length)) {
        let total = 0;
        let start = 0;
        let admissible = true;
        ends.forEach((end, lineIndex) => {
          const isLast = lineIndex === ends.length - 1;
          const line = rateLine(widths.slice(start, end));
          if (isLast) {
            if (line.ratio < -1) admissible = false;
            total += LINE_PENALTY ** 2;
          } else {
            if (!line.admitted) admissible = false;
            total += cost(line.ratio);
          }
          start = end;
        });
        if (admissible) best = Math.min(best, total);
      }
      expect(result.totalDemerits).toBeCloseTo(best, -2);
    }
    expect(checked).toBeGreaterThan(10);
  });
});
