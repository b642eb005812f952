import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Paragraph, TextSpan } from '../../src/article/types.js';
import { composePage } from '../../src/compose/composePage.js';
import { InputError } from '../../src/errors.js';
import { FontSet } from '../../src/fonts/fontSet.js';
import { parseLayout } from '../../src/layout-spec/load.js';
import type { ResolvedLayout } from '../../src/layout-spec/resolve.js';
import { lineText } from '../../src/positioned/lineText.js';
import type { ImageFrame, PositionedDocument, TextFrame } from '../../src/positioned/types.js';
import { minimalLayoutJson, type LayoutJson } from '../layout-spec/minimalLayout.js';
import { bodyFrames } from './placedWords.js';

/** Short and long words, a URL, numbers, attached punctuation and quotes: every character is in both fonts. */
const WORDS = [
  'a', 'of', 'the', 'ferry', 'river', 'crossing', 'Shanghai', 'passengers', 'timetable', 'administration',
  'internationalisation', 'pneumonoultramicroscopicsilicovolcanoconiosis', 'https://example.com/ferries/night-crossing/timetable',
  'well-known', 'twenty-minute', '2022', '3,000', 'said,', 'river.', '"We', 'works."', "it's", '(north', 'pier)', '—', 'quay;',
];

const SEED = 20261128;
/**
 * Sized for CI: about 3 s on an idle 2-core machine (the pages are composed once and shared by the three properties).
 * Go deeper locally with BROADSHEET_PROPERTY_RUNS=400, which is how the bugs these properties pinned were found.
 */
const NUM_RUNS = Number(process.env.BROADSHEET_PROPERTY_RUNS ?? 40);
const SLACK_PT = 0.01;

const wordArbitrary = fc.constantFrom(...WORDS);
const styledRunArbitrary = fc.record({
  words: fc.array(wordArbitrary, { minLength: 1, maxLength: 12 }),
  italic: fc.boolean(),
  bold: fc.boolean(),
});
const paragraphArbitrary = fc.array(styledRunArbitrary, { minLength: 1, maxLength: 8 }).map((runs): Paragraph => ({
  spans: runs.map(({ words, italic, bold }, index): TextSpan => ({ text: words.join(' ') + (index < runs.length - 1 ? ' ' : ''), italic, bold })),
}));

const articleArbitrary = fc.record({
  body: fc.array(paragraphArbitrary, { minLength: 1, maxLength: 25 }),
  dropCap: fc.boolean(),
});

const floatArbitrary = fc.record({
  firstColumn: fc.integer({ min: 1, max: 6 }),
  spanColumns: fc.integer({ min: 1, max: 6 }),
  position: fc.constantFrom('top' as const, 'bottom' as const),
  rowOffset: fc.integer({ min: 0, max: 3 }),
  heightMm: fc.integer({ min: 15, max: 120 }),
});

const layoutArbitrary = fc.record({
  widthMm: fc.integer({ min: 100, max: 420 }),
  heightMm: fc.integer({ min: 120, max: 600 }),
  marginMm: fc.integer({ min: 8, max: 25 }),
  columns: fc.integer({ min: 1, max: 6 }),
  gutterMm: fc.integer({ min: 2, max: 8 }),
  bodySizeHalfPt: fc.integer({ min: 14, max: 24 }),
  dropCapLines: fc.option(fc.integer({ min: 2, max: 4 }), { nil: undefined }),
  float: fc.option(floatArbitrary, { nil: undefined }),
  balance: fc.boolean(),
  headline: fc.boolean(),
});

type LayoutChoice = typeof layoutArbitrary extends fc.Arbitrary<infer T> ? T : never;

function layoutJson(choice: LayoutChoice): LayoutJson {
  const json = minimalLayoutJson();
  const sizePt = choice.bodySizeHalfPt / 2;
  const leadingPt = Math.round(sizePt * 2.4) / 2;
  const margin = choice.marginMm;
  json.page = { widthMm: choice.widthMm, heightMm: choice.heightMm, margins: { topMm: margin, bottomMm: margin, leftMm: margin, rightMm: margin } };
  json.columns = { count: choice.columns, gutterMm: choice.gutterMm };
  json.baselineGrid = { stepPt: leadingPt };
  json.styles = {
    body: { font: 'Newsreader', sizePt, leadingPt, align: 'justify', firstLineIndentEm: 1, hyphenate: true },
    headline: { font: 'Libre Franklin', bold: true, sizePt: 24, leadingPt: 26 },
    caption: { font: 'Libre Franklin', sizePt: 8, leadingPt: 9.5 },
    dropCap: { font: 'Libre Franklin', bold: true, sizePt: 30, leadingPt: 30 },
  };
  const float = choice.float;
  const firstColumn = float ? Math.min(float.firstColumn, choice.columns) : 1;
  json.story = [
    ...(choice.headline ? [{ type: 'headline' as const, style: 'headline' }] : []),
    {
      type: 'body',
      balance: choice.balance,
      ...(choice.dropCapLines === undefined ? {} : { dropCap: { lines: choice.dropCapLines } }),
      ...(float
        ? {
            floats: [
              {
                image: 1,
                columns: [firstColumn, Math.min(firstColumn + float.spanColumns - 1, choice.columns)] as [number, number],
                position: float.position,
                rowOffset: float.rowOffset,
                heightMm: float.heightMm,
              },
            ],
          }
        : {}),
    },
  ];
  return json;
}

/** The only refusal a generated layout may meet: a page whose columns are too narrow to set text in. */
const TOO_NARROW = /columns\.count: \d+ columns with \d+ mm gutters leave -?[\d.]+ mm per column/;

function resolveOrSkip(choice: LayoutChoice): ResolvedLayout | null {
  try {
    return parseLayout(JSON.stringify(layoutJson(choice)), 'layouts/generated.json');
  } catch (error) {
    if (error instanceof InputError && TOO_NARROW.test(error.message)) return null;
    throw error;
  }
}

function makeArticle(body: Paragraph[], dropCap: boolean): Article {
  return {
    filePath: 'articles/generated.md',
    headline: 'Night ferry returns to the river',
    lang: 'en-US',
    dropCap,
    images: [{ id: 'photo', srcPath: '/nowhere/photo.jpg', caption: 'The ferry at the north pier.', credit: 'Staff', alt: 'A ferry' }],
    body,
  };
}

const textFrames = (document: PositionedDocument): TextFrame[] =>
  document.pages.flatMap((page) => page.frames.filter((frame): frame is TextFrame => frame.kind === 'text'));
const imageFrames = (document: PositionedDocument): ImageFrame[] =>
  document.pages.flatMap((page) => page.frames.filter((frame): frame is ImageFrame => frame.kind === 'image'));

/** Typographic quotes are the engine's doing, not a change of wording: compare with straight ones. */
const straighten = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

function checkColumnsAndPage(document: PositionedDocument): void {
  const page = document.pages[0]!;
  for (const frame of bodyFrames(document)) {
    for (const line of frame.lines) {
      for (const run of line.runs) {
        const where = `column ${frame.column}, "${lineText(line)}", run "${run.text}"`;
        expect(run.xPt, where).toBeGreaterThanOrEqual(frame.xPt - line.hangLeftPt - SLACK_PT);
        expect(run.xPt + run.widthPt, where).toBeLessThanOrEqual(frame.xPt + frame.widthPt + line.hangRightPt + SLACK_PT);
        expect(run.xPt, where).toBeGreaterThanOrEqual(0);
        expect(run.xPt + run.widthPt, where).toBeLessThanOrEqual(page.widthPt);
        expect(line.baselinePt, where).toBeGreaterThan(0);
        expect(line.baselinePt, where).toBeLessThanOrEqual(page.heightPt);
      }
    }
  }
}

/** A run's box: from about cap height above the baseline down to the baseline (descenders may touch a photo's edge). */
function checkNoTextOnImages(document: PositionedDocument): void {
  for (const image of imageFrames(document)) {
    for (const frame of textFrames(document)) {
      for (const line of frame.lines) {
        for (const run of line.runs) {
          const overlapsX = run.xPt < image.xPt + image.widthPt - SLACK_PT && run.xPt + run.widthPt > image.xPt + SLACK_PT;
          const topPt = line.baselinePt - 0.7 * run.sizePt;
          const bottomPt = line.baselinePt;
          const overlapsY = topPt < image.yPt + image.heightPt - SLACK_PT && bottomPt > image.yPt + SLACK_PT;
          expect(overlapsX && overlapsY, `${frame.role} run "${run.text}" at ${run.xPt.toFixed(1)}, ${line.baselinePt.toFixed(1)} overlaps image ${image.imageId}`).toBe(false);
        }
      }
    }
  }
}

/**
 * The placed text, in reading order with inserted hyphens removed and spaces ignored, must be the article's text
 * from its start, and the words not wholly placed must be exactly the overset: nothing lost, nothing set twice.
 * A word broken at the last placed line (hyphenated, or a URL broken as a last resort) is printed in part and
 * counted whole in the overset, which then starts with it.
 */
function checkEveryWordOnce(document: PositionedDocument, article: Article): void {
  const words = article.body.flatMap((paragraph) => paragraph.spans.map((span) => span.text).join('').split(/\s+/).filter(Boolean));
  const dropCap = textFrames(document).filter((frame) => frame.role === 'dropCap').flatMap((frame) => frame.lines.map(lineText));
  const lines = bodyFrames(document).flatMap((frame) => frame.lines.map((line) => (line.hyphenated ? lineText(line).replace(/-$/, '') : lineText(line))));
  const placed = straighten([...dropCap, ...lines].join('').replace(/\s+/g, ''));

  let wholeWords = 0;
  let consumed = 0;
  while (wholeWords < words.length && consumed + words[wholeWords]!.length <= placed.length) consumed += words[wholeWords++]!.length;
  const brokenWord = consumed < placed.length ? words[wholeWords] : undefined;
  expect(placed).toBe(words.slice(0, wholeWords).join('') + (brokenWord ?? '').slice(0, placed.length - consumed));
  expect(wholeWords + (document.overset?.wordCount ?? 0)).toBe(words.length);
  if (brokenWord !== undefined) expect(straighten(document.overset!.firstWords).split(' ')[0]).toBe(brokenWord);
}

/** A float taller than the body it sits in is refused when the page is composed. */
const FLOAT_TOO_TALL = /floats\[0\]\.heightMm: the photo and its caption \([\d.]+ mm(, \d+ rows in)?\) do not fit in the body's [\d.]+ mm/;

function composeOrSkip(article: Article, layout: ResolvedLayout): PositionedDocument | null {
  try {
    return composePage(article, layout, new FontSet(layout.fontFiles));
  } catch (error) {
    if (error instanceof InputError && FLOAT_TOO_TALL.test(error.message)) return null;
    throw error;
  }
}

/**
 * Each property sees the same generated cases (one seed), so each page is composed once and the documents, which the
 * checks only read, are shared.
 */
const composedPages = new Map<string, { document: PositionedDocument; article: Article } | null>();
function composedPage(body: Paragraph[], dropCap: boolean, choice: LayoutChoice): { document: PositionedDocument; article: Article } | null {
  const key = JSON.stringify([body, dropCap, choice]);
  let page = composedPages.get(key);
  if (page === undefined) {
    const layout = resolveOrSkip(choice);
    const article = makeArticle(body, dropCap);
    const document = layout && composeOrSkip(article, layout);
    page = document ? { document, article } : null;
    composedPages.set(key, page);
  }
  return page;
}

/**
 * Runs `check` on every generated article and layout that resolves and composes; the layout may only be refused as
 * too narrow, or for a float that does not fit its body.
 */
function forEveryComposedPage(check: (document: PositionedDocument, article: Article) => void): void {
  let composed = 0;
  fc.assert(
    fc.property(articleArbitrary, layoutArbitrary, ({ body, dropCap }, choice) => {
      const page = composedPage(body, dropCap, choice);
      if (!page) return;
      check(page.document, page.article);
      composed++;
    }),
    { seed: SEED, numRuns: NUM_RUNS },
  );
  // Most generated layouts must fit, or the properties say little.
  expect(composed).toBeGreaterThan(NUM_RUNS / 2);
}

describe('any article on any layout that fits', () => {
  it('composes without error and sets every word once or reports it overset', () => {
    forEveryComposedPage(checkEveryWordOnce);
  });

  it('keeps every body run inside its column (with its optical-margin hang) and on the page', () => {
    forEveryComposedPage(checkColumnsAndPage);
  });

  it('sets no text over a photo', () => {
    forEveryComposedPage(checkNoTextOnImages);
  });
});
