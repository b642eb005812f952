import type { BreakOptions } from './types.js';

/** Options with every default filled in and checked. */
export interface ResolvedBreakOptions {
  tolerance: number;
  secondPassTolerance: number;
  looseness: number;
  linePenalty: number;
  adjacentHyphenDemerits: number;
  finalHyphenDemerits: number;
  fitnessDemerits: number;
  maxConsecutiveHyphens: number;
  emergencyRatio: number;
}

export const DEFAULT_BREAK_OPTIONS: Readonly<ResolvedBreakOptions> = {
  tolerance: 200,
  secondPassTolerance: 1000,
  looseness: 0,
  linePenalty: 10,
  adjacentHyphenDemerits: 10000,
  finalHyphenDemerits: 5000,
  fitnessDemerits: 10000,
  maxConsecutiveHyphens: Infinity,
  emergencyRatio: 0,
};

/** Fills in defaults. Bad values are programming errors, so they throw `RangeError`. */
export function resolveBreakOptions(options: BreakOptions): ResolvedBreakOptions {
  const settings: ResolvedBreakOptions = {
    tolerance: options.tolerance ?? DEFAULT_BREAK_OPTIONS.tolerance,
    secondPassTolerance: options.secondPassTolerance ?? DEFAULT_BREAK_OPTIONS.secondPassTolerance,
    looseness: options.looseness ?? DEFAULT_BREAK_OPTIONS.looseness,
    linePenalty: options.linePenalty ?? DEFAULT_BREAK_OPTIONS.linePenalty,
    adjacentHyphenDemerits: options.adjacentHyphenDemerits ?? DEFAULT_BREAK_OPTIONS.adjacentHyphenDemerits,
    finalHyphenDemerits: options.finalHyphenDemerits ?? DEFAULT_BREAK_OPTIONS.finalHyphenDemerits,
    fitnessDemerits: options.fitnessDemerits ?? DEFAULT_BREAK_OPTIONS.fitnessDemerits,
    maxConsecutiveHyphens: options.maxConsecutiveHyphens ?? DEFAULT_BREAK_OPTIONS.maxConsecutiveHyphens,
    emergencyRatio: options.emergencyRatio ?? DEFAULT_BREAK_OPTIONS.emergencyRatio,
  };
  requireAtLeastZero('tolerance', settings.tolerance);
  requireAtLeastZero('secondPassTolerance', settings.secondPassTolerance);
  requireAtLeastZero('emergencyRatio', settings.emergencyRatio);
  if (settings.emergencyRatio === Infinity) throw new RangeError('emergencyRatio must be finite');
  if (!Number.isInteger(settings.looseness)) throw new RangeError('looseness must be an integer');
  const cap = settings.maxConsecutiveHyphens;
  if (!(cap === Infinity || (Number.isInteger(cap) && cap >= 0))) {
    throw new RangeError('maxConsecutiveHyphens must be a whole number ≥ 0 or Infinity');
  }
  for (const name of ['linePenalty', 'adjacentHyphenDemerits', 'finalHyphenDemerits', 'fitnessDemerits'] as const) {
    if (!Number.isFinite(settings[name])) throw new RangeError(`${name} must be a finite number`);
  }
  return settings;
}

function requireAtLeastZero(name: string, value: number): void {
  if (!(value >= 0)) throw new RangeError(`${name} must be ≥ 0, got ${value}`);
}
