// Speed report for the built engine: `npm run bench` (builds first; `npm run bench -- --tests` also times the test
// suite). It measures, prints a table with a target and PASS/FAIL per row, and always exits 0: a report, not a test.
// Cold figures are medians of runs interleaved with Typst's, so that the machine's load falls on both alike.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/bin/broadsheet.js');
const usageProbe = path.join(root, 'bench/reportUsage.mjs');
const typstPage = path.join(root, 'bench/typstPage.mjs');

const seed = { name: 'seed', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/shanghai-daily.json' };
const ferry = { name: 'ferry', article: 'test/fixtures/articles/river-ferry.md', layout: 'test/fixtures/layouts/four-column.json' };

const COLD_RUNS = 7;
const WARM_RUNS = 20;
const WORKER_PAGES = 40;
const EDITION_RUNS = 3;
/** The larger edition, generated: three times the example's pages, to see whether memory grows with the page count. */
const LARGE_EDITION_PAGES = 72;

/** The targets of issue #13, in ms, MB or a ratio. A missing target means the row is information only. */
const TARGET = {
  coldRenderMs: 250,
  coldRenderOverTypst: 1.6,
  coldPeakRssMb: 120,
  cliHelpMs: 250,
  warmPageMs: 10,
  twoWorkerSpeedup: 1.8,
  editionRssGrowth: 1.1,
  oversetComposeMs: 3000,
  testSuiteS: 60,
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

/** Runs `command args…` in the project folder (`env` added to the environment); resolves with wall time and stderr. */
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr.trim()}`));
      else resolve({ wallMs, stderr });
    });
  });
}

/** A fresh Node process: wall time, and CPU time (user + system, sharp's threads included) and peak RSS from the probe. */
async function runCold(args, env) {
  const { wallMs, stderr } = await run(process.execPath, ['--import', usageProbe, ...args], env);
  const usage = (name) => Number(new RegExp(`${name}=(\\d+)`).exec(stderr)?.[1]);
  return { wallMs, cpuMs: usage('cpuUs') / 1000, peakRssMb: usage('maxRssKb') / 1024 };
}

const rows = [];
const notes = [];
const addRow = (what, value, target, unit = 'ms') => rows.push({ what, value, target, unit });
const addPending = (what) => rows.push({ what, value: null });

const workDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-bench-'));
const renderArgs = (page) => [cli, 'render', page.article, '--layout', page.layout, '--out', path.join(workDir, `${page.name}.pdf`)];

try {
  // Cold: a fresh process each time, as a user runs it; ours and Typst's in turn. The disk caches (prepared photos,
  // shapes, hyphenation points) are the bench's own: filled by the first run, as by a desk's first render of a page;
  // the runs without them show what a page of text never set before costs.
  const cacheEnv = { BROADSHEET_CACHE_DIR: path.join(workDir, 'cold-cache') };
  const cold = { render: [], uncached: [], typst: [], help: [] };
  await runCold(renderArgs(seed), cacheEnv); // Not counted: fills the caches, and the OS's file cache after a build.
  for (let round = 0; round < COLD_RUNS; round += 1) {
    cold.render.push(await runCold(renderArgs(seed), cacheEnv));
    cold.uncached.push(await runCold(renderArgs(seed), { BROADSHEET_NO_CACHE: '1' }));
    cold.typst.push(await runCold([typstPage, path.join(workDir, 'typst.pdf')]));
    cold.help.push(await runCold([cli, '--help']));
  }
  const coldMedian = (runs, key) => median(runs.map((measured) => measured[key]));
  const renderWallMs = coldMedian(cold.render, 'wallMs');
  const typstWallMs = coldMedian(cold.typst, 'wallMs');
  const of = `median of ${COLD_RUNS}`;
  addRow(`render seed, cold process, caches filled, wall (${of})`, renderWallMs, TARGET.coldRenderMs);
  addRow(`Typst seed page, cold process, wall (${of})`, typstWallMs);
  addRow('  render ÷ Typst, wall', renderWallMs / typstWallMs, TARGET.coldRenderOverTypst, '×');
  addRow('render seed, cold process, CPU (user + system)', coldMedian(cold.render, 'cpuMs'));
  addRow('Typst seed page, cold process, CPU', coldMedian(cold.typst, 'cpuMs'));
  addRow('render seed, cold process, peak RSS', coldMedian(cold.render, 'peakRssMb'), TARGET.coldPeakRssMb, 'MB');
  addRow(`render seed, cold process, no disk caches: wall (${of})`, coldMedian(cold.uncached, 'wallMs'));
  addRow('  the same: CPU', coldMedian(cold.uncached, 'cpuMs'));
  addRow('  the same: peak RSS', coldMedian(cold.uncached, 'peakRssMb'), undefined, 'MB');
  addRow('Typst seed page, cold process, peak RSS', coldMedian(cold.typst, 'peakRssMb'), undefined, 'MB');
  addRow(`--help, cold process, wall (${of})`, coldMedian(cold.help, 'wallMs'), TARGET.cliHelpMs);

  // In process: the first render pays for loading modules, parsing fonts and preparing images; later ones should not.
  const { renderArticle } = await import('../dist/render/renderArticle.js');
  const { composePage } = await import('../dist/compose/composePage.js');
  const { loadArticle } = await import('../dist/article/load.js');
  const { loadLayout } = await import('../dist/layout-spec/load.js');
  const { FontSet } = await import('../dist/fonts/fontSet.js');
  const inRoot = (file) => path.join(root, file);

  for (const page of [seed, ferry]) {
    const renderPage = () => renderArticle(inRoot(page.article), inRoot(page.layout));
    const first = await renderPage();
    const warm = [];
    let sameBytes = true;
    for (let render = 0; render < WARM_RUNS; render += 1) {
      const started = performance.now();
      const { timingsMs, pdf } = await renderPage();
      warm.push({ total: performance.now() - started, ...timingsMs });
      sameBytes &&= pdf.equals(first.pdf);
    }
    if (!sameBytes) notes.push(`${page.name}: warm renders are NOT byte-identical to the first`);
    addRow(`render ${page.name}, warm, a page (median of ${WARM_RUNS})`, median(warm.map((measured) => measured.total)), TARGET.warmPageMs);
    for (const stage of Object.keys(first.timingsMs)) addRow(`  ${stage}`, median(warm.map((measured) => measured[stage])));
  }

  // Throughput on the cores: the same number of pages a worker, one worker, then two at once.
  const pagesPerSecond = async (workers) => {
    const started = await Promise.all(Array.from({ length: workers }, () => startWorker(seed)));
    const begun = performance.now();
    await Promise.all(started.map((worker) => worker.go()));
    return (workers * WORKER_PAGES) / ((performance.now() - begun) / 1000);
  };
  const oneWorker = await pagesPerSecond(1);
  const twoWorkers = await pagesPerSecond(2);
  addRow(`seed pages a second, 1 worker (${WORKER_PAGES} pages)`, oneWorker, undefined, '/s');
  addRow(`seed pages a second, 2 workers (${WORKER_PAGES} pages each)`, twoWorkers, undefined, '/s');
  addRow('  2 workers ÷ 1', twoWorkers / oneWorker, TARGET.twoWorkerSpeedup, '×');

  // Hostile input must not hang: about 100,000 words on the seed page, nearly all of it overset.
  const seedArticle = await loadArticle(inRoot(seed.article));
  const seedLayout = loadLayout(inRoot(seed.layout));
  const paragraph = seedArticle.body[1];
  // A copy per paragraph: the same object 4,000 times would be shaped and broken once, from the typesetter's caches.
  const longArticle = { ...seedArticle, body: Array.from({ length: Math.ceil(100_000 / 25) }, () => ({ ...paragraph })) };
  const started = performance.now();
  composePage(longArticle, seedLayout, new FontSet(seedLayout.fontFiles));
  addRow('compose ~100,000 words on the seed page (overset)', performance.now() - started, TARGET.oversetComposeMs);

  await measureEditions();
  if (process.argv.includes('--tests')) {
    const { wallMs } = await run('npx', ['vitest', 'run']);
    addRow('npx vitest run (the whole suite), wall', wallMs / 1000, TARGET.testSuiteS, 's');
  } else {
    addPending('npm test (time it with `npm run bench -- --tests`)');
  }
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

/**
 * Editions in fresh processes, as `broadsheet edition` runs: the example (24 pages) and one generated three times as
 * long, with 1 and 2 page workers. Photos come from an image cache of the bench's own, which the first run fills (its
 * row): the others show an edition re-rendered with its photos unchanged, the desk's usual case.
 */
async function measureEditions() {
  const env = { BROADSHEET_CACHE_DIR: path.join(workDir, 'image-cache') };
  const largeDir = path.join(workDir, `edition-${LARGE_EDITION_PAGES}-manifest`);
  await run(process.execPath, [path.join(root, 'scripts/make-edition.mjs'), '--pages', String(LARGE_EDITION_PAGES), '--out', largeDir]);
  const editions = [
    { pages: 24, manifest: 'assets/edition/edition.yaml', runs: EDITION_RUNS },
    { pages: LARGE_EDITION_PAGES, manifest: path.join(largeDir, 'edition.yaml'), runs: 1 },
  ];
  const renderEdition = (edition, jobs) => runCold([cli, 'edition', edition.manifest, '--out', path.join(workDir, 'edition'), '--jobs', String(jobs)], env);
  const pagesASecond = (edition, measured) => edition.pages / (measured.wallMs / 1000);

  const filling = await renderEdition(editions[0], 1);
  addRow('edition 24 pages, 1 job, photo cache empty: pages a second', pagesASecond(editions[0], filling), undefined, '/s');
  addRow('  CPU a page', filling.cpuMs / editions[0].pages);
  const peakRssMb = {};
  for (const edition of editions) {
    const byJobs = {};
    for (const jobs of [1, 2]) {
      const runs = [];
      for (let index = 0; index < edition.runs; index += 1) runs.push(await renderEdition(edition, jobs));
      byJobs[jobs] = { pagesASecond: median(runs.map((measured) => pagesASecond(edition, measured))), cpuMs: median(runs.map((measured) => measured.cpuMs)), peakRssMb: median(runs.map((measured) => measured.peakRssMb)) };
    }
    const of = edition.runs > 1 ? ` (median of ${edition.runs})` : '';
    for (const jobs of [1, 2]) {
      addRow(`edition ${edition.pages} pages, ${jobs} job${jobs === 1 ? '' : 's'}: pages a second${of}`, byJobs[jobs].pagesASecond, undefined, '/s');
      addRow('  CPU a page', byJobs[jobs].cpuMs / edition.pages);
      addRow('  peak RSS', byJobs[jobs].peakRssMb, undefined, 'MB');
    }
    addRow('  2 workers ÷ 1, pages a second', byJobs[2].pagesASecond / byJobs[1].pagesASecond, TARGET.twoWorkerSpeedup, '×');
    peakRssMb[edition.pages] = byJobs[1].peakRssMb;
  }
  addRow(`edition peak RSS, ${LARGE_EDITION_PAGES} pages ÷ 24, 1 job`, peakRssMb[LARGE_EDITION_PAGES] / peakRssMb[24], TARGET.editionRssGrowth, '×');
}

/** A worker warmed up on `page`; `go()` has it render WORKER_PAGES pages and resolves when it is done. */
function startWorker(page) {
  const worker = new Worker(new URL('./renderWorker.mjs', import.meta.url), {
    workerData: { article: path.join(root, page.article), layout: path.join(root, page.layout), count: WORKER_PAGES },
  });
  const next = () => new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return next().then(() => ({
    go: () => {
      const done = next().finally(() => worker.terminate());
      worker.postMessage('go');
      return done;
    },
  }));
}

const width = Math.max(...rows.map((row) => row.what.length));
console.log(`node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(10)}  ${'target'.padStart(10)}  result`);
for (const row of rows) {
  if (row.value === null) {
    console.log(`${row.what.padEnd(width)}  ${'not yet measured'.padStart(22)}`);
    continue;
  }
  const value = `${row.value.toFixed(row.unit === '×' ? 2 : 1)} ${row.unit}`.padStart(10);
  const target = row.target === undefined ? '' : `${row.unit === '×' && row.what.includes('workers') ? '≥' : '≤'} ${row.target} ${row.unit}`;
  const passes = row.unit === '×' && row.what.includes('workers') ? row.value >= row.target : row.value <= row.target;
  const result = row.target === undefined ? '' : passes ? 'PASS' : 'FAIL';
  console.log(`${row.what.padEnd(width)}  ${value}  ${target.padStart(10)}  ${result}`);
}
for (const note of notes) console.log(note);
