import { describe, expect, it } from 'vitest';
import { captionText, findImage, placePhoto } from '../../src/compose/photo.js';
import { mmToPt } from '../../src/layout-spec/units.js';
import { lineText } from '../../src/positioned/lineText.js';
import type { TextFrame } from '../../src/positioned/types.js';
import { ARTICLE_PATH, article, images, inputErrorOf, LAYOUT_PATH, resolvePage, typesetterFor } from './fixtures.js';

const findError = (...args: Parameters<typeof findImage>): string => inputErrorOf(() => findImage(...args));

describe('findImage', () => {
  it('finds an image by 1-based number or by id', () => {
    expect(findImage(article(), 1, LAYOUT_PATH, 'story[0].image').id).toBe('lead');
    expect(findImage(article(), 2, LAYOUT_PATH, 'story[0].image').id).toBe('map');
    expect(findImage(article(), 'map', LAYOUT_PATH, 'story[0].image').srcPath).toBe('/images/map.jpg');
  });

  it('names the layout field, the article and the images it has when the image is missing', () => {
    expect(findError(article(), 3, LAYOUT_PATH, 'story[0].image')).toBe(
      `${LAYOUT_PATH}: story[0].image: the article ${ARTICLE_PATH} has no image 3; it has 1 (lead), 2 (map)`,
    );
    expect(findError(article(), 'chart', LAYOUT_PATH, 'story[2].floats[0].image')).toBe(
      `${LAYOUT_PATH}: story[2].floats[0].image: the article ${ARTICLE_PATH} has no image "chart"; it has 1 (lead), 2 (map)`,
    );
    expect(findError(article({ images: [] }), 1, LAYOUT_PATH, 'story[0].image')).toBe(
      `${LAYOUT_PATH}: story[0].image: the article ${ARTICLE_PATH} has no image 1; it has no images`,
    );
  });
});

describe('captionText', () => {
  it('ends with a dash and the credit, tied by no-break spaces', () => {
    expect(captionText({ ...images[0]!, credit: ' Ann  Lee ' })).toBe('The ferry leaves the north pier at dawn. \u2014\u00A0Ann\u00A0Lee');
    expect(captionText({ ...images[0]!, credit: 'Xinhua' })).toBe('The ferry leaves the north pier at dawn. \u2014\u00A0Xinhua');
  });

  it('is the caption alone when there is no credit', () => {
    expect(captionText(images[1]!)).toBe('The old and the new route.');
  });
});

describe('placePhoto', () => {
  const layout = resolvePage([{ type: 'body' }]);
  const caption = { style: 'caption', gapPt: mmToPt(1.5) };

  it('places the photo frame and sets the caption below it, the credit kept on one line with its dash', () => {
    const typesetter = typesetterFor(layout);
    // A 100 pt measure forces the caption onto several lines.
    const placed = placePhoto(typesetter, images[0]!, { xPt: 72, widthPt: 100, topPt: 72, heightPt: 50, crop: 'attention' }, caption, 'story[0]');
    const [photo, captionFrame] = placed.frames as [unknown, TextFrame];
    expect(photo).toEqual({ kind: 'image', imageId: 'lead', srcPath: '/images/lead.jpg', alt: 'A ferry on the river', xPt: 72, yPt: 72, widthPt: 100, heightPt: 50, crop: 'attention' });
    expect(captionFrame).toMatchObject({ kind: 'text', role: 'caption', xPt: 72, widthPt: 100 });
    expect(captionFrame.yPt).toBeCloseTo(122 + mmToPt(1.5), 9);
    const lines = captionFrame.lines.map(lineText);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[lines.length - 1]).toMatch(/\u2014 Ann Lee$/);
    // Libre Franklin: cap height 0.742 em, descender 0.246 em; caption 8/9.5 pt.
    const lastBaselinePt = captionFrame.yPt + 0.742 * 8 + (lines.length - 1) * 9.5;
    expect(captionFrame.lines[lines.length - 1]!.baselinePt).toBeCloseTo(lastBaselinePt, 9);
    expect(placed.bottomPt).toBeCloseTo(lastBaselinePt + 0.246 * 8, 9);
    expect(typesetter.warnings).toEqual([]);
  });

  it('without caption text, the photo’s bottom is the bottom', () => {
    const placed = placePhoto(typesetterFor(layout), { ...images[1]!, caption: '' }, { xPt: 0, widthPt: 100, topPt: 10, heightPt: 50, crop: 'centre' }, caption, 'x');
    expect(placed.frames).toHaveLength(1);
    expect(placed.bottomPt).toBe(60);
  });
});
