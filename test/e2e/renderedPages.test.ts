import { beforeAll, describe, expect, it } from 'vitest';
import { renderArticle, type RenderResult } from '../../src/render/renderArticle.js';
import { readPdfLayout, readPdfText } from '../../src/pdf-read/readPdf.js';
import type { PdfLayout } from '../../src/pdf-read/types.js';
import type { TextFrame } from '../../src/positioned/types.js';
import {
  bodyWordsInReadingOrder,
  columnProblems,
  creditProblems,
  imageBox,
  itemBox,
  matchRunsToPdf,
  offGridBaselines,
  pageImages,
  textOverImages,
  type MatchedItem,
} from './pageChecks.js';
import { renderShared } from '../sharedRenders.js';

/** The same reader's checks on every page the engine sets: the seed page, a second article and layout, the default layout. */
const pages = [
  { name: 'seed page (five columns)', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/shanghai-daily.json' },
  { name: 'second article (four columns, other page size)', article: 'test/fixtures/articles/river-ferry.md', layout: 'test/fixtures/layouts/four-column.json' },
  { name: 'seed article in the default layout (51 mm columns, balanced)', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/default.json' },
  ...['brief', 'one-photo', 'two-photos', 'three-photos'].map((shape) => ({
    name: `generated ${shape} article in the default layout`,
    article: `test/fixtures/articles/generated/${shape}.md`,
    layout: 'layouts/default.json',
  })),
];

describe.each(pages)('$name', ({ article, layout }) => {
  let result: RenderResult;
  let pdf: PdfLayout;
  let matched: MatchedItem[];
  let matchProblems: string[];

  beforeAll(async () => {
    result = await renderShared(article, layout);
    pdf = await readPdfLayout(result.pdf);
    ({ matched, problems: matchProblems } = matchRunsToPdf(result, pdf));
  });

  const framesOf = (role: TextFrame['role']): TextFrame[] =>
    result.document.pages[0]!.frames.filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === role);
  /** The blocks of the layout's story this article was set with. */
  const storyUsed = () => result.layout.variants.find((variant) => variant.where === result.document.variant.where)!.story;
  const itemsOf = (role: TextFrame['role']) => matched.filter((entry) => entry.frame.role === role).map((entry) => entry.item);

  it('draws every run of the layout where the layout put it, and nothing else', () => {
    expect(matchProblems).toEqual([]);
    expect(matched.length).toBeGreaterThan(100);
  });

  it('fits the whole article on the page', () => {
    expect(result.document.overset).toBeNull();
  });

  it('shows every word of the article once, in reading order, column by column', () => {
    const expected = result.article.body.flatMap((paragraph) => paragraph.spans.map((span) => span.text).join('').split(/\s+/u).filter(Boolean));
    const source = framesOf('source').flatMap((frame) => frame.lines.flatMap((line) => line.runs.map((run) => run.text)));
    // The page sets typographic quotes where the article has typewriter ones.
    const straighten = (word: string): string => word.replace(/[\u201C\u201D]/gu, '"').replace(/[\u2018\u2019]/gu, "'");
    expect(bodyWordsInReadingOrder(matched).map(straighten)).toEqual([...expected, ...source].map(straighten));
  });

  it('agrees with pdf-parse on the page text', async () => {
    const [text] = await readPdfText(result.pdf);
    for (const word of result.article.headline.split(' ')) expect(text).toContain(word);
    for (const image of result.article.images) expect(text).toContain(image.credit);
  });

  it('puts the headline below any photo above it and above all body text', () => {
    const headline = itemsOf('headline').map(itemBox);
    const body = [...itemsOf('body'), ...itemsOf('source')].map(itemBox);
    expect(headline.length).toBeGreaterThan(0);
    const headlineTop = Math.min(...headline.map((box) => box.top));
    const headlineBottom = Math.max(...headline.map((box) => box.bottom));
    expect(headlineBottom).toBeLessThan(Math.min(...body.map((box) => box.top)));
    for (const image of pageImages(result, pdf).map(imageBox)) {
      if (image.top < headlineTop) expect(image.bottom).toBeLessThan(headlineTop);
    }
  });

  it('sets a drop cap at least 2.5 times the body size, spanning its lines (where the story has one)', () => {
    const [dropCap] = itemsOf('dropCap');
    const spanned = storyUsed().find((block) => block.type === 'body')!;
    if (spanned.type !== 'body' || !spanned.dropCap) {
      expect(dropCap).toBeUndefined();
      return;
    }
    const body = matched.filter((entry) => entry.frame.role === 'body' && entry.frame.column === 1);
    const bodySizePt = body[0]!.item.sizePt;
    expect(dropCap!.sizePt).toBeGreaterThanOrEqual(2.5 * bodySizePt);
    const baselines = [...new Set(body.map((entry) => entry.item.baselinePt))].sort((a, b) => a - b);
    const lines = spanned.dropCap.lines;
    // Baseline on the last spanned line's baseline; the lines beside it start right of the initial.
    expect(Math.abs(dropCap!.baselinePt - baselines[lines - 1]!)).toBeLessThan(0.01);
    const initialRight = dropCap!.xPt + dropCap!.widthPt;
    for (const baseline of baselines.slice(0, lines)) {
      const first = body.filter((entry) => entry.item.baselinePt === baseline).sort((a, b) => a.item.xPt - b.item.xPt)[0]!;
      expect(first.item.xPt).toBeGreaterThan(initialRight - 1);
    }
    const nextLine = body.filter((entry) => entry.item.baselinePt === baselines[lines]).sort((a, b) => a.item.xPt - b.item.xPt)[0]!;
    // The line after the initial is back at the column edge.
    expect(Math.abs(nextLine.item.xPt - nextLine.frame.xPt)).toBeLessThan(0.01);
  });

  it('keeps body lines inside their columns, justified lines flush with the edge within 0.5 pt', () => {
    expect(columnProblems(result, matched)).toEqual([]);
    const justified = framesOf('body').flatMap((frame) => frame.lines).filter((line) => line.justified);
    expect(justified.length).toBeGreaterThan(10);
  });

  it('lets no text overlap a photo', () => {
    expect(pageImages(result, pdf)).toHaveLength(result.document.pages[0]!.frames.filter((frame) => frame.kind === 'image').length);
    expect(textOverImages(matched, pageImages(result, pdf))).toEqual([]);
  });

  it('sets each credit at the end of the caption directly under its photo', () => {
    expect(creditProblems(result, matched, pageImages(result, pdf))).toEqual([]);
  });

  it('puts all body baselines, in every column, on one grid', () => {
    expect(offGridBaselines(matched, result.layout.grid.stepPt)).toEqual([]);
    const columnsUsed = new Set(framesOf('body').filter((frame) => frame.lines.length > 0).map((frame) => frame.column));
    const body = storyUsed().find((block) => block.type === 'body')!;
    expect(columnsUsed.size).toBe(body.columns.last - body.columns.first + 1);
  });
});

describe('the seed page against the printed original', () => {
  it('ends at least four of its five columns on the original words', async () => {
    const result = await renderShared('assets/articles/shanghai-daily-tesla.md', 'layouts/shanghai-daily.json');
    expect(result.columnEnds).toHaveLength(5);
    expect(result.columnEnds.filter((end) => end.matches).length).toBeGreaterThanOrEqual(4);
  });
});

describe('output', () => {
  it('is byte-identical from one render to the next', async () => {
    // The shared render was made earlier in this process, with its caches cold or warm.
    const first = await renderShared('test/fixtures/articles/river-ferry.md', 'test/fixtures/layouts/four-column.json');
    const second = await renderArticle('test/fixtures/articles/river-ferry.md', 'test/fixtures/layouts/four-column.json');
    expect(second.pdf.equals(first.pdf)).toBe(true);
  });
});
