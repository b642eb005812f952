import { describe, expect, it } from 'vitest';
import type { Article, Paragraph } from '../../src/article/types.js';
import { composePage } from '../../src/compose/composePage.js';
import { FontSet } from '../../src/fonts/fontSet.js';
import { resolveTestLayout } from '../layout-spec/minimalLayout.js';
import { placedBodyWords } from './placedWords.js';

const VOCABULARY = ['the', 'ferry', 'river', 'crossing', 'passengers', 'evening', 'harbour', 'timetable', 'administration', 'electric'];
const WORD_COUNT = 100_000;

/** 100,000 words in paragraphs of 40 to 119 words, from a fixed pseudo-random sequence. */
function longBody(): Paragraph[] {
  let seed = 1;
  const next = (): number => (seed = (seed * 16807) % 2147483647);
  const paragraphs: Paragraph[] = [];
  for (let words = 0; words < WORD_COUNT; ) {
    const length = Math.min(40 + (next() % 80), WORD_COUNT - words);
    const text = Array.from({ length }, () => VOCABULARY[next() % VOCABULARY.length]).join(' ');
    paragraphs.push({ spans: [{ text: `${text}.`, italic: false, bold: false }] });
    words += length;
  }
  return paragraphs;
}

describe('a 100,000-word body on one page', () => {
  // How fast is for `npm run bench`; a hang fails here on the test timeout.
  it('is composed, and every word is either placed or counted as overset', () => {
    const layout = resolveTestLayout();
    const article: Article = { filePath: 'long.md', headline: 'Long', lang: 'en-US', dropCap: false, images: [], body: longBody() };
    const document = composePage(article, layout, new FontSet(layout.fontFiles));
    const placed = placedBodyWords(document);
    expect(placed.length).toBeGreaterThan(500);
    expect(document.overset).not.toBeNull();
    expect(placed.length + document.overset!.wordCount).toBe(WORD_COUNT);
    expect(document.overset!.firstWords.split(' ')).toHaveLength(8);
  });
});
