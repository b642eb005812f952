import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { importPdfPage } from '../../src/import/importPdf.js';

const folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The paragraphs Typst set, from its source (scripts/make-newspaper-pdfs.mjs). */
function typstParagraphs(name: string): string[] {
  const source = readFileSync(`test/fixtures/pdfs/${name}.typ`, 'utf8');
  return [...source.matchAll(/^#"((?:[^"\\]|\\.)*)"$/gmu)].map((match) => match[1]!.replace(/\\(.)/gu, '$1'));
}

describe('import of a page set by Typst', () => {
  it('reads the article, its photo, the original line and column ends, and a layout with the page’s grid', async () => {
    const imported = await importPdfPage(readFileSync('test/fixtures/pdfs/typst-newspaper-five.pdf'), 1, 'typst-newspaper-five.pdf', folder);
    const article = parseArticle(imported.articleMarkdown, path.join(folder, 'article.md'));
    expect(article.headline).toBe('A quiet battery on the old coal wharf');
    expect(article.deck).toBe('A town that lost its cannery and its power plant bets on storing the wind');
    expect(article.source).toBe('Marrowick Gazette');
    expect(article.images.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: 'Wind turbines on the ridge above Marrowick, where the new battery stores their power.', credit: 'Northtide Energy' },
    ]);
    // Every paragraph as Typst was given it, found from short lines and indents, line-end hyphens undone where the
    // patterns allow a break, kept where they do not ("megawatt-hours" broken at its own hyphen).
    expect(article.body.map((paragraph) => paragraph.spans.map((span) => span.text).join(''))).toEqual(typstParagraphs('typst-newspaper-five'));
    expect(article.originalColumnEnds).toHaveLength(5);
    expect(article.originalColumnEnds!.at(-1)).toBe('(Marrowick Gazette)');
    expect(article.originalLineEnds!.length).toBeGreaterThan(150);
    expect(imported.photos.size).toBe(1);
    const layout = imported.layout as { columns: { count: number; gutterMm: number }; styles: { body: { sizePt: number; leadingPt: number; font: string } } };
    expect(layout.columns).toEqual({ count: 5, gutterMm: 4 });
    expect(layout.styles.body).toMatchObject({ font: 'Newsreader', sizePt: 9.5, leadingPt: 11.5 });
    // Typst's own hyphenations, which our patterns do not all allow, and a word broken across two columns.
    expect(layout.styles.body).toMatchObject({ hyphenation: { acrossColumns: true, exceptions: expect.arrayContaining(['pro-jects', 'Marrow-ick', 'mil-lion']) } });
    expect(imported.warnings).toEqual([]);
  }, 60_000);
});
