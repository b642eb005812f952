import { describe, expect, it } from 'vitest';
import { photoFloats, placeFloats, type BodyRegion } from '../../src/compose/floats.js';
import { fillPhotoSlots } from '../../src/compose/photoSlots.js';
import { InputError } from '../../src/errors.js';
import type { ResolvedBlock } from '../../src/layout-spec/resolve.js';
import { mmToPt } from '../../src/layout-spec/units.js';
import type { LayoutJson } from '../layout-spec/minimalLayout.js';
import { article, resolvePage, typesetterFor } from './fixtures.js';

type FloatJson = NonNullable<Extract<NonNullable<LayoutJson['story']>[number], { type: 'body' }>['floats']>[number];

// The fixtures' page: rows every 12 pt from y = 72, cap height 6.7 pt, descenders 2.65 pt; two 270 pt columns.
const region: BodyRegion = {
  grid: { originPt: 72, stepPt: 12, capHeightPt: 6.7 },
  columns: { leftPt: 72, count: 2, widthPt: 270, gutterPt: 36 },
  firstRow: 0,
  lastRow: 47,
  descenderPt: 2.65,
};

function place(floats: FloatJson[]) {
  const layout = resolvePage([{ type: 'body', floats }]);
  const variant = layout.variants[0]!;
  const body = variant.story[0] as Extract<ResolvedBlock, { type: 'body' }>;
  const filled = new Map(fillPhotoSlots(article(), variant, layout.filePath).map((slot) => [slot.where, slot]));
  return placeFloats(layout.filePath, photoFloats(typesetterFor(layout), body.floats, 'story[0]', filled), region);
}

describe('placeFloats', () => {
  it('places a top float at the body’s top; the text keeps its space clear of photo and caption', () => {
    const { frames, exclusions } = place([{ image: 'map', columns: [2, 2], heightMm: 30, spaceMm: 3 }]);
    const [photo, caption] = frames;
    expect(photo).toMatchObject({ kind: 'image', imageId: 'map', xPt: 378, yPt: 72 });
    expect(caption).toMatchObject({ kind: 'text', role: 'caption' });
    expect(exclusions).toEqual([{ columns: { first: 2, last: 2 }, topPt: 72 - mmToPt(3), bottomPt: caption!.yPt + caption!.heightPt + mmToPt(3) }]);
  });

  it('ends a bottom float’s caption where the column’s last line would, rowOffset rows higher', () => {
    const bottomOfLastRowPt = 72 + 47 * 12 + 6.7 + 2.65;
    const [, caption] = place([{ image: 'map', columns: [1, 1], position: 'bottom', heightMm: 30 }]).frames;
    expect(caption!.yPt + caption!.heightPt).toBeCloseTo(bottomOfLastRowPt, 9);
    const [, raised] = place([{ image: 'map', columns: [1, 1], position: 'bottom', heightMm: 30, rowOffset: 2 }]).frames;
    expect(raised!.yPt + raised!.heightPt).toBeCloseTo(bottomOfLastRowPt - 24, 9);
  });

  it('refuses a float taller than the body, and floats that cover each other, naming the field', () => {
    expect(() => place([{ image: 'map', columns: [1, 1], heightMm: 250 }])).toThrow(InputError);
    expect(() => place([{ image: 'map', columns: [1, 1], heightMm: 250 }])).toThrow(/story\[0\]\.floats\[0\]\.heightMm: the photo and its caption/u);
    const overlapping = () =>
      place([
        { image: 'map', columns: [1, 2], heightMm: 30 },
        { image: 'lead', columns: [2, 2], heightMm: 30, rowOffset: 2 },
      ]);
    expect(overlapping).toThrow(/story\[0\]\.floats\[1\]\.columns: the photo overlaps floats\[0\] in column 2/u);
  });

  it('places nothing for a body without floats', () => {
    expect(place([])).toEqual({ frames: [], exclusions: [] });
  });
});
