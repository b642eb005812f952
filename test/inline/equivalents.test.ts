import { describe, expect, it } from 'vitest';
import { FontSet } from '../../src/fonts/fontSet.js';
import { fixedSpaceWidthPt, withDrawnEquivalents } from '../../src/inline/equivalents.js';
import { shapeParagraph } from '../../src/inline/shape.js';
import { FRANKLIN_BOLD, minimalLayoutJson, resolveTestLayout } from '../layout-spec/minimalLayout.js';
import { fonts, itemKinds, paragraph, regular, stubHyphenator, style } from './fixtures.js';

const newsreaderHas = (char: string): boolean => regular.missingCharacters(char).length === 0;

describe('withDrawnEquivalents', () => {
  it('draws a non-breaking hyphen Newsreader lacks as its hyphen (U+2010), a figure dash as an en dash', () => {
    expect(newsreaderHas('\u2011')).toBe(false);
    expect(withDrawnEquivalents('non\u2011stop', newsreaderHas)).toBe('non\u2010stop');
    expect(withDrawnEquivalents('555\u20121234', newsreaderHas)).toBe('555\u20131234');
  });

  it('falls back to the next equivalent, and leaves a character alone when the font has it or has no equivalent', () => {
    expect(withDrawnEquivalents('a\u2011b', (char) => char !== '\u2011' && char !== '\u2010')).toBe('a-b');
    expect(withDrawnEquivalents('a\u2011b', () => true)).toBe('a\u2011b');
    expect(withDrawnEquivalents('a\u2011b', () => false)).toBe('a\u2011b');
    expect(withDrawnEquivalents('陈', () => false)).toBe('陈');
  });
});

describe('fixedSpaceWidthPt', () => {
  const layoutJson = minimalLayoutJson();
  layoutJson.fonts['Franklin Bold'] = { regular: FRANKLIN_BOLD };
  const franklin = new FontSet(resolveTestLayout(layoutJson).fontFiles).face('Franklin Bold/regular');

  it('sets a narrow no-break space as a no-break word space in a face with no narrower space', () => {
    // Newsreader has neither U+202F nor U+2009 nor U+2006; Libre Franklin's U+2009 is wider than its word space.
    expect(fixedSpaceWidthPt('\u202F', regular, 10)).toBeNull();
    expect(franklin.missingCharacters('\u2009')).toEqual([]);
    expect(franklin.widthPt('\u2009', 10)).toBeGreaterThan(franklin.widthPt(' ', 10));
    expect(fixedSpaceWidthPt('\u202F', franklin, 10)).toBeNull();
  });

  it('sets a figure space a digit wide, fixed; an ordinary space is not fixed', () => {
    expect(fixedSpaceWidthPt('\u2007', regular, 10)).toBeCloseTo(regular.widthPt('0', 10), 9);
    expect(fixedSpaceWidthPt('\u2007', franklin, 10)).toBeCloseTo(franklin.widthPt('\u2007', 10), 9);
    expect(fixedSpaceWidthPt(' ', regular, 10)).toBeNull();
    expect(fixedSpaceWidthPt('\u00A0', regular, 10)).toBeNull();
  });
});

describe('shapeParagraph: characters with equivalents', () => {
  const shape = (text: string) => shapeParagraph(paragraph(text), { style: style('body'), fonts, hyphenator: stubHyphenator({}), indentPt: 0 });

  it('draws U+2011 as U+2010 in one unbroken box, the word kept as written', () => {
    const shaped = shape('a non\u2011stop crossing');
    expect(itemKinds(shaped.items, shaped.pieces).slice(0, 4)).toEqual(['box "a"', 'glue 2.29 1.145 0.7557', 'box "non\u2010stop"', 'glue 2.29 1.145 0.7557']);
    expect(shaped.words[1]).toBe('non\u2011stop');
  });

  it('ties the words either side of a figure space or a narrow no-break space, a figure space fixed a digit wide', () => {
    const shaped = shape('costs 1\u2007200 or 1\u202F200');
    const kinds = itemKinds(shaped.items, shaped.pieces);
    const digitPt = Number(regular.widthPt('0', 10).toFixed(4));
    expect(kinds.slice(2, 5)).toEqual(['box "1"', 'penalty 0 ∞', `glue ${digitPt} 0 0`]);
    // Newsreader has no narrow space: an ordinary no-break space.
    expect(kinds.slice(9, 12)).toEqual(['box "1"', 'penalty 0 ∞', 'glue 2.29 1.145 0.7557']);
  });
});
