import { describe, expect, it } from 'vitest';
import { lineText } from '../../src/positioned/lineText.js';
import { lineOf, run } from './fixtures.js';

describe('lineText', () => {
  it('puts a space between runs with a gap between them', () => {
    expect(lineText(lineOf('the river ferry', 20))).toBe('the river ferry');
  });

  it('joins runs that touch into one word', () => {
    const line = { ...lineOf('x', 20), runs: [run('Tesla', 0, 30), run('’s', 30, 6), run('plant', 40, 25)] };
    expect(lineText(line)).toBe('Tesla’s plant');
  });

  it('treats a gap under 0.01 pt as touching (float noise), a wider one as a space', () => {
    expect(lineText({ ...lineOf('x', 20), runs: [run('low-', 0, 20), run('carbon', 20.005, 30)] })).toBe('low-carbon');
    expect(lineText({ ...lineOf('x', 20), runs: [run('low-', 0, 20), run('carbon', 20.05, 30)] })).toBe('low- carbon');
  });

  it('is empty for a line without runs', () => {
    expect(lineText({ ...lineOf('x', 20), runs: [] })).toBe('');
  });
});
