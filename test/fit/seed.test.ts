import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/article/load.js';
import { fitLayout } from '../../src/fit/fitLayout.js';

const LAYOUT = 'layouts/shanghai-daily.json';

describe('fit on the seed page', () => {
  it('finds four of the five column ends from a layout with the house defaults and a column 0.2 mm too wide', async () => {
    const article = await loadArticle('assets/articles/shanghai-daily-tesla.md', { requireImageFiles: false });
    // The seed layout before its search by hand: columns too wide, a 1 em indent, widows and orphans avoided.
    const start = JSON.parse(readFileSync(LAYOUT, 'utf8'));
    start.page.margins.rightMm = 11;
    start.styles.body.firstLineIndentEm = 1;
    for (const block of start.story) if (block.type === 'body') delete block.widows, delete block.orphans;
    // The grid (from the start and from word spaces only) and the line search only: the budget a test can afford.
    const result = fitLayout(article, start, LAYOUT, { maxEvaluations: 130, columnWidthToleranceMm: 0.5, bodySizeTolerancePt: 0.25 });
    expect(result.start.columnEnds.matching).toBe(1);
    expect(result.best.columnEnds).toEqual({ matching: 4, total: 5 });
    expect(result.evaluations).toBeLessThanOrEqual(130);
    expect(result.changes.map((change) => change.parameter)).toContain('widows and orphans');
  }, 120_000);
});
