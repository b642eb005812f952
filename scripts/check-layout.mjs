// Layout regression check: re-renders the project's example pages and compares each with its reviewed golden
// trace in test/golden/. Needs the compiled engine (`npm run build`).
//   node scripts/check-layout.mjs            check (npm run check:layout)
//   node scripts/check-layout.mjs --update   rewrite the goldens on purpose (npm run update:goldens); review
//                                            `git diff test/golden` before committing them
// Options: --tolerance <pt> (default 0.5), --json, --out <folder> for the new PDFs and traces (default
// out/check-layout; a CI job can keep it as an artifact).
// Exit 0: every page matches its golden; 1: a page differs (each difference is printed as a sentence);
// 2: unusable input (a golden missing or not a trace); 70: a bug.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareSnapshots } from '../dist/check/compareSnapshots.js';
import { formatReport, summarizeReport } from '../dist/check/formatReport.js';
import { runCommand } from '../dist/cli/runCommand.js';
import { writeFileAtomic } from '../dist/cli/writeFileAtomic.js';
import { InputError } from '../dist/errors.js';
import { renderArticle } from '../dist/render/renderArticle.js';
import { formatTrace } from '../dist/snapshot/formatTrace.js';
import { parseTrace } from '../dist/snapshot/parseTrace.js';
import { snapshotPdf } from '../dist/snapshot/snapshotPdf.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The example pages: each is rendered and compared with test/golden/<name>.trace. */
const pages = [
  { name: 'shanghai-daily-tesla', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/shanghai-daily.json' },
  { name: 'river-ferry-four-column', article: 'test/fixtures/articles/river-ferry.md', layout: 'test/fixtures/layouts/four-column.json' },
];

const { values: options } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    tolerance: { type: 'string', default: '0.5' },
    out: { type: 'string', default: 'out/check-layout' },
  },
});

await runCommand(async () => {
  const tolerancePt = Number(options.tolerance);
  if (!(tolerancePt >= 0)) throw new InputError('--tolerance', '', `expected a number of points, 0 or more, got ${options.tolerance}`);
  const results = [];
  for (const page of pages) {
    const rendered = await renderArticle(path.join(root, page.article), path.join(root, page.layout));
    const trace = formatTrace(await snapshotPdf(rendered.pdf, `${page.name} (rendered)`));
    const goldenPath = path.join('test/golden', `${page.name}.trace`);
    if (options.update) {
      const previous = await readFile(path.join(root, goldenPath), 'utf8').catch(() => null);
      await writeFileAtomic(path.join(root, goldenPath), trace);
      console.log(`${previous === trace ? 'unchanged' : previous === null ? 'created' : 'updated'} ${goldenPath}`);
      continue;
    }
    await writeFileAtomic(path.join(root, options.out, `${page.name}.pdf`), rendered.pdf);
    await writeFileAtomic(path.join(root, options.out, `${page.name}.trace`), trace);
    const goldenText = await readFile(path.join(root, goldenPath), 'utf8').catch(() => {
      throw new InputError(goldenPath, '', 'file not found (run `npm run update:goldens` to create it, then review and commit it)');
    });
    const report = compareSnapshots(parseTrace(goldenText, goldenPath), parseTrace(trace, `${page.name} (rendered)`), { tolerancePt });
    results.push({ name: page.name, golden: goldenPath, ...report, summary: summarizeReport(report) });
    if (!options.json) console.log(`${page.name} (${page.article} with ${page.layout}):\n${formatReport(report).replace(/^/gmu, '  ').trimEnd()}`);
  }
  if (options.update) return 0;
  const failed = results.filter((result) => !result.ok);
  if (options.json) {
    console.log(JSON.stringify({ ok: failed.length === 0, pages: results }, null, 2));
  } else if (failed.length === 0) {
    console.log(`check:layout: all ${results.length} pages match their goldens`);
  } else {
    console.log(
      `check:layout: ${failed.length} of ${results.length} pages differ from their goldens. New renders and traces: ${options.out}/. ` +
        'If the change is intended, run `npm run update:goldens` and commit test/golden/ with it.',
    );
  }
  return failed.length === 0 ? 0 : 1;
});
