import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/check/compareSnapshots.js';
import { importPdfPage } from '../../src/import/importPdf.js';
import { renderArticle, type RenderResult } from '../../src/render/renderArticle.js';
import { snapshotPdf } from '../../src/snapshot/snapshotPdf.js';
import { generatedBody, STANDIN_PHOTOS } from '../fixtures/generatedArticle.js';

/**
 * The round trip: a page we set, imported from its PDF and set again from what was imported, is the same page —
 * `check` finds no difference at its default tolerance. The pages are of the kind an import rebuilds: a photo above
 * the headline or none, a headline, maybe a deck, a body with a drop cap and a source line, in 2–5 columns of a few
 * widths and type sizes. The body is set with the engine's own spacing and hyphenation settings: a PDF shows where
 * lines broke, not the settings that chose the breaks (finding those is `fit`'s job, not the import's).
 */
const NEWSREADER = {
  regular: { package: '@expo-google-fonts/newsreader', file: '400Regular/Newsreader_400Regular.ttf' },
  italic: { package: '@expo-google-fonts/newsreader', file: '400Regular_Italic/Newsreader_400Regular_Italic.ttf' },
  bold: { package: '@expo-google-fonts/newsreader', file: '700Bold/Newsreader_700Bold.ttf' },
  boldItalic: { package: '@expo-google-fonts/newsreader', file: '700Bold_Italic/Newsreader_700Bold_Italic.ttf' },
};
const LIBRE_FRANKLIN = {
  regular: { package: '@expo-google-fonts/libre-franklin', file: '400Regular/LibreFranklin_400Regular.ttf' },
  italic: { package: '@expo-google-fonts/libre-franklin', file: '400Regular_Italic/LibreFranklin_400Regular_Italic.ttf' },
  bold: { package: '@expo-google-fonts/libre-franklin', file: '700Bold/LibreFranklin_700Bold.ttf' },
};

const pageShape = fc.record({
  columns: fc.integer({ min: 2, max: 5 }),
  columnWidthMm: fc.constantFrom(44, 51, 58),
  bodySizePt: fc.constantFrom(9, 9.5, 10),
  photo: fc.boolean(),
  deck: fc.boolean(),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});
type PageShape = typeof pageShape extends fc.Arbitrary<infer T> ? T : never;
const PAGE_HEIGHT_MM = 220;
const MARGIN_MM = 12;
const GUTTER_MM = 4;
const PHOTO_HEIGHT_MM = 60;
const REPO_ROOT = `${path.resolve('.')}/`;

function generatedLayout(shape: PageShape): Record<string, unknown> {
  const leadingPt = Number((shape.bodySizePt * 1.2).toFixed(1));
  return {
    name: 'Generated page',
    page: { widthMm: 2 * MARGIN_MM + shape.columns * shape.columnWidthMm + (shape.columns - 1) * GUTTER_MM, heightMm: PAGE_HEIGHT_MM, margins: { topMm: MARGIN_MM, bottomMm: MARGIN_MM, leftMm: MARGIN_MM, rightMm: MARGIN_MM } },
    columns: { count: shape.columns, gutterMm: GUTTER_MM },
    baselineGrid: { stepPt: leadingPt, capHeightStyle: 'body' },
    fonts: { Newsreader: NEWSREADER, 'Libre Franklin': LIBRE_FRANKLIN },
    styles: {
      body: { font: 'Newsreader', sizePt: shape.bodySizePt, leadingPt, align: 'justify', firstLineIndentEm: 1, hyphenate: true },
      headline: { font: 'Libre Franklin', bold: true, sizePt: 28, leadingPt: 31.5 },
      deck: { font: 'Libre Franklin', sizePt: 14, leadingPt: 17.5 },
      caption: { font: 'Libre Franklin', sizePt: 8, leadingPt: 9.5 },
      dropCap: { font: 'Libre Franklin', bold: true, sizePt: 30, leadingPt: 30 },
      source: { font: 'Newsreader', italic: true, sizePt: shape.bodySizePt, leadingPt, align: 'right' },
    },
    story: [
      ...(shape.photo ? [{ type: 'image', image: 1, heightMm: PHOTO_HEIGHT_MM, columns: [1, photoColumns(shape)], caption: { style: 'caption', gapMm: 1.5 }, spaceAfterMm: 4 }] : []),
      { type: 'headline', style: 'headline', spaceAfterMm: 2 },
      ...(shape.deck ? [{ type: 'deck', style: 'deck', columns: [1, shape.columns], spaceAfterMm: 2 }] : []),
      { type: 'body', style: 'body', dropCap: { lines: 3, style: 'dropCap' }, sourceLine: { style: 'source', format: '({source})' } },
    ],
  };
}

function pageArticle(shape: PageShape, words: number): string {
  return [
    '---',
    'headline: River ferry returns with a longer timetable',
    ...(shape.deck ? ['deck: Commuters and visitors share the deck as the oldest crossing reopens'] : []),
    'source: Staff report',
    'dropCap: true',
    ...(shape.photo ? ['images:', '  - id: photo-1', `    src: ${REPO_ROOT}${STANDIN_PHOTOS[2]}`, '    caption: Passengers board the morning ferry at the north pier.', '    credit: Staff photographer'] : []),
    '---',
    '',
    generatedBody(words, shape.seed).join('\n\n'),
    '',
  ].join('\n');
}

const photoColumns = (shape: PageShape): number => Math.min(shape.columns, 3);

const folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-roundtrip-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let cases = 0;

/** The page set from a generated article and layout, in a folder of its own. */
async function originalPage(shape: PageShape, caseFolder: string): Promise<RenderResult> {
  const articlePath = path.join(caseFolder, 'article.md');
  const layoutPath = path.join(caseFolder, 'layout.json');
  writeFileSync(layoutPath, JSON.stringify(generatedLayout(shape)));
  // First more words than the page holds, to see how many it holds; then that many less half a column's: the body
  // must reach its last column (a page whose text stops short does not show how many columns its grid had) and
  // must not overset (a PDF shows only what was printed).
  const overfullWords = 2000;
  writeFileSync(articlePath, pageArticle(shape, overfullWords));
  const printedWords = overfullWords - ((await renderArticle(articlePath, layoutPath)).document.overset?.wordCount ?? 0);
  writeFileSync(articlePath, pageArticle(shape, printedWords - Math.round(printedWords / shape.columns / 2)));
  const original = await renderArticle(articlePath, layoutPath);
  expect(original.document.overset, 'the generated article fits its page').toBeNull();
  return original;
}

/**
 * Whether a body column reaches the last row above the bottom margin. When none does (a line the widow and orphan
 * rules moved on left the longest column a row short), the PDF cannot tell where the margin was, and a rebuild one
 * row shorter may break the lines otherwise.
 */
function reachesLastRow(page: RenderResult): boolean {
  const leadingPt = page.layout.grid.stepPt;
  return page.document.pages[0]!.frames.some((frame) => frame.kind === 'text' && frame.role === 'body' && frame.yPt + frame.heightPt - frame.lines.at(-1)!.baselinePt < leadingPt);
}

/** The differences `check` finds between the page and the page rebuilt from its PDF. */
async function roundTripDifferences(original: RenderResult, caseFolder: string): Promise<string[]> {
  const importFolder = path.join(caseFolder, 'imported');
  mkdirSync(importFolder);
  const imported = await importPdfPage(original.pdf, 1, 'original.pdf', importFolder);
  for (const [name, jpeg] of imported.photos) writeFileSync(path.join(importFolder, name), jpeg);
  writeFileSync(path.join(importFolder, 'layout.json'), JSON.stringify(imported.layout));
  writeFileSync(path.join(importFolder, 'article.md'), imported.articleMarkdown);
  const rebuilt = await renderArticle(path.join(importFolder, 'article.md'), path.join(importFolder, 'layout.json'));
  const report = compareSnapshots(await snapshotPdf(original.pdf, 'original.pdf'), await snapshotPdf(rebuilt.pdf, 'rebuilt.pdf'));
  return [...imported.warnings, ...report.differences.map((difference) => JSON.stringify(difference))];
}

describe('round trip: render, import the PDF, render what was imported', () => {
  it('rebuilds our own pages exactly', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(pageShape, async (shape) => {
        const caseFolder = path.join(folder, `case-${++cases}`);
        mkdirSync(caseFolder);
        const original = await originalPage(shape, caseFolder);
        fc.pre(reachesLastRow(original));
        expect(await roundTripDifferences(original, caseFolder), JSON.stringify(shape)).toEqual([]);
      }),
      { seed: 20261206, numRuns: 4 },
    );
  });
});
