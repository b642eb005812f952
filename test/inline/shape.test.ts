import { describe, expect, it } from 'vitest';
import { createHyphenator } from '../../src/hyphenation/hyphenator.js';
import { shapeParagraph, splitWords } from '../../src/inline/shape.js';
import type { Box } from '../../src/linebreak/index.js';
import { bold, fonts, itemKinds, paragraph, stubHyphenator, style, widthPt } from './fixtures.js';

const END = ['penalty 0 ∞', 'glue 0 ∞ 0', 'penalty 0 -∞'];
// Newsreader's space at 10 pt: 2.29 pt; justified glue stretches 50 % (1.145) and shrinks 33 % (0.7557).
const JUSTIFIED_SPACE = 'glue 2.29 1.145 0.7557';
// Ragged setting: stretch of 3 em (30 pt) at each possible line end, taken back after it.
const RAGGED_SPACE = ['glue 0 30 0', 'penalty 0 0', 'glue 2.29 -30 0'];

const noHyphens = stubHyphenator({});

function shape(text: Parameters<typeof paragraph>[0][] | string, styleName = 'body', hyphenator = noHyphens, indentPt = 0) {
  const parts = typeof text === 'string' ? [text] : text;
  return shapeParagraph(paragraph(...parts), { style: style(styleName), fonts, hyphenator, indentPt });
}

describe('shapeParagraph: justified text', () => {
  it('boxes for words, the font’s space as glue, and the paragraph-end triple', () => {
    const shaped = shape('Tesla met the mayor.');
    expect(itemKinds(shaped.items, shaped.pieces)).toEqual([
      'box "Tesla"',
      JUSTIFIED_SPACE,
      'box "met"',
      JUSTIFIED_SPACE,
      'box "the"',
      JUSTIFIED_SPACE,
      'box "mayor."',
      ...END,
    ]);
    expect(shaped.words).toEqual(['Tesla', 'met', 'the', 'mayor.']);
    const boxes = shaped.items.filter((item): item is Box => item.type === 'box');
    expect(boxes.map((box) => box.widthPt)).toEqual(['Tesla', 'met', 'the', 'mayor.'].map(widthPt));
    expect(shaped.pieces.map((piece) => piece?.wordIndex ?? null)).toEqual([0, null, 1, null, 2, null, 3, null, null, null]);
    expect(shaped.breakTexts.size).toBe(0);
  });

  it('takes the stretch and shrink percentages from the style', () => {
    // 100 % of 2.29 pt to stretch, 20 % (0.458 pt) to shrink.
    expect(itemKinds(shape('one two', 'loose').items, shape('one two', 'loose').pieces)[1]).toBe('glue 2.29 2.29 0.458');
  });

  it('measures a space in the face of the word before it', () => {
    const shaped = shape([{ text: 'Bold', bold: true }, ' roman']);
    const space = shaped.items[1]!;
    // Newsreader Bold's space: 427/2000 em = 2.135 pt.
    expect(space).toMatchObject({ type: 'glue', widthPt: bold.widthPt(' ', 10) });
    expect(space.widthPt).toBeCloseTo(2.135, 9);
    expect(shaped.pieces[0]).toMatchObject({ text: 'Bold', faceId: 'Newsreader/bold' });
    expect(shaped.pieces[2]).toMatchObject({ text: 'roman', faceId: 'Newsreader/regular' });
  });

  it('gives words a stretch and shrink of their own under glyph expansion (2 % of their width)', () => {
    const shaped = shape('Tesla met', 'expanded');
    expect(shaped.items[0]).toEqual({ type: 'box', widthPt: widthPt('Tesla'), stretchPt: widthPt('Tesla') * 0.02, shrinkPt: widthPt('Tesla') * 0.02 });
  });

  it('gives words letter-spacing stretch and shrink for the gaps between their letters', () => {
    const shaped = shape('Tesla met', 'letterSpaced');
    // "Tesla" has 4 gaps between letters: 4 × 0.02 em and 4 × 0.01 em at 10 pt.
    expect(shaped.items[0]).toEqual({ type: 'box', widthPt: widthPt('Tesla'), stretchPt: 0.8, shrinkPt: 0.4 });
  });

  it('starts with a blank box for an indent', () => {
    const shaped = shape('Indented text', 'body', noHyphens, 12);
    expect(shaped.items[0]).toEqual({ type: 'box', widthPt: 12 });
    expect(shaped.pieces[0]).toMatchObject({ text: '', wordIndex: -1 });
    expect(itemKinds(shaped.items, shaped.pieces).slice(0, 4)).toEqual(['box ""', 'box "Indented"', JUSTIFIED_SPACE, 'box "text"']);
  });

  it('keeps a word that crosses spans in one piece per span, with no space between', () => {
    const shaped = shape([{ text: 'Tesla', bold: true }, "’s plant"]);
    expect(itemKinds(shaped.items, shaped.pieces)).toEqual(['box "Tesla"', `box "’s"`, 'glue 2.29 1.145 0.7557', 'box "plant"', ...END]);
    expect(shaped.pieces[0]).toMatchObject({ faceId: 'Newsreader/bold', wordIndex: 0 });
    expect(shaped.pieces[1]).toMatchObject({ faceId: 'Newsreader/regular', wordIndex: 0 });
    expect(shaped.words).toEqual(["Tesla’s", 'plant']);
  });

  it('sets an uppercase style in capitals', () => {
    expect(shape('Hello world', 'caps').words).toEqual(['HELLO', 'WORLD']);
  });
});

describe('shapeParagraph: ragged text', () => {
  it('uses the glue/penalty/glue triple between words', () => {
    const shaped = shape('one two three', 'ragged');
    expect(itemKinds(shaped.items, shaped.pieces)).toEqual(['box "one"', ...RAGGED_SPACE, 'box "two"', ...RAGGED_SPACE, 'box "three"', ...END]);
  });

  it('right and centred styles are ragged too', () => {
    for (const name of ['right', 'center']) {
      const shaped = shape('one two', name);
      expect(itemKinds(shaped.items, shaped.pieces)).toEqual(['box "one"', ...RAGGED_SPACE, 'box "two"', ...END]);
    }
  });
});

describe('shapeParagraph: no-break spaces', () => {
  it('a no-break space (U+00A0) makes the space unbreakable (justified)', () => {
    const shaped = shape('10\u00A0km away');
    expect(itemKinds(shaped.items, shaped.pieces)).toEqual(['box "10"', 'penalty 0 ∞', JUSTIFIED_SPACE, 'box "km"', JUSTIFIED_SPACE, 'box "away"', ...END]);
    expect(shaped.words).toEqual(['10', 'km', 'away']);
  });

  it('a no-break space makes the space unbreakable (ragged)', () => {
    const shaped = shape('10\u00A0km away', 'ragged');
    expect(itemKinds(shaped.items, shaped.pieces)).toEqual([
      'box "10"',
      'penalty 0 ∞',
      'glue 0 30 0',
      'penalty 0 ∞',
      'glue 2.29 -30 0',
      'box "km"',
      ...RAGGED_SPACE,
      'box "away"',
      ...END,
    ]);
  });

  it('splitWords marks words tied to the one before', () => {
    const words = splitWords(paragraph('Mr\u00A0Musk and Ms\u202FChen'));
    expect(words.map((word) => [word.segments.map((segment) => segment.text).join(''), word.tied])).toEqual([
      ['Mr', false],
      ['Musk', true],
      ['and', false],
      ['Ms', false],
      ['Chen', true],
    ]);
  });
});

describe('shapeParagraph: hyphens', () => {
  it('an explicit hyphen gives a flagged penalty after "low-", with no hyphen to add', () => {
    const shaped = shape('low-carbon cars', 'body', stubHyphenator({ 'low-carbon': [1, 6] }));
    expect(itemKinds(shaped.items, shaped.pieces)).toEqual(['box "low-"', 'penalty 0 50 flagged', 'box "carbon"', JUSTIFIED_SPACE, 'box "cars"', ...END]);
    // The two halves add up to the kerned whole word: 3690 + (9560 − 3690) units of 2000 per em.
    expect(shaped.items[0]!.widthPt).toBeCloseTo(18.45, 9);
    expect(shaped.items[2]!.widthPt).toBeCloseTo(29.35, 9);
    expect(shaped.breakTexts.size).toBe(0);
    expect(shaped.words[0]).toBe('low-carbon');
  });

  it('a dash offers a break after it, without a flag', () => {
    const shaped = shape('yes—no maybe');
    expect(itemKinds(shaped.items, shaped.pieces).slice(0, 3)).toEqual(['box "yes—"', 'penalty 0 0', 'box "no"']);
  });

  it('a hyphenation point gives a flagged penalty as wide as the hyphen, and "-" to add there', () => {
    const shaped = shape('the economy grows', 'body', stubHyphenator({ economy: [4] }));
    expect(itemKinds(shaped.items, shaped.pieces)).toEqual([
      'box "the"',
      JUSTIFIED_SPACE,
      'box "econ"',
      'penalty 3.37 50 flagged',
      'box "omy"',
      JUSTIFIED_SPACE,
      'box "grows"',
      ...END,
    ]);
    // "econ-" is 4660 units, "econ" 3986: the kerned hyphen adds 674/2000 em = 3.37 pt at 10 pt.
    expect(shaped.items[3]!.widthPt).toBeCloseTo(widthPt('econ-') - widthPt('econ'), 9);
    expect([...shaped.breakTexts]).toEqual([[3, '-']]);
  });

  it('a hyphenation point in ragged text keeps the line-end stretch around its penalty', () => {
    const shaped = shape('the economy grows', 'ragged', stubHyphenator({ economy: [4] }));
    expect(itemKinds(shaped.items, shaped.pieces).slice(4, 10)).toEqual([
      'box "econ"',
      'penalty 0 ∞',
      'glue 0 30 0',
      'penalty 3.37 50 flagged',
      'glue 0 -30 0',
      'box "omy"',
    ]);
    expect(shaped.breakTexts.get(7)).toBe('-');
  });

  it('does not hyphenate the paragraph’s last word', () => {
    const shaped = shape('grows the economy', 'body', stubHyphenator({ economy: [4], grows: [2] }));
    const kinds = itemKinds(shaped.items, shaped.pieces);
    // Only "gr|ows" takes a hyphen; "economy", last, stays whole.
    expect(kinds.filter((kind) => kind.includes('flagged'))).toHaveLength(1);
    expect(kinds.slice(0, 3)).toEqual(['box "gr"', expect.stringMatching(/^penalty [\d.]+ 50 flagged$/), 'box "ows"']);
    expect(kinds.slice(-4)).toEqual(['box "economy"', ...END]);
  });

  it('does not hyphenate when the style says not to', () => {
    const shaped = shape('the economy grows', 'unhyphenated', stubHyphenator({ economy: [4] }));
    expect(shaped.items.some((item) => item.type === 'penalty' && item.flagged)).toBe(false);
  });

  it('breaks at soft hyphens only and drops them from the text', () => {
    const hyphenator = createHyphenator('en-US', style('body').hyphenation);
    const shaped = shape('inter\u00ADnational trade', 'body', hyphenator);
    expect(itemKinds(shaped.items, shaped.pieces).slice(0, 3)).toEqual(['box "inter"', expect.stringMatching(/ 50 flagged$/), 'box "national"']);
    expect(shaped.items[1]!.widthPt).toBeCloseTo(widthPt('inter-') - widthPt('inter'), 9);
    expect(shaped.words[0]).toBe('international');
  });
});

describe('shapeParagraph: words longer than any column', () => {
  it('lets a URL break at the style guide’s places, with no hyphen and no break inside letters that fit a line', () => {
    const shaped = shape('see https://example.org/reports/2024/annual-summary.pdf now', 'unhyphenated');
    const costAfter = (prefix: string): number | undefined => {
      let text = '';
      for (let index = 0; index < shaped.items.length; index++) {
        const piece = shaped.pieces[index];
        if (piece) text += piece.text;
        const item = shaped.items[index]!;
        if (item.type === 'penalty' && text.endsWith(prefix)) return item.cost;
      }
      return undefined;
    };
    expect(costAfter('https://')).toBe(50);
    expect(costAfter('https://example')).toBe(150);
    expect(costAfter('https://example.org/')).toBe(50);
    // Before the hyphen, not after it: a line ending in '-' would read as a word broken with a hyphen.
    expect(costAfter('annual')).toBe(150);
    expect(costAfter('annual-')).toBeUndefined();
    // Every letter run fits 24 characters: no last-resort break.
    expect(costAfter('https://exam')).toBeUndefined();
    expect(shaped.wordBreaks.size).toBe(0);
    expect(shaped.items.some((item) => item.type === 'penalty' && item.flagged)).toBe(false);
    expect(shaped.breakTexts.size).toBe(0);
  });

  it('gives a 300-letter word dear breaks between its letters, recorded as last-resort breaks', () => {
    const word = 'a'.repeat(300);
    const shaped = shape(`x ${word} y`, 'unhyphenated');
    expect(shaped.wordBreaks.size).toBe(297);
    for (const index of shaped.wordBreaks) expect(shaped.items[index]).toMatchObject({ type: 'penalty', cost: 5000, flagged: false });
  });

  it('gives a hyphenated word too wide for the column last-resort breaks too: the limit on hyphens in a row may bar its hyphens', () => {
    const word = 'pneumonoultramicroscopicsilicovolcanoconiosis';
    const shaped = shapeParagraph(paragraph(`a ${word} b`), {
      style: style('body'),
      fonts,
      hyphenator: createHyphenator('en-US', style('body').hyphenation),
      indentPt: 0,
      narrowestMeasurePt: widthPt(word) / 3,
    });
    expect(shaped.items.filter((item) => item.type === 'penalty' && item.flagged).length).toBeGreaterThan(5);
    expect(shaped.wordBreaks.size).toBeGreaterThan(20);
    // Never two breaks at one place: no empty piece between them.
    const pieces = shaped.pieces.filter((piece) => piece?.wordIndex === 1).map((piece) => piece!.text);
    expect(pieces.join('')).toBe(word);
    expect(pieces.every((text) => text.length > 0)).toBe(true);
  });

  it('leaves ordinary words alone', () => {
    expect(shape('internationalization matters', 'unhyphenated').wordBreaks.size).toBe(0);
  });

  it('counts the indent against the first word: one that fits the column but not beside the indent gets breaks', () => {
    const measurePt = widthPt('Shanghai') + 1;
    const shapeIndented = (indentPt: number) =>
      shapeParagraph(paragraph('Shanghai Shanghai'), { style: style('unhyphenated'), fonts, hyphenator: noHyphens, indentPt, narrowestMeasurePt: measurePt });
    expect(shapeIndented(0).wordBreaks.size).toBe(0);
    const indented = shapeIndented(5);
    // Breaks in the first word only; the second has the whole measure.
    expect(indented.wordBreaks.size).toBeGreaterThan(0);
    for (const index of indented.wordBreaks) expect(indented.pieces[index - 1]?.wordIndex).toBe(0);
  });
});

describe('shapeParagraph: capitalised words', () => {
  it('hyphenates a German noun with a style that does not mention capitalised words', () => {
    expect(style('body').hyphenation.capitalized).toBeUndefined();
    const german = createHyphenator('de', style('body').hyphenation);
    const shaped = shape('Das Bundesverfassungsgericht entschied', 'body', german);
    expect(shaped.items.filter((item) => item.type === 'penalty' && item.flagged)).toHaveLength(6);
    const english = createHyphenator('en-US', style('body').hyphenation);
    expect(shape('The Bundesverfassungsgericht decided', 'body', english).items.some((item) => item.type === 'penalty' && item.flagged)).toBe(false);
  });


  it('charges capitalizedPenalty for hyphenating a name, the ordinary penalty elsewhere', () => {
    const shaped = shapeParagraph(paragraph('Shanghai factories grow'), {
      style: style('namesLastResort'),
      fonts,
      hyphenator: stubHyphenator({ Shanghai: [5], factories: [4] }),
      indentPt: 0,
    });
    const costs = shaped.items.filter((item) => item.type === 'penalty' && item.flagged).map((item) => (item.type === 'penalty' ? item.cost : 0));
    expect(costs).toEqual([900, 50]);
  });
});
