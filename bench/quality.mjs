// Typographic quality report for the compiled engine: `npm run build && node bench/quality.mjs`.
// For the seed article and a 2,000-word feature in the default layout's columns, and for the seed page in the
// original's narrow columns, it prints the quality numbers read back from the PDF (what `inspect --metrics` gives),
// against the targets; how far the layout's own numbers differ from them; then why the wide lines are wide. It
// always exits 0: a report.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'dist/metrics/index.js'))) {
  console.error('quality: dist/metrics is missing; run `npm run build` first');
  process.exit(0);
}
const { renderArticle } = await import('../dist/render/renderArticle.js');
const { readPdfLayout } = await import('../dist/pdf-read/readPdf.js');
const { measureLayoutQuality, measurePdfQuality, formatQualityReport, formatWideLineCauses } = await import('../dist/metrics/index.js');
const { explainWideLines } = await import('../dist/quality-causes/index.js');

const PAGES = [
  { name: 'seed article in the default layout (layouts/default.json: 51 mm columns, 9.5/11.5 pt)', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/default.json' },
  { name: 'long feature (2,000+ words) in the default layout’s styles and columns', article: 'test/fixtures/articles/long-feature.md', layout: 'test/fixtures/layouts/long-feature.json' },
  {
    name: 'seed page as printed (layouts/shanghai-daily.json: the original’s 36.8 mm columns, about 11 em, which its column ends force)',
    article: 'assets/articles/shanghai-daily-tesla.md',
    layout: 'layouts/shanghai-daily.json',
  },
];

/** Counts that must match exactly between the sources, and the space statistics compared within 0.005 em. */
const COUNTS = ['bodyLines', 'justifiedLines', 'hyphenatedLines', 'longestHyphenRun', 'widows', 'orphans'];
const SPACE_STATS = ['meanEm', 'sdEm', 'maxEm'];

function describeAgreement(fromLayout, fromPdf) {
  const differentCounts = COUNTS.filter((key) => fromLayout.total[key] !== fromPdf.total[key]);
  const largestGapEm = Math.max(...SPACE_STATS.map((key) => Math.abs(fromLayout.total.spaces[key] - fromPdf.total.spaces[key])));
  const counts = differentCounts.length === 0 ? 'all counts equal' : `counts differ: ${differentCounts.join(', ')}`;
  const spaces = fromLayout.total.spaces.count === fromPdf.total.spaces.count ? 'same number of spaces' : 'space counts differ';
  return `PDF vs layout: ${counts}; ${spaces}; mean/SD/max within ${largestGapEm.toExponential(1)} em (limit 0.005)`;
}

console.log('targets: SD ≤ 0.08 em, max ≤ 0.5 em, no line with a space above 0.5 em, at most 2 hyphenated lines in a row, hyphenated lines < 20 %');
for (const page of PAGES) {
  try {
    const result = await renderArticle(path.join(root, page.article), path.join(root, page.layout));
    const fromLayout = measureLayoutQuality(result.document);
    const fromPdf = measurePdfQuality(await readPdfLayout(result.pdf));
    const overset = result.document.overset;
    console.log(`\n== ${page.name}: ${page.article}`);
    console.log(overset ? `OVERSET: ${overset.lineCount} lines did not fit` : 'overset: none');
    console.log(formatQualityReport(fromPdf));
    console.log(describeAgreement(fromLayout, fromPdf));
    const wideLineCauses = explainWideLines(result.article, result.layout, result.document);
    console.log(formatWideLineCauses({ ...fromLayout, wideLineCauses }) ?? 'why: no line above 0.5 em');
  } catch (error) {
    console.error(`quality: ${page.name}: ${error instanceof Error ? error.message : error}`);
  }
}
