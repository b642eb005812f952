import type { ResolvedStyle } from '../layout-spec/resolve.js';
import { STYLE_RULES, type StyleRule } from '../metrics/types.js';

/** A relaxed minimum still leaves this many letters: a word of at least that, and as many on each side of a hyphen. */
const FEWEST_LETTERS = 2;

type Hyphenation = ResolvedStyle['hyphenation'];

/**
 * For each rule, the style with that rule relaxed, or null when the style has nothing to relax there (it already
 * allows it, or it does not hyphenate at all, which the `hyphenate` rule covers). The minima are lowered by one
 * letter each; the relaxed style gets a name of its own, since typesetting caches per style name.
 */
const RELAXATIONS: Readonly<Record<StyleRule, (style: ResolvedStyle) => ResolvedStyle | null>> = {
  hyphenate: (style) => (style.hyphenate ? null : { ...style, name: relaxedName(style, 'hyphenate'), hyphenate: true }),
  capitalized: (style) => (style.hyphenation.capitalized ? null : withHyphenation(style, 'capitalized', { capitalized: true })),
  minima: (style) => {
    const { minWordLength, minBefore, minAfter } = style.hyphenation;
    const lowered = { minWordLength: lower(minWordLength), minBefore: lower(minBefore), minAfter: lower(minAfter) };
    const changed = lowered.minWordLength < minWordLength || lowered.minBefore < minBefore || lowered.minAfter < minAfter;
    return changed ? withHyphenation(style, 'minima', lowered) : null;
  },
  maxConsecutive: (style) => (Number.isFinite(style.hyphenation.maxConsecutive) ? withHyphenation(style, 'maxConsecutive', { maxConsecutive: Infinity }) : null),
  acrossColumns: (style) => (style.hyphenation.acrossColumns ? null : withHyphenation(style, 'acrossColumns', { acrossColumns: true })),
};

/**
 * Rules the line breaker applies rather than the preparation: relaxing one leaves a paragraph's items as they were,
 * so they need not be prepared again.
 */
export const BREAKING_RULES: ReadonlySet<StyleRule> = new Set(['maxConsecutive', 'acrossColumns']);

/** The style with one rule relaxed, or null when that rule forbids nothing in it. */
export function relaxRule(style: ResolvedStyle, rule: StyleRule): ResolvedStyle | null {
  return RELAXATIONS[rule](style);
}

/** The style with every rule relaxed at once (hyphenation turned on first, so that the others then apply). */
export function relaxAllRules(style: ResolvedStyle): ResolvedStyle {
  return STYLE_RULES.reduce((relaxed, rule) => relaxRule(relaxed, rule) ?? relaxed, style);
}

function withHyphenation(style: ResolvedStyle, rule: StyleRule, change: Partial<Hyphenation>): ResolvedStyle | null {
  // Without hyphenation, no hyphenation rule forbids anything: `hyphenate` is the one to relax.
  if (!style.hyphenate) return null;
  return { ...style, name: relaxedName(style, rule), hyphenation: { ...style.hyphenation, ...change } };
}

function relaxedName(style: ResolvedStyle, rule: StyleRule): string {
  return `${style.name}, ${rule} relaxed`;
}

function lower(letters: number): number {
  return letters > FEWEST_LETTERS ? letters - 1 : letters;
}
