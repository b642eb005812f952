import { describe, expect, it } from 'vitest';
import { checkQualityTargets, measureLayoutQuality, type QualityNumbers } from '../../src/metrics/index.js';
import { layoutOf, TWO_PAGE_STORY } from './fixtures.js';

const base = measureLayoutQuality(layoutOf(TWO_PAGE_STORY)).total;

const metKeys = (numbers: QualityNumbers): string[] => checkQualityTargets(numbers).filter((check) => check.met).map((check) => check.key);

describe('checkQualityTargets', () => {
  it('meets a limit given with ≤ at the limit, and misses a share given with < at the limit', () => {
    const atLimits: QualityNumbers = {
      ...base,
      spaces: { count: 10, meanEm: 0.3, sdEm: 0.08, maxEm: 0.5 },
      linesWithSpaceAbove05Em: { count: 0, share: 0 },
      longestHyphenRun: 2,
      hyphenatedShare: 0.2,
    };
    expect(metKeys(atLimits)).toEqual(['sd', 'max', 'wideLines', 'hyphenRun']);
  });

  it('misses each target just past its limit', () => {
    const pastLimits: QualityNumbers = {
      ...base,
      spaces: { count: 10, meanEm: 0.3, sdEm: 0.0801, maxEm: 0.5001 },
      linesWithSpaceAbove05Em: { count: 1, share: 0.1 },
      longestHyphenRun: 3,
      hyphenatedShare: 0.21,
    };
    expect(metKeys(pastLimits)).toEqual([]);
  });
});
