import type { QualityNumbers } from './types.js';

/** A goal for one number of the report and whether a set of numbers meets it. */
export interface TargetCheck {
  /** Which number: `sd`, `max`, `wideLines`, `hyphenRun`, `hyphenShare`. */
  key: 'sd' | 'max' | 'wideLines' | 'hyphenRun' | 'hyphenShare';
  /** The goal in the unit of its table column (em for spaces): `≤ 0.08`, `< 20 %`, `none`. */
  goal: string;
  met: boolean;
}

/** What good justified newspaper text achieves; the engine is measured against these. */
export const QUALITY_TARGETS = {
  maxSdEm: 0.08,
  maxSpaceEm: 0.5,
  maxLinesWithWideSpace: 0,
  maxHyphenRun: 2,
  /** Strictly less than this share of body lines. */
  hyphenShareBelow: 0.2,
} as const;

export function checkQualityTargets(numbers: QualityNumbers): TargetCheck[] {
  const targets = QUALITY_TARGETS;
  return [
    { key: 'sd', goal: `≤ ${targets.maxSdEm}`, met: numbers.spaces.sdEm <= targets.maxSdEm },
    // Judged on the figures as measured: a line is wide whatever made it so (the report says why, apart).
    { key: 'max', goal: `≤ ${targets.maxSpaceEm}`, met: numbers.spaces.maxEm <= targets.maxSpaceEm },
    { key: 'wideLines', goal: 'none', met: numbers.linesWithSpaceAbove05Em.count <= targets.maxLinesWithWideSpace },
    { key: 'hyphenRun', goal: `≤ ${targets.maxHyphenRun}`, met: numbers.longestHyphenRun <= targets.maxHyphenRun },
    { key: 'hyphenShare', goal: `< ${targets.hyphenShareBelow * 100} %`, met: numbers.hyphenatedShare < targets.hyphenShareBelow },
  ];
}
