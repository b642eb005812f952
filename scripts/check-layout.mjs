// Layout regression check: re-renders the pages listed in test/golden/pages.json and compares each with its reviewed
// golden trace. Needs the compiled engine (`npm run build`). `npm test` runs the same check (test/golden/pages.test.ts).
//   node scripts/check-layout.mjs            check (npm run check:layout)
//   node scripts/check-layout.mjs --update   rewrite the goldens on purpose (npm run update:goldens); review
//                                            `git diff test/golden` before committing them
// Options: --pages <list.json> (default test/golden/pages.json), --tolerance <pt> (default 0.5), --json, --out <folder>
// for the new PDFs and traces (default out/check-layout; a CI job can keep it as an artifact).
// Exit 0: every page matches its golden; 1: a page differs (each difference is printed as a sentence);
// 2: unusable input (a bad entry in the list, a golden missing or not a trace); 70: a bug.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, summarizeReport } from '../dist/check/formatReport.js';
import { runCommand } from '../dist/cli/runCommand.js';
import { writeFileAtomic } from '../dist/writeFileAtomic.js';
import { InputError } from '../dist/errors.js';
import { compareWithGolden, loadGoldenPages, traceOfPdf } from '../dist/golden/pages.js';
import { renderArticle } from '../dist/render/renderArticle.js';

const { values: options } = parseArgs({
  options: {
    pages: { type: 'string', default: 'test/golden/pages.json' },
    update: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    tolerance: { type: 'string', default: '0.5' },
    out: { type: 'string', default: 'out/check-layout' },
  },
});

await runCommand(async () => {
  const tolerancePt = Number(options.tolerance);
  if (!(tolerancePt >= 0)) throw new InputError('--tolerance', '', `expected a number of points, 0 or more, got ${options.tolerance}`);
  const pages = loadGoldenPages(options.pages);
  const results = [];
  for (const page of pages) {
    const rendered = await renderArticle(page.article, page.layout);
    const trace = await traceOfPdf(rendered.pdf, `${page.name} (rendered)`);
    if (options.update) {
      const previous = await readFile(page.golden, 'utf8').catch(() => null);
      await writeFileAtomic(page.golden, trace);
      console.log(`${previous === trace ? 'unchanged' : previous === null ? 'created' : 'updated'} ${page.golden}`);
      continue;
    }
    await writeFileAtomic(path.join(options.out, `${page.name}.pdf`), rendered.pdf);
    await writeFileAtomic(path.join(options.out, `${page.name}.trace`), trace);
    const report = compareWithGolden(trace, page, tolerancePt);
    results.push({ name: page.name, golden: page.golden, ...report, summary: summarizeReport(report) });
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
