import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { ResolvedBlock } from '../../src/layout-spec/resolve.js';
import { mmToPt } from '../../src/layout-spec/units.js';
import { FRANKLIN_REGULAR, minimalLayoutJson, NEWSREADER_REGULAR, NOTO_EMOJI_REGULAR, resolveTestLayout, withField, type LayoutJson } from './minimalLayout.js';

const FILE = 'layouts/x.json';

/** The one-line message resolving `json` throws. */
function errorOf(json: unknown, file = FILE): string {
  try {
    resolveTestLayout(json, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).not.toMatch(/[\r\n]/);
    return message;
  }
  throw new Error('expected an InputError');
}

/** The minimal layout with its story replaced. */
function withStory(...story: unknown[]): unknown {
  return withField(minimalLayoutJson(), 'story', story);
}

/** The minimal layout plus a caption style, which image blocks need by default. */
function withCaptionStyle(): LayoutJson {
  const json = minimalLayoutJson();
  json.styles.caption = { font: 'Libre Franklin', sizePt: 8, leadingPt: 9.5 };
  return json;
}

describe('resolveLayout: a minimal layout in points', () => {
  const layout = resolveTestLayout(minimalLayoutJson(), FILE);

  it('converts the page and columns: 720 pt page, 72 pt margins, two 270 pt columns with a 36 pt gutter', () => {
    expect(layout.page.widthPt).toBeCloseTo(720, 9);
    expect(layout.page.heightPt).toBeCloseTo(720, 9);
    expect(layout.page.bleedPt).toBe(0);
    expect(Object.values(layout.page.margins).map((value) => Number(value.toFixed(9)))).toEqual([72, 72, 72, 72]);
    expect(layout.columns.count).toBe(2);
    expect(layout.columns.gutterPt).toBeCloseTo(36, 9);
    expect(layout.columns.widthPt).toBeCloseTo(270, 9);
  });

  it('fills in the defaults', () => {
    expect(layout.filePath).toBe(FILE);
    expect(layout.grid).toEqual({ stepPt: 12, capHeightStyle: 'body' });
    expect(layout.creationDate.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    const body = layout.styles.get('body')!;
    expect(body).toMatchObject({ name: 'body', bold: false, italic: false, firstLineIndentEm: 0, tolerance: 200, uppercase: false });
    expect(body.hyphenation).toEqual({
      minWordLength: 5,
      minBefore: 2,
      minAfter: 3,
      maxConsecutive: 2,
      penalty: 50,
      // No default: the article's language decides (hyphenation/capitalizedByDefault).
      acrossColumns: false,
      exceptions: [],
    });
    expect(body.wordSpace).toEqual({ stretchPct: 50, shrinkPct: 33, maxEm: 0.5 });
    expect(layout.variants).toHaveLength(1);
    expect(layout.variants[0]!.story).toEqual<ResolvedBlock[]>([
      {
        type: 'body',
        style: 'body',
        columns: { first: 1, last: 2 },
        heightPt: null,
        endsAtContent: false,
        balance: false,
        avoidWidows: true,
        avoidOrphans: true,
        dropCap: null,
        floats: [],
        crossheads: { style: null, spaceAboveRows: 1 },
        pullQuotes: [],
        sourceLine: null,
      },
    ]);
  });

  it('finds the font files in their npm packages, by family/variant id', () => {
    expect([...layout.fontFiles.keys()]).toEqual([
      'Newsreader/regular',
      'Newsreader/italic',
      'Newsreader/bold',
      'Libre Franklin/regular',
      'Libre Franklin/bold',
    ]);
    const regular = layout.fontFiles.get('Newsreader/regular')!;
    expect(path.isAbsolute(regular)).toBe(true);
    expect(regular.endsWith(path.join('@expo-google-fonts', 'newsreader', '400Regular', 'Newsreader_400Regular.ttf'))).toBe(true);
  });
});

describe('resolveLayout: faces of a style', () => {
  const json = minimalLayoutJson();
  json.styles.headline = { font: 'Libre Franklin', bold: true, sizePt: 30, leadingPt: 32 };
  json.styles.deck = { font: 'Libre Franklin', italic: true, sizePt: 14, leadingPt: 16 };
  const styles = resolveTestLayout(json).styles;

  it('a roman style: each variant its own face, bold italic falling back to bold', () => {
    expect(styles.get('body')!.faces).toEqual({
      regular: 'Newsreader/regular',
      italic: 'Newsreader/italic',
      bold: 'Newsreader/bold',
      boldItalic: 'Newsreader/bold',
    });
  });

  it('a bold style is bold throughout; its family has no italic, so italic spans stay bold', () => {
    expect(styles.get('headline')!.faces).toEqual({
      regular: 'Libre Franklin/bold',
      italic: 'Libre Franklin/bold',
      bold: 'Libre Franklin/bold',
      boldItalic: 'Libre Franklin/bold',
    });
  });

  it('an italic style in a family without italics falls back to the regular face', () => {
    expect(styles.get('deck')!.faces.regular).toBe('Libre Franklin/regular');
    expect(styles.get('deck')!.faces.bold).toBe('Libre Franklin/bold');
  });
});

describe('resolveLayout: fallback fonts', () => {
  it('none by default', () => {
    expect(resolveTestLayout().styles.get('body')!.fallbackFaces).toEqual({ regular: [], italic: [], bold: [], boldItalic: [] });
  });

  it('gives each variant, in order, the fallback family’s face of that variant, else its regular', () => {
    const json = minimalLayoutJson();
    json.fonts['Noto Emoji'] = { regular: NOTO_EMOJI_REGULAR };
    json.fallbackFonts = ['Libre Franklin', 'Noto Emoji'];
    json.styles.headline = { font: 'Newsreader', bold: true, sizePt: 30, leadingPt: 32 };
    const styles = resolveTestLayout(json).styles;
    // Libre Franklin has a bold but no italic; Noto Emoji has only a regular.
    expect(styles.get('body')!.fallbackFaces).toEqual({
      regular: ['Libre Franklin/regular', 'Noto Emoji/regular'],
      italic: ['Libre Franklin/regular', 'Noto Emoji/regular'],
      bold: ['Libre Franklin/bold', 'Noto Emoji/regular'],
      boldItalic: ['Libre Franklin/regular', 'Noto Emoji/regular'],
    });
    // In a bold style, a roman span asks for bold.
    expect(styles.get('headline')!.fallbackFaces.regular).toEqual(['Libre Franklin/bold', 'Noto Emoji/regular']);
  });

  it('refuses a family not declared in fonts, naming its place in the list', () => {
    expect(errorOf(withField(minimalLayoutJson(), 'fallbackFonts', ['Libre Franklin', 'Noto Emoji']))).toBe(
      `${FILE}: fallbackFonts[1]: unknown font family 'Noto Emoji' (known: Newsreader, Libre Franklin)`,
    );
    expect(errorOf(withField(minimalLayoutJson(), 'fallbackFonts', ['toString']))).toBe(
      `${FILE}: fallbackFonts[0]: unknown font family 'toString' (known: Newsreader, Libre Franklin)`,
    );
  });

  it('refuses a list that is not of family names', () => {
    expect(errorOf(withField(minimalLayoutJson(), 'fallbackFonts', 'Noto Emoji'))).toBe(`${FILE}: fallbackFonts: expected array, got "Noto Emoji"`);
    expect(errorOf(withField(minimalLayoutJson(), 'fallbackFonts', ['']))).toMatch(/^layouts\/x\.json: fallbackFonts\[0\]: /);
  });
});

describe('resolveLayout: blocks', () => {
  it('converts block sizes and fills caption defaults', () => {
    const json = withCaptionStyle();
    json.story = [
      { type: 'image', image: 1, heightMm: 25.4 },
      { type: 'body', heightMm: 50.8, columns: [2, 2], balance: true, dropCap: { style: 'body' }, floats: [{ image: 'map', columns: [1, 1], heightMm: 12.7 }] },
      { type: 'dateline', style: 'caption', spaceAfterMm: 0 },
    ];
    const [image, body, dateline] = resolveTestLayout(json).variants[0]!.story;
    expect(image).toMatchObject({ type: 'image', image: 1, columns: { first: 1, last: 2 }, crop: 'centre', caption: { style: 'caption' } });
    if (image?.type !== 'image' || body?.type !== 'body') throw new Error('unexpected block types');
    expect(image.heightPt).toBeCloseTo(72, 9);
    expect(image.spaceAfterPt).toBeCloseTo(mmToPt(3), 9);
    expect(image.caption.gapPt).toBeCloseTo(mmToPt(1.5), 9);
    expect(body.heightPt).toBeCloseTo(144, 9);
    expect(body.columns).toEqual({ first: 2, last: 2 });
    expect(body.dropCap).toMatchObject({ lines: 3, style: 'body' });
    expect(body.dropCap!.gapPt).toBeCloseTo(mmToPt(1.2), 9);
    expect(body.floats[0]).toMatchObject({ image: 'map', columns: { first: 1, last: 1 }, position: 'top', crop: 'centre' });
    expect(body.floats[0]!.heightPt).toBeCloseTo(36, 9);
    expect(dateline).toEqual({ type: 'dateline', style: 'caption', columns: { first: 1, last: 2 }, spaceAfterPt: 0 });
  });

  it('accepts an image by 1-based number or by id', () => {
    for (const image of [1, 7, 'lead-photo']) {
      const story = resolveTestLayout(withField(withCaptionStyle(), 'story', [{ type: 'image', image, heightMm: 10 }, { type: 'body' }])).variants[0]!.story;
      expect(story[0]).toMatchObject({ type: 'image', image });
    }
  });

  it('refuses an image ref that is neither a positive integer nor a non-empty string', () => {
    for (const image of [0, -1, 1.5, '', true, null]) {
      const json = withField(withCaptionStyle(), 'story', [{ type: 'image', image, heightMm: 10 }, { type: 'body' }]);
      expect(errorOf(json)).toMatch(/^layouts\/x\.json: story\[0\]\.image: /);
    }
    const float = withField(withCaptionStyle(), 'story', [{ type: 'body', floats: [{ image: 0, columns: [1, 1], heightMm: 10 }] }]);
    expect(errorOf(float)).toBe(`${FILE}: story[0].floats[0].image: expected a positive number, got 0`);
  });
});

describe('resolveLayout: errors', () => {
  it('an unknown style name, wherever a style is named', () => {
    const known = '(known: body)';
    expect(errorOf(withStory({ type: 'body', style: 'text' }))).toBe(`${FILE}: story[0].style: unknown style 'text' ${known}`);
    expect(errorOf(withStory({ type: 'headline', style: 'head' }, { type: 'body' }))).toBe(`${FILE}: story[0].style: unknown style 'head' ${known}`);
    expect(errorOf(withStory({ type: 'body', dropCap: {} }))).toBe(`${FILE}: story[0].dropCap.style: unknown style 'dropCap' ${known}`);
    expect(errorOf(withStory({ type: 'body', sourceLine: {} }))).toBe(`${FILE}: story[0].sourceLine.style: unknown style 'source' ${known}`);
    expect(errorOf(withStory({ type: 'image', image: 1, heightMm: 10 }, { type: 'body' }))).toBe(
      `${FILE}: story[0].caption.style: unknown style 'caption' ${known}`,
    );
    expect(errorOf(withField(minimalLayoutJson(), 'baselineGrid.capHeightStyle', 'text'))).toBe(
      `${FILE}: baselineGrid.capHeightStyle: unknown style 'text' ${known}`,
    );
  });

  it('an unknown font family', () => {
    expect(errorOf(withField(minimalLayoutJson(), 'styles.body.font', 'Times'))).toBe(
      `${FILE}: styles.body.font: unknown font family 'Times' (known: Newsreader, Libre Franklin)`,
    );
  });

  it('a font package that is not installed, or a file not in it', () => {
    expect(errorOf(withField(minimalLayoutJson(), 'fonts.Newsreader.regular', { ...NEWSREADER_REGULAR, package: '@nowhere/fonts' }))).toBe(
      `${FILE}: fonts.Newsreader.regular: font '400Regular/Newsreader_400Regular.ttf' not found in npm package '@nowhere/fonts' (is it in package.json and installed?)`,
    );
    expect(errorOf(withField(minimalLayoutJson(), 'fonts.Libre Franklin.bold', { ...FRANKLIN_REGULAR, file: 'Nope.ttf' }))).toBe(
      `${FILE}: fonts.Libre Franklin.bold: font 'Nope.ttf' not found in npm package '@expo-google-fonts/libre-franklin' (is it in package.json and installed?)`,
    );
  });

  it('a font file named relative to the layout file: found, or reported missing', () => {
    const testDir = path.dirname(fileURLToPath(import.meta.url));
    const layoutFile = path.join(testDir, 'virtual-layout.json');
    const fontPath = createRequire(import.meta.url).resolve(`${NEWSREADER_REGULAR.package}/${NEWSREADER_REGULAR.file}`);
    const relativeFont = path.relative(testDir, fontPath);
    const found = resolveTestLayout(withField(minimalLayoutJson(), 'fonts.Newsreader.regular', { file: relativeFont }), layoutFile);
    expect(found.fontFiles.get('Newsreader/regular')).toBe(fontPath);

    expect(errorOf(withField(minimalLayoutJson(), 'fonts.Newsreader.regular', { file: 'fonts/missing.ttf' }), layoutFile)).toBe(
      `${layoutFile}: fonts.Newsreader.regular.file: font file not found (fonts/missing.ttf)`,
    );
  });

  it('columns too narrow for the page', () => {
    // 576 pt of text in 30 columns with 36 pt gutters leaves no room at all.
    expect(errorOf(withField(minimalLayoutJson(), 'columns.count', 30))).toMatch(
      /^layouts\/x\.json: columns\.count: 30 columns with 12\.7 mm gutters leave -\d+\.\d mm per column; at least 12\.7 mm is needed$/,
    );
    // 576 pt in 11 columns with 36 pt gutters: (576 − 360) / 11 = 19.6 pt = 6.9 mm, under the 36 pt minimum.
    expect(errorOf(withField(minimalLayoutJson(), 'columns.count', 11))).toBe(
      `${FILE}: columns.count: 11 columns with 12.7 mm gutters leave 6.9 mm per column; at least 12.7 mm is needed`,
    );
    // 8 columns: (576 − 252) / 8 = 40.5 pt, enough.
    expect(resolveTestLayout(withField(minimalLayoutJson(), 'columns.count', 8)).columns.widthPt).toBeCloseTo(40.5, 9);
  });

  it('margins that leave no room', () => {
    const sides = withField(withField(minimalLayoutJson(), 'page.margins.leftMm', 127) as LayoutJson, 'page.margins.rightMm', 127);
    expect(errorOf(sides)).toBe(`${FILE}: page.margins: the left and right margins leave no room for text`);
    const topBottom = withField(minimalLayoutJson(), 'page.margins.topMm', 254);
    expect(errorOf(topBottom)).toBe(`${FILE}: page.margins: the top and bottom margins leave no room for text`);
  });

  it('a column span past the column count, or backwards', () => {
    expect(errorOf(withStory({ type: 'body', columns: [1, 3] }))).toBe(`${FILE}: story[0].columns: column 3 does not exist (the layout has 2)`);
    expect(errorOf(withStory({ type: 'body', columns: [2, 1] }))).toBe(`${FILE}: story[0].columns: first column 2 is after last column 1`);
    expect(errorOf(withStory({ type: 'body', floats: [{ image: 1, columns: [2, 3], heightMm: 10, caption: { style: 'body' } }] }))).toBe(
      `${FILE}: story[0].floats[0].columns: column 3 does not exist (the layout has 2)`,
    );
    expect(errorOf(withStory({ type: 'body', columns: [0, 1] }))).toMatch(/^layouts\/x\.json: story\[0\]\.columns\[0\]: /);
  });

  it('exactly one body block', () => {
    const message = `${FILE}: story: a story needs exactly one block of type "body"`;
    expect(errorOf(withStory({ type: 'body', heightMm: 50 }, { type: 'body' }))).toBe(message);
    expect(errorOf(withStory({ type: 'headline', style: 'body' }))).toBe(message);
  });

  it('blocks after the body need the body to have a height', () => {
    expect(errorOf(withStory({ type: 'body' }, { type: 'byline', style: 'body' }))).toBe(
      `${FILE}: story[0].heightMm: required when blocks follow the body (otherwise the body fills the page); a number or "auto"`,
    );
    expect(resolveTestLayout(withStory({ type: 'body', heightMm: 100 }, { type: 'byline', style: 'body' })).variants[0]!.story).toHaveLength(2);
  });
});
