import { describe, expect, it } from 'vitest';
import { Typesetter } from '../../src/compose/typesetter.js';
import { InputError } from '../../src/errors.js';
import { FontSet } from '../../src/fonts/fontSet.js';
import type { Hyphenator } from '../../src/hyphenation/hyphenator.js';
import { shapeParagraph, type ShapedParagraph } from '../../src/inline/shape.js';
import { setLine } from '../../src/inline/setLine.js';
import type { ResolvedLayout } from '../../src/layout-spec/resolve.js';
import type { Box } from '../../src/linebreak/index.js';
import { FRANKLIN_BOLD, minimalLayoutJson, NOTO_EMOJI_REGULAR, resolveTestLayout } from '../layout-spec/minimalLayout.js';
import { itemKinds, paragraph, stubHyphenator } from './fixtures.js';

const NEWSREADER = 'Newsreader/regular';
const EMOJI = 'Noto Emoji/regular';

/** Newsreader 10 pt body text (no expansion, letter-spacing or optical margins) with the fallbacks given, in order. */
function layoutWith(fallbackFonts: string[]): ResolvedLayout {
  const json = minimalLayoutJson();
  json.fonts['Noto Emoji'] = { regular: NOTO_EMOJI_REGULAR };
  json.fonts['Franklin Bold'] = { regular: FRANKLIN_BOLD };
  const base = { font: 'Newsreader', sizePt: 10, leadingPt: 12, hyphenate: true, expansionPct: 0, letterSpacing: { stretchEm: 0, shrinkEm: 0 }, opticalMargins: false };
  json.styles = { body: { ...base, align: 'justify' }, ragged: { ...base, align: 'left' } };
  json.fallbackFonts = fallbackFonts;
  return resolveTestLayout(json);
}

const emojiLayout = layoutWith(['Noto Emoji']);

function shape(
  text: string,
  { layout = emojiLayout, fonts = new FontSet(layout.fontFiles), hyphenator = stubHyphenator({}), styleName = 'body' }: { layout?: ResolvedLayout; fonts?: FontSet; hyphenator?: Hyphenator; styleName?: string } = {},
): ShapedParagraph {
  return shapeParagraph(paragraph(text), { style: layout.styles.get(styleName)!, fonts, hyphenator, indentPt: 0 });
}

/** Each box's text with the face that draws it. */
function facedPieces(shaped: ShapedParagraph): string[] {
  return shaped.pieces.flatMap((piece) => (piece ? [`${piece.text} @${piece.faceId}`] : []));
}

describe('shapeParagraph: fallback fonts', () => {
  it('draws an emoji inside a word in the fallback face, as a box of its own, and the rest in the style’s face', () => {
    const shaped = shape('party🎉time now');
    expect(facedPieces(shaped)).toEqual([`party @${NEWSREADER}`, `🎉 @${EMOJI}`, `time @${NEWSREADER}`, `now @${NEWSREADER}`]);
    // Still one word, with no break between its faces.
    expect(shaped.words).toEqual(['party🎉time', 'now']);
    expect(itemKinds(shaped.items, shaped.pieces).slice(0, 4)).toEqual(['box "party"', 'box "🎉"', 'box "time"', 'glue 2.29 1.145 0.7557']);
  });

  it('measures each piece in the face that draws it', () => {
    const fonts = new FontSet(emojiLayout.fontFiles);
    const shaped = shape('party🎉time now', { fonts });
    const widths = shaped.items.slice(0, 3).map((item) => (item as Box).widthPt);
    expect(widths).toEqual([fonts.face(NEWSREADER).widthPt('party', 10), fonts.face(EMOJI).widthPt('🎉', 10), fonts.face(NEWSREADER).widthPt('time', 10)]);
    // Noto Emoji's advance is 2600/2048 em, nothing like a Newsreader glyph's.
    expect(widths[1]).toBeCloseTo(12.6953, 4);
  });

  it('keeps the style’s own space after a word that ends in the fallback face', () => {
    const shaped = shape('cheered 🎉 as');
    expect(facedPieces(shaped)).toEqual([`cheered @${NEWSREADER}`, `🎉 @${EMOJI}`, `as @${NEWSREADER}`]);
    expect(itemKinds(shaped.items, shaped.pieces).slice(0, 5)).toEqual(['box "cheered"', 'glue 2.29 1.145 0.7557', 'box "🎉"', 'glue 2.29 1.145 0.7557', 'box "as"']);
  });

  it('keeps an emoji with its variation selector or skin tone whole, in one face', () => {
    expect(facedPieces(shape('love❤️ 👍🏽!'))).toEqual([`love @${NEWSREADER}`, `❤️ @${EMOJI}`, `👍🏽 @${EMOJI}`, `! @${NEWSREADER}`]);
  });

  it('leaves a character no face has in the style’s face', () => {
    expect(facedPieces(shape('陈🎉'))).toEqual([`陈 @${NEWSREADER}`, `🎉 @${EMOJI}`]);
  });

  it('tries the fallbacks in the layout’s order', () => {
    // Newsreader has no Cyrillic; both Libre Franklin faces have, Noto Emoji has not.
    expect(facedPieces(shape('Москва🎉', { layout: layoutWith(['Libre Franklin', 'Franklin Bold', 'Noto Emoji']) }))).toEqual([
      'Москва @Libre Franklin/regular',
      `🎉 @${EMOJI}`,
    ]);
    expect(facedPieces(shape('Москва🎉', { layout: layoutWith(['Noto Emoji', 'Franklin Bold', 'Libre Franklin']) }))).toEqual([
      'Москва @Franklin Bold/regular',
      `🎉 @${EMOJI}`,
    ]);
  });

  it('embeds only the fallbacks that draw something, not those merely asked', () => {
    const layout = layoutWith(['Libre Franklin', 'Noto Emoji']);
    const fonts = new FontSet(layout.fontFiles);
    shape('cheered 🎉', { layout, fonts });
    expect(fonts.usedFaces().map((face) => face.id)).toEqual([NEWSREADER, EMOJI]);
  });

  it('uses no fallback, nor loads one into the document, for text the style’s face covers (Vietnamese, Polish)', () => {
    const fonts = new FontSet(emojiLayout.fontFiles);
    const shaped = shape('Tiếng Việt: Łódź, zażółć gęślą jaźń.', { fonts });
    expect(new Set(shaped.pieces.map((piece) => piece?.faceId))).toEqual(new Set([NEWSREADER, undefined]));
    expect(fonts.usedFaces().map((face) => face.id)).toEqual([NEWSREADER]);
    shape('cheered 🎉', { fonts });
    expect(fonts.usedFaces().map((face) => face.id)).toEqual([NEWSREADER, EMOJI]);
  });
});

describe('shapeParagraph: no hyphen across faces', () => {
  const breaks = { celebrations: [4, 7], 'celebrations🎉': [4, 7], '🎉🎉🎉🎉🎉🎉': [4] };
  const flagged = (shaped: ShapedParagraph): number => shaped.items.filter((item) => item.type === 'penalty' && item.flagged).length;

  it('hyphenates a word set in one face', () => {
    expect(flagged(shape('celebrations go on', { hyphenator: stubHyphenator(breaks) }))).toBe(2);
  });

  it('does not hyphenate a word set in two faces, justified or ragged', () => {
    for (const styleName of ['body', 'ragged']) {
      const shaped = shape('celebrations🎉 go on', { hyphenator: stubHyphenator(breaks), styleName });
      expect(flagged(shaped)).toBe(0);
      expect(shaped.breakTexts.size).toBe(0);
    }
  });

  it('does not hyphenate a word set wholly in a fallback face', () => {
    const shaped = shape('🎉🎉🎉🎉🎉🎉 go on', { hyphenator: stubHyphenator(breaks) });
    // UAX #14 lets a line break between two emoji (as between ideographs), never with a hyphen added.
    const firstWord = shaped.pieces.filter((piece) => piece?.wordIndex === 0);
    expect(firstWord.map((piece) => piece!.text).join('')).toBe('🎉🎉🎉🎉🎉🎉');
    expect(new Set(firstWord.map((piece) => piece!.faceId))).toEqual(new Set([EMOJI]));
    expect(flagged(shaped)).toBe(0);
    expect(shaped.breakTexts.size).toBe(0);
  });

  it('drops soft hyphens from a word in two faces', () => {
    const shaped = shape('cele\u00ADbra\u00ADtions🎉 go', { hyphenator: stubHyphenator(breaks) });
    expect(facedPieces(shaped).slice(0, 2)).toEqual([`celebrations @${NEWSREADER}`, `🎉 @${EMOJI}`]);
    expect(flagged(shaped)).toBe(0);
  });
});

describe('setLine: a fallback run', () => {
  it('sets the fallback piece as a run of its own face, joined to the letters around it', () => {
    const fonts = new FontSet(emojiLayout.fontFiles);
    const shaped = shape('party🎉time now', { fonts });
    const line = setLine(shaped, { startItem: 0, breakItem: shaped.items.length - 1, endsParagraph: true }, { xPt: 0, widthPt: 200, baselinePt: 12 }, fonts, 0);
    expect(line.runs.map((run) => [run.text, run.fontId])).toEqual([
      ['party', NEWSREADER],
      ['🎉', EMOJI],
      ['time', NEWSREADER],
      ['now', NEWSREADER],
    ]);
    const [party, emoji, time] = line.runs;
    expect(emoji!.xPt).toBeCloseTo(party!.xPt + party!.widthPt, 9);
    expect(time!.xPt).toBeCloseTo(emoji!.xPt + emoji!.widthPt, 9);
  });
});

describe('Typesetter.shape: characters no face has', () => {
  function errorOf(text: string, layout: ResolvedLayout): string {
    const typesetter = new Typesetter(layout, new FontSet(layout.fontFiles), 'en-US', 'articles/a.md');
    try {
      typesetter.shape(paragraph(text), layout.styles.get('body')!, 0, 'body paragraph 2');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).message;
    }
    return 'no error';
  }

  it('accepts an emoji a fallback has, in a paragraph with hyphenation points (Noto Emoji has no hyphen)', () => {
    const typesetter = new Typesetter(emojiLayout, new FontSet(emojiLayout.fontFiles), 'en-US', 'articles/a.md');
    const text = 'The crowd cheered 🎉 as the international ferry left for its celebrations.';
    const shaped = typesetter.shape(paragraph(text), emojiLayout.styles.get('body')!, 0, 'body paragraph 2');
    expect(shaped.breakTexts.size).toBeGreaterThan(0);
    expect(shaped.pieces.some((piece) => piece?.faceId === EMOJI)).toBe(true);
  });

  it('refuses a character no face has, naming it and where it is, in the message used without fallbacks', () => {
    expect(errorOf('Chen 陈 cheered 🎉.', emojiLayout)).toBe("articles/a.md: body paragraph 2: font Newsreader-Regular has no glyph for '陈' (U+9648)");
    expect(errorOf('The crowd cheered 🎉.', layoutWith([]))).toBe("articles/a.md: body paragraph 2: font Newsreader-Regular has no glyph for '🎉' (U+1F389)");
  });
});
