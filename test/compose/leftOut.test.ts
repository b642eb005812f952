import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { composePage, type ComposedDocument } from '../../src/compose/composePage.js';
import { FontSet } from '../../src/fonts/fontSet.js';
import type { LayoutJson } from '../layout-spec/minimalLayout.js';
import { article, bodyText, LAYOUT_PATH, resolvePage } from './fixtures.js';

function compose(story: LayoutJson['story'], overrides: Partial<Article> = {}): ComposedDocument {
  const layout = resolvePage(story);
  return composePage(article(overrides), layout, new FontSet(layout.fontFiles));
}

describe('every element of the article has a place or a warning', () => {
  it('names a photo beyond the layout’s slots, and the deck, byline, dateline and source it has no place for', () => {
    const document = compose([{ type: 'image', image: 'next', heightMm: 20 }, { type: 'headline', style: 'headline' }, { type: 'body' }], {
      deck: 'A deck',
      byline: 'By a reporter',
      dateline: 'RIVERSIDE',
      source: 'Agency',
    });
    expect(document.warnings).toEqual([
      { where: 'images[1] (map)', message: `no slot in ${LAYOUT_PATH}; not printed` },
      { where: 'deck', message: `no deck block in ${LAYOUT_PATH}; not printed` },
      { where: 'byline', message: `no byline block in ${LAYOUT_PATH}; not printed` },
      { where: 'dateline', message: `no dateline block in ${LAYOUT_PATH}; not printed` },
      { where: 'source', message: `no sourceLine in the body block of ${LAYOUT_PATH}; not printed` },
    ]);
  });

  it('prints the deck, byline and dateline where the layout has blocks for them, and warns of nothing', () => {
    const document = compose(
      [
        { type: 'headline', style: 'headline' },
        { type: 'deck', style: 'caption' },
        { type: 'byline', style: 'caption' },
        { type: 'dateline', style: 'caption' },
        { type: 'body', floats: [{ image: 'next', columns: [1, 1], heightMm: 20 }, { image: 'next', columns: [2, 2], heightMm: 20 }] },
      ],
      { deck: 'A deck', byline: 'By a reporter', dateline: 'RIVERSIDE' },
    );
    expect(document.warnings).toEqual([]);
    const roles = document.pages[0]!.frames.map((frame) => (frame.kind === 'text' ? frame.role : frame.kind === 'image' ? frame.imageId : frame.kind));
    expect(roles).toEqual(expect.arrayContaining(['deck', 'byline', 'dateline', 'lead', 'map']));
  });

  it('says which place had no room when a block falls below the page', () => {
    // A story longer than the page: the body takes it all (and reports the overset), the photo after it gets no room.
    const document = compose([{ type: 'body', heightMm: 'auto' }, { type: 'image', image: 2, heightMm: 10 }], { body: Array.from({ length: 12 }, () => bodyText).flat() });
    expect(document.overset).not.toBeNull();
    expect(document.warnings).toContainEqual({ where: 'images[1] (map)', message: 'its place story[1] had no room left on the page; not printed' });
  });
});

describe('copyfitting on a composed page', () => {
  it('grows a photo by whole grid rows to fill what a short story leaves, and reports it', () => {
    const document = compose([{ type: 'image', image: 1, heightMm: 40, maxHeightMm: 120 }, { type: 'body', balance: true, floats: [{ image: 2, columns: [2, 2], heightMm: 20, optional: true }] }]);
    const [resized] = document.copyfit.photos;
    expect(resized).toMatchObject({ where: 'story[0]', image: 1, imageId: 'lead', fromMm: expect.closeTo(40, 9) });
    const grownRows = ((resized!.toMm - resized!.fromMm) / 25.4) * 72 / 12;
    expect(grownRows).toBeGreaterThan(0);
    expect(Math.abs(grownRows - Math.round(grownRows))).toBeLessThan(1e-6);
    expect(document.overset).toBeNull();
    expect(document.copyfit.freeBelowMm).toBeNull();
  });

  it('leaves the rest of the page free below a body that ends at its content, and says how much', () => {
    const document = compose([{ type: 'image', image: 1, heightMm: 40, maxHeightMm: 120 }, { type: 'body', heightMm: 'auto' }]);
    expect(document.copyfit.photos).toEqual([]);
    expect(document.copyfit.freeBelowMm).toBeGreaterThan(50);
  });
});
