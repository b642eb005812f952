import { describe, expect, it } from 'vitest';
import { createHyphenator } from '../../src/hyphenation/hyphenator.js';
import { shapeParagraph, type ShapedParagraph } from '../../src/inline/shape.js';
import { setLine } from '../../src/inline/setLine.js';
import { wordBreaks } from '../../src/inline/wordBreaks.js';
import { breakParagraph } from '../../src/linebreak/index.js';
import { lineText } from '../../src/positioned/lineText.js';
import { fonts, paragraph, style } from './fixtures.js';

const hyphenator = createHyphenator('en-US', style('body').hyphenation);

/** A break inside a word: the word, how much of it ends the line, and what kind of break it is. */
interface InWordBreak {
  wordIndex: number;
  offset: number;
  lastResort: boolean;
  /** The text added at the line's end ("-"), if any. */
  added: string;
}

/**
 * Sets `text` at one measure as a column would: its lines' texts, the breaks that fell inside words, and the text
 * joined back from the lines (a line ending inside a word joined to the next without a space, an added hyphen taken off).
 */
function setAt(text: string, widthPt: number): { shaped: ShapedParagraph; lines: string[]; inWord: InWordBreak[]; rejoined: string } {
  const shaped = shapeParagraph(paragraph(text), { style: style('body'), fonts, hyphenator, indentPt: 0, narrowestMeasurePt: widthPt });
  const result = breakParagraph(shaped.items, { widthAt: () => widthPt, emergencyRatio: 20 });
  const lines: string[] = [];
  const inWord: InWordBreak[] = [];
  let rejoined = '';
  let startItem = 0;
  let offset = 0;
  let wordIndex = -1;
  result.breaks.forEach((lineBreak, index) => {
    const range = { startItem, breakItem: lineBreak.position, endsParagraph: index === result.breaks.length - 1 };
    const line = lineText(setLine(shaped, range, { xPt: 0, widthPt, baselinePt: 0 }, fonts, 0));
    lines.push(line);
    for (let item = startItem; item < lineBreak.position; item++) {
      const piece = shaped.pieces[item];
      if (!piece) continue;
      if (piece.wordIndex !== wordIndex) offset = 0;
      wordIndex = piece.wordIndex;
      offset += piece.text.length;
    }
    const added = shaped.breakTexts.get(lineBreak.position) ?? '';
    const next = shaped.pieces.slice(lineBreak.position).find((piece) => piece !== null);
    const endsInWord = next?.wordIndex === wordIndex;
    if (endsInWord) inWord.push({ wordIndex, offset, lastResort: shaped.wordBreaks.has(lineBreak.position), added });
    rejoined += (endsInWord ? line.slice(0, line.length - added.length) : `${line} `);
    startItem = lineBreak.position + 1;
  });
  return { shaped, lines, inWord, rejoined: rejoined.trimEnd() };
}

const URL_TEXT = 'Details of the plan are at https://www.shanghai-daily.example.com/news/2024/tesla-gigafactory?id=4711&lang=en#comments for readers.';
const EMAIL_TEXT = 'Readers may write to press.office@shanghai-daily.example.com with questions about the plant.';
/** A place the style guide breaks an address at: after a slash (not between two), before . - ? # = & @. */
const isPlace = (word: string, offset: number): boolean => wordBreaks(word).some((point) => point.offset === offset && point.kind === 'address');

describe('an address in a narrow column', () => {
  it.each([
    ['a URL', URL_TEXT],
    ['an e-mail address', EMAIL_TEXT],
  ])('%s breaks only at the style guide’s places, with no hyphen added, at every measure', (_, text) => {
    let broken = 0;
    for (let widthPt = 70; widthPt <= 160; widthPt += 6) {
      const { shaped, inWord, rejoined } = setAt(text, widthPt);
      expect(rejoined, `${widthPt} pt`).toBe(text);
      for (const point of inWord.filter(({ wordIndex }) => /[@/]/u.test(shaped.words[wordIndex]!))) {
        const word = shaped.words[point.wordIndex]!;
        expect(point.added).toBe('');
        expect(point.lastResort, `${widthPt} pt: ${word.slice(0, point.offset)}|`).toBe(false);
        expect(isPlace(word, point.offset), `${widthPt} pt: ${word.slice(0, point.offset)}|`).toBe(true);
        broken++;
      }
    }
    expect(broken).toBeGreaterThan(10);
  });

  it('breaks a run of letters wider than the column only on a line holding no place to break at', () => {
    const word = 'https://example.org/supercalifragilisticexpialidociousness/index.html';
    let lastResorts = 0;
    for (let widthPt = 40; widthPt <= 90; widthPt += 5) {
      const { shaped, inWord, rejoined } = setAt(`See ${word} now.`, widthPt);
      expect(rejoined, `${widthPt} pt`).toBe(`See ${word} now.`);
      const inUrl = inWord.filter((point) => shaped.words[point.wordIndex] === word);
      inUrl.forEach((point, index) => {
        if (!point.lastResort) return;
        lastResorts++;
        const lineStart = index > 0 ? inUrl[index - 1]!.offset : 0;
        const placesOnLine = wordBreaks(word).filter(({ offset }) => offset > lineStart && offset < point.offset);
        expect(placesOnLine, `${widthPt} pt: ${word.slice(lineStart, point.offset)}|`).toEqual([]);
      });
    }
    expect(lastResorts).toBeGreaterThan(0);
  });
});

describe('a last-resort break in a decomposed word', () => {
  it('never splits a grapheme cluster: a line never starts with a combining mark', () => {
    const word = 'Nguyễn'.normalize('NFD');
    expect(word).toHaveLength(8);
    const text = `Ông ${word} ${word} ${word}`;
    let broken = 0;
    for (let widthPt = 14; widthPt <= 30; widthPt += 2) {
      const { shaped, lines, inWord, rejoined } = setAt(text, widthPt);
      for (const line of lines) expect(line, `${widthPt} pt`).not.toMatch(/^\p{M}|\s\p{M}/u);
      for (const point of inWord) expect(shaped.words[point.wordIndex]!.slice(point.offset), `${widthPt} pt`).not.toMatch(/^\p{M}/u);
      broken += inWord.length;
      expect(rejoined, `${widthPt} pt`).toBe(text);
    }
    expect(broken).toBeGreaterThan(0);
  });
});
