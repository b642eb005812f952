import { describe, expect, it } from 'vitest';
import { bodyWordCount, chooseVariant, describeArticleShape } from '../../src/compose/chooseVariant.js';
import { fillPhotoSlots } from '../../src/compose/photoSlots.js';
import { resolveTestLayout, type LayoutJson } from '../layout-spec/minimalLayout.js';
import { article, ARTICLE_PATH, images, inputErrorOf, LAYOUT_PATH, pageLayoutJson, resolvePage } from './fixtures.js';

const photo = (image: unknown, extra: object = {}) => ({ type: 'image' as const, image, heightMm: 20, ...extra }) as NonNullable<LayoutJson['story']>[number];
const body = (floats: unknown[] = []) => ({ type: 'body' as const, floats }) as NonNullable<LayoutJson['story']>[number];
const float = (image: unknown, columns: [number, number], extra: object = {}) => ({ image, columns, heightMm: 20, ...extra });

function filled(story: LayoutJson['story'], overrides = {}) {
  const layout = resolvePage(story);
  return fillPhotoSlots(article(overrides), layout.variants[0]!, LAYOUT_PATH).map((slot) => [slot.where, slot.image.id]);
}

describe('fillPhotoSlots', () => {
  it('fills named slots first, then each "next" slot with the first photo no slot has taken, in story order', () => {
    expect(filled([photo('next'), body([float(1, [1, 1])])])).toEqual([
      ['story[0]', 'map'],
      ['story[1].floats[0]', 'lead'],
    ]);
  });

  it('leaves out an optional slot the article has no photo for, silently', () => {
    expect(filled([photo('next'), body([float('next', [1, 1], { optional: true })])], { images: [images[0]!] })).toEqual([['story[0]', 'lead']]);
    expect(filled([photo('chart', { optional: true }), body()])).toEqual([]);
    expect(filled([photo('next', { optional: true }), body()], { images: [] })).toEqual([]);
  });

  it('refuses a required slot with no photo, naming the slot and what the article has', () => {
    expect(inputErrorOf(() => filled([photo('next'), body([float('next', [1, 1]), float('next', [2, 2])])]))).toBe(
      `${LAYOUT_PATH}: story[1].floats[1].image: the article ${ARTICLE_PATH} has no photo left for this slot; its 2 went to earlier slots (an optional slot would be left out)`,
    );
    expect(inputErrorOf(() => filled([photo(3), body()]))).toBe(`${LAYOUT_PATH}: story[0].image: the article ${ARTICLE_PATH} has no image 3; it has 1 (lead), 2 (map)`);
  });

  it('refuses a second slot naming a photo another already placed, by position or id', () => {
    expect(inputErrorOf(() => filled([photo(1), body([float('lead', [1, 1])])]))).toBe(
      `${LAYOUT_PATH}: story[1].floats[0].image: photo 1 (lead) is already placed by story[0]; a photo prints once`,
    );
  });
});

describe('chooseVariant', () => {
  const json = (): LayoutJson => {
    const { story: _story, ...rest } = pageLayoutJson([]);
    return {
      ...rest,
      variants: [
        { name: 'brief', when: { images: 0, words: { max: 100 } }, story: [{ type: 'body' }] },
        { name: 'with deck', when: { images: { min: 1 }, deck: true }, story: [{ type: 'body' }] },
        { name: 'photos', when: { images: { min: 1, max: 2 } }, story: [{ type: 'body' }] },
      ],
    };
  };
  const layout = resolveTestLayout(json(), LAYOUT_PATH);

  it('takes the first variant whose every condition the article meets', () => {
    expect(chooseVariant(layout, article({ images: [], body: article().body.slice(4) })).name).toBe('brief');
    expect(chooseVariant(layout, article({ deck: 'A deck' })).name).toBe('with deck');
    expect(chooseVariant(layout, article()).name).toBe('photos');
  });

  it('refuses an article no variant takes, saying what the article has', () => {
    expect(inputErrorOf(() => chooseVariant(layout, article({ images: [] })))).toBe(
      `${LAYOUT_PATH}: variants: no variant's \`when\` matches the article ${ARTICLE_PATH} (0 images, ${bodyWordCount(article())} words, no deck, no byline, no dateline)`,
    );
  });

  it('counts the body’s words as printed, split at spaces', () => {
    expect(bodyWordCount(article({ body: [{ spans: [{ text: 'Two ', italic: false, bold: false }, { text: 'words', italic: true, bold: false }] }] }))).toBe(2);
    expect(describeArticleShape(article({ byline: 'By me' }), 7)).toBe('2 images, 7 words, no deck, byline, no dateline');
  });
});
