import { describe, expect, it } from 'vitest';
import { capitalizedByDefault, createHyphenator, patternLanguageFor, type HyphenationRules } from '../../src/hyphenation/hyphenator.js';

const SHY = '\u00AD';
const DEFAULT_RULES: HyphenationRules = { minWordLength: 5, minBefore: 2, minAfter: 3, capitalized: false, exceptions: [] };

/** The word with "|" at each offset, so a reader can check the breaks at a glance. */
function marked(word: string, offsets: readonly number[]): string {
  let result = word;
  for (const offset of [...offsets].reverse()) result = `${result.slice(0, offset)}|${result.slice(offset)}`;
  return result;
}

const english = (rules: Partial<HyphenationRules> = {}) => createHyphenator('en-US', { ...DEFAULT_RULES, ...rules });
const breaks = (word: string, rules: Partial<HyphenationRules> = {}): string => marked(word, english(rules).breakOffsets(word));

describe('breakOffsets: en-US patterns', () => {
  it.each([
    // The en-US (TeX) patterns, with at least 2 letters before a break and 3 after.
    ['hyphenation', 'hy|phen|ation'],
    ['manufacturing', 'man|u|fac|tur|ing'],
    ['representative', 'rep|re|sen|ta|tive'],
    ['production', 'pro|duc|tion'],
    ['electric', 'elec|tric'],
    ['economy', 'econ|omy'],
    ['table', 'ta|ble'],
  ])('%s → %s', (word, expected) => {
    expect(breaks(word)).toBe(expected);
  });

  it('gives offsets in UTF-16 units after which a hyphen may go', () => {
    expect(english().breakOffsets('hyphenation')).toEqual([2, 6]);
  });

  it('uses the language the patterns were chosen for', () => {
    expect(english().patternLanguage).toBe('en-us');
    expect(createHyphenator('en-GB', DEFAULT_RULES).patternLanguage).toBe('en-gb');
  });
});

describe('breakOffsets: rules', () => {
  it('minBefore and minAfter keep letters on each side of the hyphen', () => {
    // The patterns allow man|u|fac|tur|ing (13 letters; breaks after 3, 4, 7, 10).
    expect(breaks('manufacturing', { minBefore: 4 })).toBe('manu|fac|tur|ing');
    expect(breaks('manufacturing', { minAfter: 4 })).toBe('man|u|fac|turing');
    expect(breaks('manufacturing', { minBefore: 8, minAfter: 8 })).toBe('manufacturing');
    // With a single letter allowed after, the patterns' econ|o|my shows its last break too.
    expect(breaks('economy', { minAfter: 2 })).toBe('econ|o|my');
  });

  it('minWordLength leaves short words whole', () => {
    expect(breaks('table')).toBe('ta|ble');
    expect(breaks('table', { minWordLength: 6 })).toBe('table');
    expect(breaks('electric', { minWordLength: 9 })).toBe('electric');
  });

  it('skips capitalised words unless capitalized is set', () => {
    expect(breaks('Manufacturing')).toBe('Manufacturing');
    expect(breaks('Manufacturing', { capitalized: true })).toBe('Man|u|fac|tur|ing');
    expect(breaks('Shanghai', { capitalized: true })).toBe('Shang|hai');
  });

  it('skips words with digits', () => {
    expect(breaks('production2')).toBe('production2');
    expect(breaks('B2Bproduction')).toBe('B2Bproduction');
    expect(breaks('2024')).toBe('2024');
  });

  it('keeps offsets inside the letters when punctuation surrounds a word', () => {
    expect(breaks('economy,')).toBe('econ|omy,');
    expect(breaks('"economy."')).toBe('"econ|omy."');
    expect(breaks('(production)')).toBe('(pro|duc|tion)');
    expect(breaks('“hyphenation”')).toBe('“hy|phen|ation”');
  });

  it('hyphenates the word beside a possessive or an elision, which stays whole', () => {
    expect(breaks('company’s')).toBe('com|pany’s');
    expect(breaks("production's")).toBe("pro|duc|tion's");
    expect(breaks('Shanghai’s', { capitalized: true })).toBe('Shang|hai’s');
    expect(breaks('Shanghai’s')).toBe('Shanghai’s');
    expect(createHyphenator('fr', DEFAULT_RULES).breakOffsets('l’économie').length).toBeGreaterThan(0);
    // Not a possessive: letters on both sides of a longer tail leave the word alone.
    expect(breaks('rock’n’roll')).toBe('rock’n’roll');
  });

  it('soft hyphens, when present, are the only break points (offsets in the word without them)', () => {
    // The patterns would break pro|duc|tion; the writer allowed only produc-tion.
    expect(english().breakOffsets(`produc${SHY}tion`)).toEqual([6]);
    expect(english().breakOffsets(`in${SHY}ter${SHY}na${SHY}tion${SHY}al`)).toEqual([2, 5, 7, 11]);
    // Soft hyphens at the edges allow nothing, and the minimum word length does not apply to them.
    expect(english().breakOffsets(`${SHY}ta${SHY}ble${SHY}`)).toEqual([2]);
    expect(english().breakOffsets(`Shang${SHY}hai`)).toEqual([5]);
  });

  it('hyphenates a capitalised word the exceptions list, as listed', () => {
    const withName = english({ exceptions: ['North-tide'] });
    expect(marked('Northtide’s', withName.breakOffsets('Northtide’s'))).toBe('North|tide’s');
    expect(breaks('Northtide’s')).toBe('Northtide’s');
    // Other names stay whole.
    expect(withName.breakOffsets('Venkataraman')).toEqual([]);
  });

  it('exceptions override the patterns', () => {
    const withExceptions = english({ exceptions: ['eco-nomy', 'pro-ject', 'manufacturing'] });
    expect(marked('economy', withExceptions.breakOffsets('economy'))).toBe('eco|nomy');
    // The patterns do not break "project" at all.
    expect(breaks('project')).toBe('project');
    expect(marked('project', withExceptions.breakOffsets('project'))).toBe('pro|ject');
    // An exception without hyphens forbids breaking the word.
    expect(withExceptions.breakOffsets('manufacturing')).toEqual([]);
    // Exceptions are whole words: the plural is left to the patterns.
    expect(withExceptions.breakOffsets('projects')).toEqual([]);
  });

  it("keeps one hyphenator's exceptions from another's", () => {
    english({ exceptions: ['pro-jects'], minWordLength: 4 }).breakOffsets('projects');
    expect(english({ minWordLength: 4 }).breakOffsets('projects')).toEqual([]);
  });
});

describe('patternLanguageFor', () => {
  it('takes the exact tag when the patterns exist', () => {
    expect(patternLanguageFor('en-GB')).toBe('en-gb');
    expect(patternLanguageFor('EN-us')).toBe('en-us');
  });

  it('falls back to the primary language or its usual patterns', () => {
    expect(patternLanguageFor('fr-CA')).toBe('fr');
    expect(patternLanguageFor('en')).toBe('en-us');
    expect(patternLanguageFor('de')).toBe('de-1996');
    expect(patternLanguageFor('de-AT')).toBe('de-1996');
  });

  it('gives null for a language without patterns, and such a hyphenator never breaks', () => {
    expect(patternLanguageFor('xx')).toBeNull();
    const none = createHyphenator('xx', DEFAULT_RULES);
    expect(none.patternLanguage).toBeNull();
    expect(none.breakOffsets('hyphenation')).toEqual([]);
    expect(none.breakOffsets(`ta${SHY}ble`)).toEqual([2]);
  });

  it('hyphenates German nouns by default, as German capitalises every noun; a style that says no still wins', () => {
    const { capitalized: _, ...unsaid } = DEFAULT_RULES;
    const german = createHyphenator('de-DE', unsaid);
    expect(marked('Bundesverfassungsgericht', german.breakOffsets('Bundesverfassungsgericht'))).toBe('Bun|des|ver|fas|sungs|ge|richt');
    expect(german.breakOffsets('Zusammenarbeit').length).toBeGreaterThan(0);
    expect(createHyphenator('de-AT', { ...DEFAULT_RULES, capitalized: false }).breakOffsets('Bundesverfassungsgericht')).toEqual([]);
    // English capitalised words are names, mostly: left alone unless the style says.
    expect(createHyphenator('en-US', unsaid).breakOffsets('Manufacturing')).toEqual([]);
    expect(capitalizedByDefault('de')).toBe(true);
    expect(capitalizedByDefault('DE-ch')).toBe(true);
    expect(capitalizedByDefault('en-GB')).toBe(false);
  });

  it('hyphenates German with the 1996 patterns', () => {
    const german = createHyphenator('de-DE', { ...DEFAULT_RULES, capitalized: true });
    expect(marked('Zusammenarbeit', german.breakOffsets('Zusammenarbeit'))).toBe('Zu|sam|men|ar|beit');
  });
});
