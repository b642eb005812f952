import { describe, expect, it } from 'vitest';
import { ANYWHERE_COST, classifyWord, lastResortBreaks, wordBreaks } from '../../src/inline/wordBreaks.js';

/** The word with '|' at each break. */
function marked(word: string, offsets: readonly number[]): string {
  let text = '';
  let start = 0;
  for (const offset of offsets) {
    text += `${word.slice(start, offset)}|`;
    start = offset;
  }
  return text + word.slice(start);
}

const breaksOf = (word: string): string => marked(word, wordBreaks(word).map((point) => point.offset));

describe('classifyWord', () => {
  it('knows a URL by its scheme or www., and an e-mail address by its @ and dotted domain', () => {
    expect(classifyWord('https://example.org/a')).toBe('url');
    expect(classifyWord('ftp://files.example.org')).toBe('url');
    expect(classifyWord('(www.example.org).')).toBe('url');
    expect(classifyWord('press.office@shanghai-daily.example.com,')).toBe('email');
    expect(classifyWord('@musk')).toBe('plain');
    expect(classifyWord('user@localhost')).toBe('plain');
    expect(classifyWord('and/or')).toBe('plain');
    expect(classifyWord('e.g.')).toBe('plain');
  });
});

describe('wordBreaks: URLs and e-mail addresses', () => {
  it('breaks a URL after / and //, before . - ? # = &, never between the two slashes nor inside letters', () => {
    expect(breaksOf('https://www.example.com/news/2024/tesla-plant?id=42&lang=en#top')).toBe(
      'https://|www|.example|.com/|news/|2024/|tesla|-plant|?id|=42|&lang|=en|#top',
    );
    for (const point of wordBreaks('https://www.example.com/a-b?c')) expect(point).toMatchObject({ kind: 'address' });
  });

  it('orders the places by cost: slashes cheapest, then a query’s marks, then dots and hyphens', () => {
    const costAt = (word: string, before: string): number => wordBreaks(word).find((point) => word.slice(0, point.offset) === before)!.cost;
    const url = 'https://example.org/a-b.html?x=1';
    expect(costAt(url, 'https://')).toBeLessThan(costAt(url, 'https://example.org/a-b.html'));
    expect(costAt(url, 'https://example.org/a-b.html')).toBeLessThan(costAt(url, 'https://example'));
    expect(costAt(url, 'https://example')).toBe(costAt(url, 'https://example.org/a'));
    expect(costAt(url, 'https://example')).toBeLessThan(ANYWHERE_COST);
  });

  it('breaks an e-mail address before its @ and dots, and before a hyphen rather than after it', () => {
    expect(breaksOf('press.office@shanghai-daily.example.com')).toBe('press|.office|@shanghai|-daily|.example|.com');
  });

  it('leaves the punctuation around an address alone: no break before the sentence’s full stop', () => {
    expect(breaksOf('(https://example.org/a).')).toBe('(https://|example|.org/|a).');
    expect(breaksOf('mail@example.org.')).toBe('mail|@example|.org.');
  });
});

describe('wordBreaks: ordinary words, from UAX #14', () => {
  it('breaks after a hyphen between letters, flagged as a hyphen, keeping two letters after it', () => {
    expect(wordBreaks('low-carbon')).toEqual([{ offset: 4, kind: 'afterHyphen', cost: 50 }]);
    expect(breaksOf('e-mail')).toBe('e-|mail');
    expect(breaksOf('x-y')).toBe('x-y');
    expect(breaksOf('2020-21')).toBe('2020-21');
  });

  it('breaks after a dash but not before it', () => {
    expect(wordBreaks('yes—no')).toEqual([{ offset: 4, kind: 'afterDash', cost: 0 }]);
  });

  it('breaks after a slash between words, but not inside numbers', () => {
    expect(wordBreaks('Daily/Xinhua')).toEqual([{ offset: 6, kind: 'separator', cost: 200 }]);
    expect(breaksOf('/usr/local/lib')).toBe('/usr/|local/|lib');
    expect(breaksOf('24/7')).toBe('24/7');
    expect(breaksOf('1,000.50')).toBe('1,000.50');
  });

  it('offers no break at a non-breaking hyphen', () => {
    expect(wordBreaks('low\u2011carbon')).toEqual([]);
  });

  it('offers none in a plain word', () => {
    expect(wordBreaks('Bundesverfassungsgericht')).toEqual([]);
    expect(wordBreaks('“quoted,”')).toEqual([]);
  });
});

describe('lastResortBreaks', () => {
  const everyRun = (): boolean => true;

  it('breaks only between grapheme clusters: a decomposed ễ (e + two combining marks) is never split', () => {
    const word = 'Nguye\u0302\u0303n'.normalize('NFD');
    expect(word).toHaveLength(8);
    const offsets = lastResortBreaks(word, [], everyRun).breaks.map((point) => point.offset);
    // Clusters N g u yễ... : "N", "g", "u", "y", "ễ" (3 units), "n"; two kept whole at each end.
    expect(offsets).toEqual([2, 3, 4]);
    for (const offset of offsets) expect(word.slice(offset, offset + 1)).not.toMatch(/\p{M}/u);
  });

  it('breaks only inside runs that are too long, never at or across the places given', () => {
    const word = 'abcdef/ghijklmnop/qr';
    const { breaks, longRunStarts } = lastResortBreaks(word, [7, 18], (from, to) => to - from > 8);
    expect(longRunStarts).toEqual([7]);
    expect(marked(word, breaks.map((point) => point.offset))).toBe('abcdef/g|h|i|j|k|l|m|n|o|p|/qr');
    for (const point of breaks) expect(point).toEqual({ offset: point.offset, kind: 'anywhere', cost: ANYWHERE_COST });
  });

  it('gives nothing when every run fits', () => {
    expect(lastResortBreaks('internationalisation', [], () => false)).toEqual({ breaks: [], longRunStarts: [] });
  });
});
