import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/article/types.js';
import { formatLineEnds, lettersOf, locateEnds, matchLineEnds, recordLineEnds, storyLetters } from '../../src/report/lineEnds.js';
import { documentOf, lineOf, textFrame } from './fixtures.js';

const body: Paragraph[] = [
  { spans: [{ text: 'The ferry left the pier at the Gigafactory today, ', italic: false, bold: false }, { text: 'on time.', italic: true, bold: false }] },
  { spans: [{ text: '“It was fine,” she said.', italic: false, bold: false }] },
];

// Column 2 comes after column 1 whatever the order of the frames; the source line is not a body line.
const document = documentOf(
  textFrame('body', 2, [lineOf('“It was fine,” she said.', 100)]),
  textFrame('body', 1, [lineOf('The ferry left the pier at the Giga-', 100, { hyphenated: true }), lineOf('factory today, on time.', 112)]),
  textFrame('source', 2, [lineOf('(Agencies)', 124)]),
);

describe('line ends', () => {
  it('keeps letters and digits only, lowercased', () => {
    expect(lettersOf('“It’s 4 Giga-')).toBe('its4giga');
  });

  it('records each body line’s last three words in reading order', () => {
    expect(recordLineEnds(document)).toEqual(['at the Giga-', 'today, on time.', 'fine,” she said.']);
  });

  it('places phrases in the story one after the other, a repeated word after the line before', () => {
    const letters = storyLetters(body);
    expect(locateEnds(letters, ['the', 'the', 'the', 'nowhere', 'said'])).toEqual([3, 15, 24, null, letters.length]);
  });

  it('counts the original’s line ends that the setting also ends a line at, hyphenated or not', () => {
    expect(matchLineEnds(document, body, ['at the Gigafac-', 'today, on time.', 'she said.'])).toEqual({ matching: 2, total: 3 });
    expect(matchLineEnds(document, body, ['at the Giga-', 'today, on time.', 'she said.', '(Agencies)'])).toEqual({ matching: 3, total: 4 });
    expect(formatLineEnds({ matching: 3, total: 4 })).toBe('line ends matching the original: 3 of 4');
  });
});
