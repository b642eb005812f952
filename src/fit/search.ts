import type { ParameterValue } from './parameters.js';
import { compareScores, type FitScore } from './score.js';

export type Values = readonly ParameterValue[];

/** What one stage of the search did with its share of the budget. */
export interface StageReport {
  name: string;
  evaluations: number;
  timeMs: number;
}

export interface SearchResult {
  startScore: FitScore;
  values: Values;
  score: FitScore;
  stages: StageReport[];
  stoppedBy: 'converged' | 'budget';
}

/** The search space: per parameter, the values to try (the start's first); `grid` and `line` name parameters by index. */
export interface SearchPlan {
  candidates: readonly (readonly ParameterValue[])[];
  /** Parameters tried in every combination first: the few discrete choices that move whole lines between columns. */
  grid: readonly number[];
  /**
   * Other settings the grid is also tried from, each changing several parameters (by index) at once: ways of setting
   * text that differ in many lines, which no single change reaches from the start.
   */
  presets: readonly ReadonlyMap<number, ParameterValue>[];
  /** Parameters searched one after the other from each of the best grid points: the measure and the size. */
  line: readonly number[];
  /** How many of the best grid points are followed further. */
  keep: number;
}

class BudgetSpent extends Error {}

/**
 * A deterministic search in three stages, each composing candidates through `evaluate` (null: not a valid layout):
 * every combination of the grid parameters, from the start and from each preset; from the `keep` best of them, a line search over the `line`
 * parameters; from the best so far, coordinate descent over all parameters (every value of each, the others held,
 * a value kept only when strictly better, so ties keep what the layout had) until a round changes nothing.
 * The grid finds the column rules a greedy search cannot reach one change at a time (column ends move in steps);
 * the descent then tunes single breaks. Stops wherever the budget of compositions runs out, with the best so far.
 */
export function searchLayout(start: Values, plan: SearchPlan, evaluate: (values: Values) => FitScore | null, budget: number): SearchResult | null {
  const scores = new Map<string, FitScore | null>();
  let evaluations = 0;
  const score = (values: Values): FitScore | null => {
    const key = JSON.stringify(values);
    if (scores.has(key)) return scores.get(key)!;
    if (evaluations >= budget) throw new BudgetSpent();
    evaluations++;
    const result = evaluate(values);
    scores.set(key, result);
    return result;
  };
  const startScore = score(start);
  if (startScore === null) return null;
  let best = { values: start, score: startScore };
  const consider = (values: Values): boolean => {
    const candidate = score(values);
    if (candidate === null || compareScores(candidate, best.score) <= 0) return false;
    best = { values, score: candidate };
    return true;
  };
  const stages: StageReport[] = [];
  const stage = (name: string, run: () => void): void => {
    const [before, startedAt] = [evaluations, performance.now()];
    try {
      run();
    } finally {
      stages.push({ name, evaluations: evaluations - before, timeMs: performance.now() - startedAt });
    }
  };
  const with1 = (values: Values, index: number, value: ParameterValue): Values => values.map((current, i) => (i === index ? value : current));
  /** One round over `indices` from `from`, keeping improvements over the best; true if any. */
  const descendOnce = (indices: readonly number[]): boolean => {
    let improved = false;
    for (const index of indices) {
      const from = best.values;
      for (const value of plan.candidates[index]!) if (value !== from[index] && consider(with1(best.values, index, value))) improved = true;
    }
    return improved;
  };

  let stoppedBy: SearchResult['stoppedBy'] = 'converged';
  try {
    const gridPoints: { values: Values; score: FitScore }[] = [];
    stage('grid', () => {
      const froms = [start, ...plan.presets.map((preset) => start.map((value, index) => (preset.has(index) ? preset.get(index)! : value)))];
      for (const values of froms.flatMap((from) => combinations(from, plan.grid, plan.candidates))) {
        const result = score(values);
        if (result !== null) gridPoints.push({ values, score: result });
        consider(values);
      }
    });
    stage('line search', () => {
      const followed = [...gridPoints].sort((a, b) => compareScores(b.score, a.score)).slice(0, plan.keep);
      for (const point of followed) {
        // Each followed point is searched from itself, then compared with the best overall.
        const saved = best;
        best = point;
        descendOnce(plan.line);
        const found = best;
        best = compareScores(found.score, saved.score) > 0 ? found : saved;
      }
    });
    const all = plan.candidates.map((_, index) => index);
    stage('descent', () => {
      while (descendOnce(all));
    });
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error;
    stoppedBy = 'budget';
  }
  return { startScore, values: best.values, score: best.score, stages, stoppedBy };
}

/** Every combination of the values of the parameters at `indices`, the others as in `start`, in a fixed order. */
function combinations(start: Values, indices: readonly number[], candidates: readonly (readonly ParameterValue[])[]): Values[] {
  let points: Values[] = [start];
  for (const index of indices) {
    points = points.flatMap((point) => candidates[index]!.map((value) => point.map((current, i) => (i === index ? value : current))));
  }
  return points;
}
