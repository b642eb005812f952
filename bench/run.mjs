// Speed report for the compiled engine: `npm run build && npm run bench`.
// It measures, prints a table with a target and PASS/FAIL per row, and always exits 0: it is a report, not a test.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/bin/broadsheet.js');
const usageProbe = path.join(root, 'bench/reportUsage.mjs');

const seed = { name: 'seed', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/shanghai-daily.json' };
const ferry = { name: 'ferry', article: 'test/fixtures/articles/river-ferry.md', layout: 'test/fixtures/layouts/four-column.json' };

const CLI_RUNS = 5;
const WARM_RUNS = 20;

/** Targets, in ms (MB for memory). A missing target means the row is information only. */
const TARGET = {
  cliHelpMs: 250,
  cliRenderMs: 1000,
  cliPeakRssMb: 200,
  warmRenderMs: 50,
  warmComposeMs: 15,
  oversetComposeMs: 3000,
};

if (!existsSync(cli)) {
  console.error('bench: dist/bin/broadsheet.js is missing; run `npm run build` first');
  process.exit(0);
}
const sourceDir = path.join(root, 'src');
const newestSourceMs = Math.max(...readdirSync(sourceDir, { recursive: true }).map((file) => statSync(path.join(sourceDir, file)).mtimeMs));
if (newestSourceMs > statSync(cli).mtimeMs) console.error('bench: src/ is newer than dist/; run `npm run build` to measure the current code');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs `node args…` in the project folder; resolves with wall time and stderr. */
function runNode(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr.trim()}`));
      else resolve({ wallMs, stderr });
    });
  });
}

async function medianWallMs(args, runs) {
  const times = [];
  for (let run = 0; run < runs; run += 1) times.push((await runNode(args)).wallMs);
  return median(times);
}

const rows = [];
const notes = [];
const addRow = (what, valueMs, target, unit = 'ms') => rows.push({ what, value: valueMs, target, unit });

const workDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-bench-'));
const renderArgs = (page) => [cli, 'render', page.article, '--layout', page.layout, '--out', path.join(workDir, `${page.name}.pdf`)];

try {
  // Cold: a fresh process each time, as a user runs it.
  addRow(`CLI --help, cold (median of ${CLI_RUNS})`, await medianWallMs([cli, '--help'], CLI_RUNS), TARGET.cliHelpMs);
  addRow(`CLI render seed, cold (median of ${CLI_RUNS})`, await medianWallMs(renderArgs(seed), CLI_RUNS), TARGET.cliRenderMs);
  const probed = await runNode(['--import', usageProbe, ...renderArgs(seed)]);
  const usage = (name) => Number(new RegExp(`${name}=(\\d+)`).exec(probed.stderr)?.[1]);
  // CPU time varies less than wall time on a busy machine; it includes sharp's threads.
  addRow('CLI render seed, CPU time (user + system)', usage('cpuUs') / 1000);
  addRow('CLI render seed, peak RSS', usage('maxRssKb') / 1024, TARGET.cliPeakRssMb, 'MB');

  // In process: the first render pays for module loading, font parsing and image preparation; later ones should not.
  const loadStarted = performance.now();
  const { renderArticle } = await import('../dist/render/renderArticle.js');
  const { composePage } = await import('../dist/compose/composePage.js');
  const { loadArticle } = await import('../dist/article/load.js');
  const { loadLayout } = await import('../dist/layout-spec/load.js');
  const { FontSet } = await import('../dist/fonts/fontSet.js');
  addRow('import the render modules', performance.now() - loadStarted);

  const seedPath = (file) => path.join(root, file);
  const renderSeed = () => renderArticle(seedPath(seed.article), seedPath(seed.layout));
  const firstStarted = performance.now();
  const first = await renderSeed();
  addRow('render seed, first in process', performance.now() - firstStarted);
  for (const [stage, ms] of Object.entries(first.timingsMs)) addRow(`  first: ${stage}`, ms);

  const warm = [];
  let sameBytes = true;
  for (let run = 0; run < WARM_RUNS; run += 1) {
    const started = performance.now();
    const { timingsMs, pdf } = await renderSeed();
    warm.push({ total: performance.now() - started, ...timingsMs });
    sameBytes &&= pdf.equals(first.pdf);
  }
  notes.push(`warm renders byte-identical to the first: ${sameBytes ? 'yes' : 'NO'}`);
  addRow(`render seed, warm (median of ${WARM_RUNS})`, median(warm.map((run) => run.total)), TARGET.warmRenderMs);
  for (const stage of Object.keys(first.timingsMs)) addRow(`  warm: ${stage}`, median(warm.map((run) => run[stage])));

  for (const page of [seed, ferry]) {
    const article = await loadArticle(seedPath(page.article));
    const layout = loadLayout(seedPath(page.layout));
    const composeOnce = () => {
      const started = performance.now();
      composePage(article, layout, new FontSet(layout.fontFiles));
      return performance.now() - started;
    };
    composeOnce();
    const times = Array.from({ length: WARM_RUNS }, composeOnce);
    addRow(`compose ${page.name}, warm (median of ${WARM_RUNS})`, median(times), TARGET.warmComposeMs);
  }

  // Hostile input must not hang: about 100,000 words on the seed page, nearly all of it overset.
  const seedArticle = await loadArticle(seedPath(seed.article));
  const seedLayout = loadLayout(seedPath(seed.layout));
  const paragraph = seedArticle.body[1];
  const longArticle = { ...seedArticle, body: Array.from({ length: Math.ceil(100_000 / 25) }, () => paragraph) };
  const started = performance.now();
  composePage(longArticle, seedLayout, new FontSet(seedLayout.fontFiles));
  addRow('compose ~100,000 words on the seed page (overset)', performance.now() - started, TARGET.oversetComposeMs);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((row) => row.what.length));
console.log(`node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(9)}  ${'target'.padStart(9)}  result`);
for (const row of rows) {
  const value = `${row.value.toFixed(1)} ${row.unit}`.padStart(9);
  const target = row.target === undefined ? '' : `≤ ${row.target} ${row.unit}`.padStart(9);
  const result = row.target === undefined ? '' : row.value <= row.target ? 'PASS' : 'FAIL';
  console.log(`${row.what.padEnd(width)}  ${value}  ${target.padStart(9)}  ${result}`);
}
for (const note of notes) console.log(note);
