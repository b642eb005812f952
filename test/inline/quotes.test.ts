import { describe, expect, it } from 'vitest';
import { curlQuotes } from '../../src/inline/quotes.js';

describe('curlQuotes', () => {
  it('opens quotes at the start and after spaces, closes them after words and punctuation', () => {
    expect(curlQuotes('"It\'s been incredibly impressive," he said.', 'en-US')).toBe('\u201CIt\u2019s been incredibly impressive,\u201D he said.');
    expect(curlQuotes('a "role model" for', 'en-US')).toBe('a \u201Crole model\u201D for');
    expect(curlQuotes("the '90s and 'quoted' words", 'en-GB')).toBe('the \u201890s and \u2018quoted\u2019 words');
  });

  it('continues from the span before, so emphasis does not break the pairing', () => {
    expect(curlQuotes('" after', 'en', 'd')).toBe('\u201D after');
    expect(curlQuotes('"opening', 'en', ' ')).toBe('\u201Copening');
  });

  it('uses the language’s own marks where it has them', () => {
    expect(curlQuotes('er sagte "ja"', 'de-DE')).toBe('er sagte \u201Eja\u201C');
  });

  it('leaves text without quotes alone', () => {
    const text = 'plain text';
    expect(curlQuotes(text, 'en')).toBe(text);
  });
});
