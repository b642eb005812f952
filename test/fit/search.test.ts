import { describe, expect, it } from 'vitest';
import type { FitScore } from '../../src/fit/score.js';
import { searchLayout, type SearchPlan, type Values } from '../../src/fit/search.js';

/** A synthetic page: one rule sets two column ends, four at one measure only; line ends grow as the size nears 9.6. */
function scoreOf([rule, indent, width, size, spacing]: Values): FitScore {
  const columnsMatch = rule === 'allow' && indent === 0.5 ? (width === 36.8 ? 4 : 2) : 1;
  const lineEnds = 100 - Math.round(Math.abs(Number(size) - 9.6) * 100) - (spacing === 50 ? 0 : 1);
  return { columnEnds: { matching: columnsMatch, total: 5 }, lineEnds: { matching: lineEnds, total: 100 }, oversetWords: 0, columnEndDistance: 0 };
}

const plan: SearchPlan = {
  candidates: [
    ['avoid', 'allow'],
    [1, 0, 0.5],
    [37, 36.8, 36.9, 37.1],
    [9.5, 9.4, 9.6, 9.7],
    [33, 50, 75],
  ],
  grid: [0, 1],
  presets: [],
  line: [2, 3],
  keep: 2,
};

describe('searchLayout', () => {
  it('finds the column rule and then the measure that no single change reaches, then tunes the rest', () => {
    const result = searchLayout(['avoid', 1, 37, 9.5, 33], plan, scoreOf, 1000)!;
    expect(result.values).toEqual(['allow', 0.5, 36.8, 9.6, 50]);
    expect(result.stoppedBy).toBe('converged');
    expect(result.stages.map((stage) => stage.name)).toEqual(['grid', 'line search', 'descent']);
  });

  it('keeps the start on a tie: a setting that is no better is not a change', () => {
    const flat = (): FitScore => ({ columnEnds: { matching: 1, total: 5 }, lineEnds: null, oversetWords: 0, columnEndDistance: 0 });
    expect(searchLayout(['avoid', 1, 37, 9.5, 33], plan, flat, 1000)?.values).toEqual(['avoid', 1, 37, 9.5, 33]);
  });

  it('stops at the budget with the best found so far, the same every time', () => {
    let calls = 0;
    const counted = (values: Values): FitScore => (calls++, scoreOf(values));
    const result = searchLayout(['avoid', 1, 37, 9.5, 33], plan, counted, 5)!;
    expect(calls).toBe(5);
    expect(result.stoppedBy).toBe('budget');
    expect(searchLayout(['avoid', 1, 37, 9.5, 33], plan, scoreOf, 5)?.values).toEqual(result.values);
  });

  it('tries the grid from each preset too: settings that only pay when changed together', () => {
    // The line ends are best with spacing 75 and size 9.4 together; either alone is worse than the start.
    const coupled = (values: Values): FitScore => {
      const [, , , size, spacing] = values;
      const together = size === 9.4 && spacing === 75 ? 120 : size === 9.4 || spacing === 75 ? 90 : 100;
      return { columnEnds: { matching: 1, total: 5 }, lineEnds: { matching: together, total: 120 }, oversetWords: 0, columnEndDistance: 0 };
    };
    const start: Values = ['avoid', 1, 37, 9.5, 33];
    expect(searchLayout(start, plan, coupled, 1000)?.values).toEqual(start);
    const withPreset = { ...plan, presets: [new Map([[3, 9.4], [4, 75]])] };
    expect(searchLayout(start, withPreset, coupled, 1000)?.values).toEqual(['avoid', 1, 37, 9.4, 75]);
  });

  it('gives nothing when the start is not a valid layout', () => {
    expect(searchLayout(['avoid', 1, 37, 9.5, 33], plan, () => null, 1000)).toBeNull();
  });

  it('skips candidates that are not valid layouts', () => {
    const someInvalid = (values: Values): FitScore | null => (values[2] === 36.8 ? null : scoreOf(values));
    expect(searchLayout(['avoid', 1, 37, 9.5, 33], plan, someInvalid, 1000)?.values[2]).not.toBe(36.8);
  });
});
