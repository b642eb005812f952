import { describe, expect, it } from 'vitest';
import { mmToPt } from '../../src/layout-spec/units.js';
import { layoutErrorOf, minimalLayoutJson, resolveTestLayout, withField, type LayoutJson } from './minimalLayout.js';

const FILE = 'layouts/x.json';

const errorOf = (json: unknown): string => layoutErrorOf(json, FILE);

function withCaption(): LayoutJson {
  const json = minimalLayoutJson();
  json.styles!.caption = { font: 'Newsreader', sizePt: 8, leadingPt: 9.5 };
  return json;
}

function withVariants(variants: unknown): unknown {
  const { story: _story, ...json } = withCaption();
  return { ...json, variants };
}

describe('layout variants', () => {
  it('a plain story is one variant that any article matches', () => {
    const [variant, ...others] = resolveTestLayout(minimalLayoutJson()).variants;
    expect(others).toEqual([]);
    expect(variant).toMatchObject({ where: 'story', name: null, when: {} });
  });

  it('resolves each variant’s condition into inclusive ranges and its blocks with their place in the file', () => {
    const layout = resolveTestLayout(
      withVariants([
        { name: 'brief', when: { images: 0, words: { max: 300 }, deck: false }, story: [{ type: 'body', heightMm: 'auto' }] },
        { name: 'photos', when: { images: { min: 1 } }, story: [{ type: 'image', image: 'next', heightMm: 50 }, { type: 'body' }] },
      ]),
    );
    expect(layout.variants.map(({ where, name, when }) => ({ where, name, when }))).toEqual([
      { where: 'variants[0].story', name: 'brief', when: { images: { min: 0, max: 0 }, words: { min: 0, max: 300 }, deck: false } },
      { where: 'variants[1].story', name: 'photos', when: { images: { min: 1, max: Number.POSITIVE_INFINITY } } },
    ]);
    expect(layout.variants[0]!.story[0]).toMatchObject({ type: 'body', heightPt: null, endsAtContent: true, balance: true });
  });

  it('refuses a layout with both story and variants, or with neither, in one line naming the field', () => {
    const both = { ...withCaption(), variants: [{ name: 'a', story: [{ type: 'body' }] }] };
    expect(errorOf(both)).toBe(`${FILE}: variants: a layout has either \`story\` or \`variants\`, not both nor neither`);
    const { story: _story, ...neither } = withCaption();
    expect(errorOf(neither)).toBe(`${FILE}: story: a layout has either \`story\` or \`variants\`, not both nor neither`);
  });

  it('names a variant’s wrong field by its path', () => {
    expect(errorOf(withVariants([{ name: 'a', when: { imags: 1 }, story: [{ type: 'body' }] }]))).toBe(
      `${FILE}: variants[0].when: unknown field 'imags' (did you mean 'images'?)`,
    );
    expect(errorOf(withVariants([{ name: 'a', when: { images: { min: 3, max: 1 } }, story: [{ type: 'body' }] }]))).toBe(
      `${FILE}: variants[0].when.images: min 3 is above max 1`,
    );
    expect(errorOf(withVariants([{ name: 'a', story: [{ type: 'headline', style: 'nope' }, { type: 'body' }] }]))).toMatch(
      new RegExp(`^${FILE}: variants\\[0\\]\\.story\\[0\\]\\.style: unknown style 'nope'`),
    );
    expect(errorOf(withVariants([{ name: 'a', story: [{ type: 'headline', style: 'body' }] }]))).toBe(
      `${FILE}: variants[0].story: a story needs exactly one block of type "body"`,
    );
  });
});

describe('photo slots', () => {
  it('default to a fixed height, required photo; limits resolve to points', () => {
    const story = (block: unknown) => resolveTestLayout(withField(withCaption(), 'story', [block, { type: 'body' }])).variants[0]!.story[0]!;
    expect(story({ type: 'image', image: 1, heightMm: 50 })).toMatchObject({ optional: false, heightPt: mmToPt(50), minHeightPt: mmToPt(50), maxHeightPt: mmToPt(50) });
    expect(story({ type: 'image', image: 'next', optional: true, heightMm: 50, minHeightMm: 30, maxHeightMm: 80 })).toMatchObject({
      image: 'next',
      optional: true,
      minHeightPt: mmToPt(30),
      maxHeightPt: mmToPt(80),
    });
  });

  it('refuse limits on the wrong side of the height', () => {
    const json = (limits: object) => withField(withCaption(), 'story', [{ type: 'image', image: 1, heightMm: 50, ...limits }, { type: 'body' }]);
    expect(errorOf(json({ minHeightMm: 60 }))).toBe(`${FILE}: story[0].minHeightMm: 60 mm is above heightMm (50 mm)`);
    expect(errorOf(json({ maxHeightMm: 40 }))).toBe(`${FILE}: story[0].maxHeightMm: 40 mm is below heightMm (50 mm)`);
  });

  it('a body of height "auto" may have blocks after it; "tall" is refused', () => {
    const json = (heightMm: unknown) => withField(withCaption(), 'story', [{ type: 'body', heightMm }, { type: 'byline', style: 'body' }]);
    expect(resolveTestLayout(json('auto')).variants[0]!.story).toHaveLength(2);
    expect(errorOf(json('tall'))).toMatch(new RegExp(`^${FILE}: story\\[0\\]\\.heightMm: `));
  });
});
