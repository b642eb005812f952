import { describe, expect, it } from 'vitest';
import {
  box,
  breakParagraph,
  glue,
  isForcedBreak,
  isLegalBreak,
  lineRatio,
  measureLine,
  paragraphEnd,
  penalty,
  settingRatio,
  type BreakOptions,
  type BreakResult,
  type Item,
} from '../../src/linebreak/index.js';
import { seededRandom } from '../seededRandom.js';

interface Shape {
  maxWords: number;
  maxSyllables: number;
  /** Chance that a word is far wider than any line. */
  overlongChance: number;
  /** Chance of a forced line end (fil glue and a forced break) between words. */
  forcedChance: number;
}

function randomParagraph(random: () => number, shape: Shape): Item[] {
  const items: Item[] = [];
  const wordCount = 1 + Math.floor(random() * shape.maxWords);
  for (let word = 0; word < wordCount; word++) {
    if (word > 0) {
      const roll = random();
      if (roll < shape.forcedChance) items.push(glue(0, Infinity, 0), penalty(0, -Infinity));
      else if (roll < shape.forcedChance + 0.05) items.push(penalty(0, Math.round(random() * 300 - 150)));
      else items.push(glue(3 + random() * 4, random() * 4, random() * 2));
    }
    const syllables = 1 + Math.floor(random() * shape.maxSyllables);
    for (let syllable = 0; syllable < syllables; syllable++) {
      if (syllable > 0) items.push(penalty(4, 50, true));
      items.push(box(random() < shape.overlongChance ? 300 : 5 + random() * 30));
    }
  }
  return [...items, ...paragraphEnd()];
}

function randomOptions(random: () => number): BreakOptions {
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)]!;
  // Like a column: its first lines beside a drop cap or a picture, then one measure.
  const widths = Array.from({ length: 1 + Math.floor(random() * 6) }, () => 60 + Math.floor(random() * 100));
  return {
    widthAt: (line) => widths[Math.min(line, widths.length - 1)]!,
    tolerance: pick([100, 200, 400]),
    looseness: pick([0, 0, -1, 1]),
    maxConsecutiveHyphens: pick([Infinity, 1, 2]),
    emergencyRatio: pick([0, 6]),
    fitnessDemerits: pick([0, 10000]),
  };
}

/** Every property a result must have, whatever the input: the ones it lacks, described. */
function problemsOf(items: readonly Item[], options: BreakOptions, result: BreakResult): string[] {
  const { breaks, overfullLines, pass } = result;
  const problems: string[] = [];
  const check = (holds: boolean, problem: string): void => {
    if (!holds) problems.push(problem);
  };
  check(breaks.at(-1)?.position === items.length - 1, 'the last break is not the final forced break');
  const positions = new Set(breaks.map((lineBreak) => lineBreak.position));
  items.forEach((item, index) => check(!isForcedBreak(item) || positions.has(index), `forced break ${index} skipped`));
  let previous = -1;
  let hyphenRun = 0;
  breaks.forEach((lineBreak, line) => {
    const { position, start, ratio, flagged } = lineBreak;
    check(position > previous, `line ${line}: break ${position} does not follow ${previous}`);
    check(isLegalBreak(items, position), `line ${line}: ${position} is not a legal break`);
    const measure = measureLine(items, previous, position);
    check(start === measure.start, `line ${line}: starts at ${start}, not ${measure.start}`);
    const expectedRatio = settingRatio(lineRatio(measure, options.widthAt(line)));
    check(Math.abs(ratio - expectedRatio) < 1e-6, `line ${line}: ratio ${ratio}, measured ${expectedRatio}`);
    check(ratio >= -1 - 1e-9 || overfullLines.includes(line), `line ${line}: ratio ${ratio} but not overfull`);
    const badness = 100 * Math.abs(ratio) ** 3;
    const forced = isForcedBreak(items[position]);
    check(pass !== 'first' || forced || badness <= options.tolerance! + 1e-6, `line ${line}: badness ${badness}`);
    hyphenRun = flagged ? hyphenRun + 1 : 0;
    check(pass === 'overfull' || hyphenRun <= options.maxConsecutiveHyphens!, `line ${line}: ${hyphenRun} hyphens`);
    previous = position;
  });
  check(pass === 'overfull' || overfullLines.length === 0, `overfull lines in pass ${pass}`);
  return problems;
}

interface OracleOptions {
  widthAt(line: number): number;
  tolerance: number;
  linePenalty: number;
  adjacentHyphenDemerits: number;
  finalHyphenDemerits: number;
  fitnessDemerits: number;
  maxConsecutiveHyphens: number;
}

/**
 * The fewest demerits of any first-pass breaking, by trying them all: an oracle written from the rules, apart
 * from the search, for paragraphs with few breakpoints.
 */
function fewestDemerits(items: readonly Item[], options: OracleOptions): number {
  const end = items.length - 1;
  const legal = items.map((_, index) => index).filter((index) => isLegalBreak(items, index));
  let best = Infinity;
  const visit = (from: number, line: number, fitness: number, flagged: boolean, run: number, total: number): void => {
    for (const to of legal) {
      if (to <= from) continue;
      const forced = isForcedBreak(items[to]);
      const measure = measureLine(items, from, to);
      const empty = measure.start === to;
      if (measure.start > to || (empty && from >= 0 && !isForcedBreak(items[from]))) continue;
      const shortfall = options.widthAt(line) - measure.naturalWidthPt;
      let ratio = 0;
      if (shortfall > 1e-9 && measure.infiniteStretchCount === 0) ratio = shortfall / measure.stretchPt;
      if (shortfall < -1e-9) ratio = shortfall / measure.shrinkPt;
      const lineBadness = Math.min(10000, 100 * Math.abs(ratio) ** 3);
      const item = items[to]!;
      const toFlagged = to !== end && item.type === 'penalty' && item.flagged;
      const toRun = toFlagged ? run + 1 : 0;
      const feasible =
        ratio >= -1 - 1e-9 &&
        (forced || (Number.isFinite(ratio) && lineBadness <= options.tolerance)) &&
        toRun <= options.maxConsecutiveHyphens;
      if (feasible) {
        const toFitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
        let demerits = (options.linePenalty + lineBadness) ** 2;
        if (item.type === 'penalty' && !forced) demerits += Math.sign(item.cost) * item.cost ** 2;
        if (flagged && to === end) demerits += options.finalHyphenDemerits;
        else if (flagged && toFlagged) demerits += options.adjacentHyphenDemerits;
        if (Math.abs(toFitness - fitness) > 1) demerits += options.fitnessDemerits;
        if (to === end) best = Math.min(best, total + demerits);
        else visit(to, line + 1, toFitness, toFlagged, toRun, total + demerits);
      }
      if (forced) return;
    }
  };
  visit(-1, 0, 1, false, 0, 0);
  return best;
}

describe('breakParagraph on random paragraphs', () => {
  it('always returns a complete, consistent breaking', () => {
    const random = seededRandom(20240611);
    const shape = { maxWords: 60, maxSyllables: 3, overlongChance: 0.02, forcedChance: 0.04 };
    const passes = new Set<string>();
    for (let trial = 0; trial < 400; trial++) {
      const items = randomParagraph(random, shape);
      const options = randomOptions(random);
      const result = breakParagraph(items, options);
      passes.add(result.pass);
      const problems = problemsOf(items, options, result);
      if (problems.length > 0) expect.fail(`trial ${trial}: ${problems.join('; ')}`);
    }
    expect([...passes].sort()).toEqual(['emergency', 'first', 'overfull', 'second']);
  });

  it('finds the breaking with the fewest demerits', () => {
    const random = seededRandom(7);
    const shape = { maxWords: 7, maxSyllables: 2, overlongChance: 0, forcedChance: 0.1 };
    let solved = 0;
    for (let trial = 0; trial < 400; trial++) {
      const items = randomParagraph(random, shape);
      const widths = [50 + random() * 50, 50 + random() * 50, 50 + random() * 50];
      const options = {
        widthAt: (line: number) => widths[Math.min(line, 2)]!,
        tolerance: 400,
        linePenalty: 10,
        adjacentHyphenDemerits: 3000,
        finalHyphenDemerits: 5000,
        fitnessDemerits: 10000,
        maxConsecutiveHyphens: 1,
      };
      const expected = fewestDemerits(items, options);
      const result = breakParagraph(items, { ...options, secondPassTolerance: 400 });
      if (expected === Infinity) {
        expect(result.pass).not.toBe('first');
      } else {
        expect(result.pass).toBe('first');
        expect(result.totalDemerits).toBeCloseTo(expected, 6);
        solved++;
      }
    }
    expect(solved).toBeGreaterThan(150);
  });
});
