import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { fitLayout } from '../../src/fit/fitLayout.js';
import { importPdfPage } from '../../src/import/importPdf.js';

const folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-fit-typst-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('fit on a page set by Typst', () => {
  it('rebuilds all five column ends and at least 90 % of the line ends from the imported page', async () => {
    const imported = await importPdfPage(readFileSync('test/fixtures/pdfs/typst-newspaper-five.pdf'), 1, 'typst-newspaper-five.pdf', folder);
    for (const [name, jpeg] of imported.photos) writeFileSync(path.join(folder, name), jpeg);
    const article = parseArticle(imported.articleMarkdown, path.join(folder, 'article.md'));
    // The grid (from the start and from word spaces only) and the line search: the budget a test can afford.
    const result = fitLayout(article, imported.layout, path.join(folder, 'layout.json'), { maxEvaluations: 130, columnWidthToleranceMm: 0.5, bodySizeTolerancePt: 0.25 });
    expect(result.best.columnEnds).toEqual({ matching: 5, total: 5 });
    const { matching, total } = result.best.lineEnds!;
    expect(matching / total).toBeGreaterThanOrEqual(0.9);
    // Typst justifies by word spaces alone.
    expect(result.changes.map((change) => change.parameter)).toEqual(expect.arrayContaining(['glyph expansion', 'tracking stretch']));
  }, 120_000);
});
