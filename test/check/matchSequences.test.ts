import { describe, expect, it } from 'vitest';
import { matchSequences } from '../../src/check/matchSequences.js';

function lcs(a: string, b: string): string {
  return matchSequences(a.length, b.length, (i, j) => a[i] === b[j])
    .map(([i, j]) => {
      expect(a[i]).toBe(b[j]);
      return a[i];
    })
    .join('');
}

describe('matchSequences', () => {
  it('finds a longest common subsequence, in order', () => {
    // Myers' example: ABCABBA and CBABAC have an LCS of length 4.
    expect(lcs('ABCABBA', 'CBABAC')).toHaveLength(4);
    expect(lcs('kitten sat', 'sitting sat')).toBe('ittn sat');
  });

  it('matches everything when equal and nothing when disjoint', () => {
    expect(lcs('abc', 'abc')).toBe('abc');
    expect(lcs('abc', 'xyz')).toBe('');
    expect(lcs('', 'xyz')).toBe('');
  });

  it('keeps the pairs strictly increasing on both sides', () => {
    const pairs = matchSequences(8, 9, (i, j) => i % 3 === j % 3);
    for (let k = 1; k < pairs.length; k++) {
      expect(pairs[k]![0]).toBeGreaterThan(pairs[k - 1]![0]);
      expect(pairs[k]![1]).toBeGreaterThan(pairs[k - 1]![1]);
    }
    expect(pairs).toHaveLength(8);
  });
});
