import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import hyphen from 'hyphen';
import { packageVersion } from '../cacheFiles.js';
import { openDiskMemo, typesettingCacheDir } from '../diskMemo.js';

const SOFT_HYPHEN = '\u00AD';
const requireFromHere = createRequire(import.meta.url);
const patternsDir = path.join(path.dirname(requireFromHere.resolve('hyphen')), 'patterns');

export interface HyphenationRules {
  minWordLength: number;
  /** Letters that must stay before a hyphen. */
  minBefore: number;
  /** Letters that must go after a hyphen. */
  minAfter: number;
  /** Hyphenate words that start with a capital letter; default: the language's custom (`capitalizedByDefault`). */
  capitalized?: boolean | undefined;
  /** Words with their allowed breaks marked by "-" ("ta-ble"); they override the patterns, and `capitalized` for names listed. */
  exceptions: readonly string[];
}

/** Finds where a word may take a hyphen. */
export interface Hyphenator {
  /** The language whose patterns are used, or null when none are available. */
  readonly patternLanguage: string | null;
  /**
   * Offsets into `word` (soft hyphens removed) after which a hyphen may go. Soft hyphens in the word, when it has
   * any, are the only break points, as in TeX's \- .
   */
  breakOffsets(word: string): number[];
}

type HyphenateFunction = (text: string) => string;
const patternCache = new Map<string, object>();
/**
 * Hyphenators by language, rules and cache folder. A word's break offsets depend on nothing else, so later renders in
 * the same process reuse both the compiled patterns and the words already hyphenated.
 */
const hyphenatorCache = new Map<string, Hyphenator>();

/** Languages whose patterns the library ships only under a qualified name. */
const DEFAULT_PATTERNS: Readonly<Record<string, string>> = { en: 'en-us', de: 'de-1996', el: 'el-monoton' };

/**
 * `en-US` → `en-us`, falling back to the primary language (`fr-CA` → `fr`) or its usual patterns
 * (`de-AT` → `de-1996`); null when there are no patterns.
 */
export function patternLanguageFor(lang: string): string | null {
  const lower = lang.toLowerCase();
  const primary = lower.split('-')[0]!;
  const candidates = [lower, primary, DEFAULT_PATTERNS[primary] ?? ''];
  return candidates.find((code) => code && existsSync(path.join(patternsDir, `${code}.js`))) ?? null;
}

/**
 * Languages that capitalise every noun, so that a capitalised word is mostly not a name: there, capitalised words
 * are hyphenated unless a style says otherwise (German's compounds would be unbreakable without it).
 */
const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(['de']);

/** Whether `lang`'s capitalised words are hyphenated when a style does not say. */
export function capitalizedByDefault(lang: string): boolean {
  return CAPITALISED_NOUNS.has(lang.toLowerCase().split('-')[0]!);
}

export function createHyphenator(lang: string, rules: HyphenationRules): Hyphenator {
  const patternLanguage = patternLanguageFor(lang);
  const resolved = { ...rules, capitalized: rules.capitalized ?? capitalizedByDefault(lang) };
  const key = JSON.stringify([patternLanguage, resolved, typesettingCacheDir()]);
  let hyphenator = hyphenatorCache.get(key);
  if (!hyphenator) {
    hyphenator = compileHyphenator(patternLanguage, resolved);
    hyphenatorCache.set(key, hyphenator);
  }
  return hyphenator;
}

/** Letters of a word (its letters only) after which the patterns and the exceptions allow a hyphen, rising. */
type PatternPoints = (core: string, letterCount: number) => readonly number[];

function compileHyphenator(patternLanguage: string | null, rules: Required<HyphenationRules>): Hyphenator {
  const cache = new Map<string, number[]>();
  // Words the layout lists are hyphenated as listed even when capitalised: that is how a desk hyphenates a name.
  const listed = new Set(rules.exceptions.map((entry) => entry.replaceAll('-', '')));
  const patternPoints = patternLanguage === null ? null : rememberedPatternPoints(patternLanguage, rules);

  return {
    patternLanguage,
    breakOffsets(word: string): number[] {
      let offsets = cache.get(word);
      if (!offsets) {
        offsets = computeOffsets(word, rules, patternPoints, listed);
        cache.set(word, offsets);
      }
      return offsets;
    },
  };
}

/**
 * The library's answers, kept on disk between runs by everything they depend on (the patterns' language, the
 * library's version, the shortest word it hyphenates and the exceptions): the patterns are loaded and compiled at the
 * first word the disk does not know, so a re-render of known text never loads them. Only the library's answer is kept,
 * not what this module makes of it, so that changing this module leaves nothing stale.
 */
function rememberedPatternPoints(patternLanguage: string, rules: Required<HyphenationRules>): PatternPoints {
  // The library refuses lengths below 5; shorter minima are enforced by our own filter anyway.
  const libraryOptions = { hyphenChar: SOFT_HYPHEN, minWordLength: Math.max(5, rules.minWordLength), exceptions: [...rules.exceptions] };
  const memo = openDiskMemo('hyphens', { patternLanguage, hyphen: packageVersion('hyphen'), libraryOptions });
  let hyphenate: HyphenateFunction | undefined;
  return (core, letterCount) => {
    const remembered = memo.get(core);
    if (remembered && isPointList(remembered, letterCount)) return remembered;
    hyphenate ??= compilePatterns(patternLanguage, libraryOptions);
    const points: number[] = [];
    let letters = 0;
    for (const char of hyphenate(core)) {
      if (char === SOFT_HYPHEN) points.push(letters);
      else letters += 1;
    }
    memo.set(core, points);
    return points;
  };
}

function compilePatterns(patternLanguage: string, options: Parameters<typeof hyphen>[1]): HyphenateFunction {
  let patterns = patternCache.get(patternLanguage);
  if (!patterns) {
    patterns = requireFromHere(path.join(patternsDir, `${patternLanguage}.js`)) as object;
    patternCache.set(patternLanguage, patterns);
  }
  // The library adds a hyphenator's exceptions to the patterns' own exception list, in place: each hyphenator gets
  // a copy, so that one layout's exceptions do not reach another's in the same process.
  const [levels, table, listedExceptions] = patterns as unknown[];
  const ownPatterns = [levels, table, ...(listedExceptions === undefined ? [] : [{ ...(listedExceptions as object) }])];
  return hyphen(ownPatterns as unknown as Parameters<typeof hyphen>[0], options) as HyphenateFunction;
}

/** Whether `points` can be a word's pattern points: rising, inside its `letterCount` letters. */
function isPointList(points: readonly number[], letterCount: number): boolean {
  return points.every((point, index) => Number.isInteger(point) && point > (index === 0 ? 0 : points[index - 1]!) && point < letterCount);
}

function computeOffsets(word: string, rules: Required<HyphenationRules>, patternPoints: PatternPoints | null, listed: ReadonlySet<string>): number[] {
  if (word.includes(SOFT_HYPHEN)) return softHyphenOffsets(word);
  // Only the letters of a word are hyphenated: "economy," → "economy", "Shanghai’s" → "Shanghai", "l’économie" →
  // "économie" (an elision or a possessive stays whole on its side); words with digits are left alone.
  const match = /^([^\p{L}\p{N}]*(?:\p{L}{1,2}['’])?)(\p{L}+)((?:['’]\p{L}{1,2})?[^\p{L}\p{N}]*)$/u.exec(word);
  if (!match || !patternPoints) return [];
  const [, lead = '', core = ''] = match;
  const letters = [...core];
  if (letters.length < rules.minWordLength) return [];
  if (!rules.capitalized && /^\p{Lu}/u.test(core) && !listed.has(core)) return [];
  const offsets: number[] = [];
  let codeUnits = 0;
  let letterCount = 0;
  for (const point of patternPoints(core, letters.length)) {
    if (point < rules.minBefore || letters.length - point < rules.minAfter) continue;
    for (; letterCount < point; letterCount++) codeUnits += letters[letterCount]!.length;
    offsets.push(lead.length + codeUnits);
  }
  return offsets;
}

function softHyphenOffsets(word: string): number[] {
  const offsets: number[] = [];
  let position = 0;
  for (const char of word) {
    if (char === SOFT_HYPHEN) {
      if (position > 0) offsets.push(position);
    } else {
      position += char.length;
    }
  }
  return offsets.filter((offset) => offset < position);
}
