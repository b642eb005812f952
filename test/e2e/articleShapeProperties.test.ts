import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPdfLayout } from '../../src/pdf-read/readPdf.js';
import { renderArticle, type RenderResult } from '../../src/render/renderArticle.js';
import { generatedArticle } from '../fixtures/generatedArticle.js';
import { bodyWordsInReadingOrder, creditProblems, matchRunsToPdf, pageImages, type MatchedItem } from './pageChecks.js';

/**
 * Whatever arrives, nothing of it disappears without a line: articles of 0–4 photos, with or without deck, byline and
 * dateline, of 80–2,500 words, through every layout we ship and the test layouts. Read back from the PDF, every
 * field and every word is there once and every photo with its caption and credit — or the render names the element
 * it left out (a warning) or the words it overset.
 */
const LAYOUTS = [
  ...readdirSync('layouts').filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json')).map((name) => `layouts/${name}`),
  ...readdirSync('test/fixtures/layouts').filter((name) => name.endsWith('.json')).map((name) => `test/fixtures/layouts/${name}`),
];
const RUNS_PER_LAYOUT = 6;
const SEED = 20261206;

const shapeArbitrary = fc.record({
  words: fc.integer({ min: 80, max: 2500 }),
  photos: fc.integer({ min: 0, max: 4 }),
  deck: fc.boolean(),
  byline: fc.boolean(),
  dateline: fc.boolean(),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

const folder = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-shapes-'));
const repoRoot = `${path.resolve('.')}/`;
let written = 0;

const normalise = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();
const textOf = (matched: readonly MatchedItem[], role: string): string =>
  normalise(matched.filter((entry) => entry.frame.role === role).map((entry) => entry.item.text).join(' '));

/** What the page left out or overset, checked against what the PDF shows; empty when all is accounted for. */
async function unaccounted(result: RenderResult): Promise<string[]> {
  const pdf = await readPdfLayout(result.pdf);
  const { matched, problems } = matchRunsToPdf(result, pdf);
  const warned = new Set(result.warnings.map((warning) => warning.where));
  const { article, document } = result;

  for (const field of ['headline', 'deck', 'byline', 'dateline'] as const) {
    const text = article[field];
    if (!text || warned.has(field)) continue;
    if (textOf(matched, field) !== normalise(text)) problems.push(`${field} "${text}" is neither printed nor reported: the PDF shows "${textOf(matched, field)}"`);
  }

  const printedImages = document.pages[0]!.frames.filter((frame) => frame.kind === 'image');
  if (pageImages(result, pdf).length !== printedImages.length) problems.push(`the PDF has ${pageImages(result, pdf).length} images, the layout ${printedImages.length}`);
  article.images.forEach((image, index) => {
    const printed = printedImages.filter((frame) => frame.imageId === image.id).length;
    if (printed > 1) problems.push(`images[${index}] printed ${printed} times`);
    if (printed === 0 && !warned.has(`images[${index}] (${image.id})`)) problems.push(`images[${index}] (${image.id}) is neither printed nor reported`);
  });
  problems.push(...creditProblems(result, matched, pageImages(result, pdf)));

  const printedWords = bodyWordsInReadingOrder(matched);
  const story = result.layout.variants.find((variant) => variant.where === document.variant.where)!.story;
  const body = story.find((block) => block.type === 'body');
  const sourceLine = body?.type === 'body' && article.source && body.sourceLine ? body.sourceLine.format.replace('{source}', article.source) : '';
  const sourceWords = sourceLine.split(' ').filter(Boolean);
  const expected = [...article.body.flatMap((paragraph) => paragraph.spans.map((span) => span.text).join('').split(/\s+/u).filter(Boolean)), ...sourceWords];
  const oversetWords = document.overset?.wordCount ?? 0;
  const prefix = expected.slice(0, printedWords.length);
  // A word hyphenated across the last printed line and the overset is counted on both sides.
  const lastMatches = (printed: string | undefined, wanted: string | undefined) => printed === wanted || (oversetWords > 0 && !!wanted && !!printed && wanted.startsWith(printed));
  const samePrefix = printedWords.slice(0, -1).every((word, index) => word === prefix[index]) && lastMatches(printedWords.at(-1), prefix.at(-1));
  const countsAddUp = printedWords.length + oversetWords - expected.length;
  if (!samePrefix || countsAddUp < 0 || countsAddUp > 1) {
    problems.push(`body: ${printedWords.length} words printed and ${oversetWords} overset, of ${expected.length}; printed in order: ${samePrefix}`);
  }
  return problems;
}

describe.each(LAYOUTS)('articles of every shape through %s', (layout) => {
  it('print every field, word and photo once, or name what they leave out or overset', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(shapeArbitrary, async (shape) => {
        const articlePath = path.join(folder, `article-${++written}.md`);
        writeFileSync(articlePath, generatedArticle(shape, repoRoot));
        const result = await renderArticle(articlePath, layout);
        expect(await unaccounted(result), JSON.stringify(shape)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS_PER_LAYOUT },
    );
  });
});
