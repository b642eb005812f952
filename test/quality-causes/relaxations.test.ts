import { describe, expect, it } from 'vitest';
import { STYLE_RULES } from '../../src/metrics/index.js';
import { relaxAllRules, relaxRule } from '../../src/quality-causes/index.js';
import { minimalLayoutJson, resolveTestLayout } from '../layout-spec/minimalLayout.js';

/** The minimal layout's body style, with the schema's defaults: minima 5/2/3, 2 in a row, no names, no hyphen at a column's foot. */
function bodyStyle(hyphenation: Record<string, unknown> = {}, hyphenate = true) {
  const json = minimalLayoutJson();
  json.styles = { body: { font: 'Newsreader', sizePt: 10, leadingPt: 12, align: 'justify', hyphenate, hyphenation } };
  return resolveTestLayout(json).styles.get('body')!;
}

describe('relaxRule', () => {
  it('relaxes each hyphenation rule of a style that hyphenates, under a name of its own', () => {
    const style = bodyStyle();
    expect(relaxRule(style, 'hyphenate')).toBeNull();
    expect(relaxRule(style, 'capitalized')?.hyphenation.capitalized).toBe(true);
    expect(relaxRule(style, 'minima')?.hyphenation).toMatchObject({ minWordLength: 4, minBefore: 2, minAfter: 2 });
    expect(relaxRule(style, 'maxConsecutive')?.hyphenation.maxConsecutive).toBe(Infinity);
    expect(relaxRule(style, 'acrossColumns')?.hyphenation.acrossColumns).toBe(true);
    const names = STYLE_RULES.flatMap((rule) => relaxRule(style, rule)?.name ?? []);
    expect(new Set([style.name, ...names]).size).toBe(names.length + 1);
  });

  it('has nothing to relax where the style already allows it, or does not hyphenate at all', () => {
    const allowing = bodyStyle({ capitalized: true, acrossColumns: true, minWordLength: 2, minBefore: 2, minAfter: 2 });
    expect(relaxRule(allowing, 'capitalized')).toBeNull();
    expect(relaxRule(allowing, 'acrossColumns')).toBeNull();
    expect(relaxRule(allowing, 'minima')).toBeNull();
    const unhyphenated = bodyStyle({}, false);
    expect(STYLE_RULES.filter((rule) => relaxRule(unhyphenated, rule) !== null)).toEqual(['hyphenate']);
  });

  it('never raises a minimum already under two letters', () => {
    expect(relaxRule(bodyStyle({ minBefore: 1, minAfter: 3 }), 'minima')?.hyphenation).toMatchObject({ minBefore: 1, minAfter: 2 });
  });
});

describe('relaxAllRules', () => {
  it('turns hyphenation on and then relaxes every other rule', () => {
    const relaxed = relaxAllRules(bodyStyle({}, false));
    expect(relaxed.hyphenate).toBe(true);
    expect(relaxed.hyphenation).toMatchObject({ capitalized: true, minWordLength: 4, minAfter: 2, maxConsecutive: Infinity, acrossColumns: true });
  });
});
