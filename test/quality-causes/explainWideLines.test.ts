import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { composePage } from '../../src/compose/composePage.js';
import { plainParagraph } from '../../src/article/spans.js';
import { FontSet } from '../../src/fonts/fontSet.js';
import { measureLayoutQuality } from '../../src/metrics/index.js';
import { explainWideLines } from '../../src/quality-causes/index.js';
import { minimalLayoutJson, resolveTestLayout, type LayoutJson } from '../layout-spec/minimalLayout.js';

type BodyHyphenation = NonNullable<NonNullable<LayoutJson['styles']>[string]['hyphenation']>;

/** One justified 10 pt paragraph in a single column 38 mm (about 108 pt, under 11 em) wide: a narrow measure. */
function narrowPage(text: string, body: { hyphenate?: boolean; hyphenation?: BodyHyphenation } = {}) {
  const json = minimalLayoutJson();
  json.columns = { count: 1, gutterMm: 4 };
  json.page.margins = { topMm: 25.4, bottomMm: 25.4, leftMm: 25.4, rightMm: 254 - 25.4 - 38 };
  json.styles = { body: { font: 'Newsreader', sizePt: 10, leadingPt: 12, align: 'justify', hyphenate: true, ...body } };
  const layout = resolveTestLayout(json);
  const article: Article = { filePath: 'articles/narrow.md', headline: 'Narrow', lang: 'en-US', dropCap: false, images: [], body: [plainParagraph(text)] };
  const document = composePage(article, layout, new FontSet(layout.fontFiles));
  return { article, layout, document, wideLines: measureLayoutQuality(document).total.linesWithSpaceAbove05Em.count };
}

/** Three long names, which the default style does not hyphenate, and no long lower-case word to hyphenate instead. */
const NAMES = 'The delegation met Representative Vandersloot and Commissioner Wijnaldum at the Kaliningrad shipyard on Wednesday morning.';

describe('explainWideLines', () => {
  it('finds that only a hyphenated name would have avoided the wide spaces where the style forbids one', () => {
    const { article, layout, document, wideLines } = narrowPage(NAMES);
    const causes = explainWideLines(article, layout, document);
    expect(wideLines).toBeGreaterThan(0);
    expect(causes).toHaveLength(wideLines);
    for (const cause of causes) expect(cause).toMatchObject({ verdict: 'styleForbids', rules: ['capitalized'] });
    expect(causes.map((cause) => cause.text)).toContain('met Representative');
    // The claim holds: the same page set by a style that hyphenates names has no wide line.
    expect(narrowPage(NAMES, { hyphenation: { capitalized: true } }).wideLines).toBe(0);
  });

  it('finds no breaking within 0.5 em where the words cannot be hyphenated whatever the rules', () => {
    // Words with digits are never hyphenated.
    const { article, layout, document, wideLines } = narrowPage('Call 0123456789 or 9876543210 to 1234567890 now and then 5556667778 or 9998887776 too.');
    const causes = explainWideLines(article, layout, document);
    expect(wideLines).toBeGreaterThan(0);
    expect(causes).toHaveLength(wideLines);
    for (const cause of causes) expect(cause).toMatchObject({ verdict: 'noBreaking', rules: [] });
  });

  it('names hyphenation itself when the style does not hyphenate at all', () => {
    const text = 'The administrative reorganisation substantially outperformed expectations throughout the neighbourhood.';
    const { article, layout, document, wideLines } = narrowPage(text, { hyphenate: false });
    expect(wideLines).toBeGreaterThan(0);
    for (const cause of explainWideLines(article, layout, document)) expect(cause).toMatchObject({ verdict: 'styleForbids', rules: ['hyphenate'] });
  });

  it('claims nothing when breaking the paragraph again does not give the layout’s lines', () => {
    const { layout, document, wideLines } = narrowPage(NAMES);
    const otherArticle: Article = { filePath: 'articles/other.md', headline: 'Other', lang: 'en-US', dropCap: false, images: [], body: [plainParagraph('Some other words.')] };
    const causes = explainWideLines(otherArticle, layout, document);
    expect(causes).toHaveLength(wideLines);
    for (const cause of causes) expect(cause).toMatchObject({ verdict: 'notAnalysed', rules: [] });
  });

  it('gives nothing for a page without wide lines', () => {
    const { article, layout, document } = narrowPage(NAMES, { hyphenation: { capitalized: true } });
    expect(explainWideLines(article, layout, document)).toEqual([]);
  });
});
