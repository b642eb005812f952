// Bundles the compiled CLI (dist/cli/main.js) into dist/bin/: `npm run build` runs it after tsc.
// Why: a cold `broadsheet render` spent most of its first 0.4 s finding, reading and compiling some 400 modules.
// The CLI becomes one CommonJS script, cli.js, whose commands' code runs only when the command does; a training
// render then writes V8's code cache for it, so that a cold start neither parses nor compiles what a render runs.
// dist/bin/broadsheet.js is the launcher (src/cli/launch.ts). The edition's page workers run a bundle of their own,
// pageWorker.js. The library (dist/index.js) is not bundled.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/bin');

/**
 * Edits to packages' code, each checked to still apply: the file's path ends with the key; the edits are
 * [reason, from, to].
 */
const PDFKIT_FILE = "createRequire(import.meta.url).resolve('pdfkit')";
const PATCHES = {
  // pdfkit finds files of its own package from its own file's URL: its standard fonts, through a require and its
  // `imports` map (`#standard-fonts/…`), and the sRGB profile of PDF/A's output intent (`./data/…icc`). From the
  // bundle that URL is ours, so both are found from pdfkit's file instead (its CommonJS build, in the same folder).
  '/pdfkit/js/pdfkit.node.mjs': [
    ['how pdfkit loads its own files', 'createRequire(import.meta.url)', `createRequire(${PDFKIT_FILE})`],
    [
      'how pdfkit finds its sRGB profile',
      "new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url)",
      `new URL('./data/sRGB_IEC61966_2_1.icc', pathToFileURL(${PDFKIT_FILE}))`,
    ],
    ['its imports', "import { createRequire } from 'module';", "import { createRequire } from 'module';\nimport { pathToFileURL } from 'url';"],
  ],
  // yargs formats a command's whole help after starting its handler, in case the handler asks for it; ours never
  // do, and the formatting (string widths, wrapping) was 10–30 ms of every run.
  '/yargs/build/lib/command.js': [['when yargs formats help', 'yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();', '']],
};
const patchPackages = {
  name: 'patch-packages',
  transform(code, id) {
    const file = Object.keys(PATCHES).find((suffix) => id.replaceAll('\\', '/').endsWith(suffix));
    if (!file) return null;
    let patched = code;
    for (const [what, from, to] of PATCHES[file]) {
      if (!patched.includes(from)) throw new Error(`bundle-cli: ${file} no longer has ${from}; check ${what}`);
      patched = patched.replace(from, to);
    }
    return patched;
  },
};

// Native addons, and pdf.js (which loads files of its own package by path), stay in node_modules; sharp too (see LAZY).
const EXTERNAL = [/^@napi-rs\/canvas($|\/)/, /^pdfjs-dist($|\/)/, /^pdf-parse($|\/)/];

/**
 * Loaded when first used, not when the bundle starts: sharp (about 40 ms, which `--help` and the commands that read
 * PDFs never need); brotli, whose 0.8 MB dictionary only WOFF2 fonts use (fontkit imports it up front); AES, whose
 * tables (about 10 ms to build) pdfkit uses only to encrypt; and string-width (both versions yargs brings), which
 * builds an Intl.Segmenter and Unicode-property regexes (about 15 ms) to measure help text. A bundled CommonJS
 * module runs when first required, which is when the module that imports it is first loaded; a function's, when the
 * function is called. Each entry writes the stand-in module, given the real one's file (as a string literal).
 */
const LAZY = {
  sharp: () => "module.exports = require('sharp');",
  'brotli/decompress.js': (file) => `module.exports = (...args) => require(${file})(...args);`,
  '@noble/ciphers/aes': (file) => `
    exports.cbc = (...args) => require(${file}).cbc(...args);
    exports.ecb = (...args) => require(${file}).ecb(...args);`,
  'string-width': (file) => `module.exports = (...args) => require(${file}).default(...args);`,
};
const LAZY_PREFIX = '\0lazy:';
/** Stand-in id → [the package as imported, its file for that importer]. */
const lazyStandIns = new Map();
const lazyModules = {
  name: 'lazy-modules',
  async resolveId(source, importer) {
    if (!(source in LAZY)) return null;
    // Stand-ins require the others by file; sharp, the native one, by name, and it stays in node_modules.
    if (importer?.startsWith(LAZY_PREFIX)) return { id: source, external: true };
    const { id: file } = await this.resolve(source, importer, { skipSelf: true });
    const id = `${LAZY_PREFIX}${path.relative(root, file)}`;
    lazyStandIns.set(id, [source, file]);
    return id;
  },
  load(id) {
    const standIn = lazyStandIns.get(id);
    return standIn ? LAZY[standIn[0]](JSON.stringify(standIn[1])) : null;
  },
};

/**
 * Makes the CommonJS bundle the script the launcher runs (see launch.ts): a function of CommonJS's parameters and
 * `importExternal`, written so in the file, so that the launcher does not copy 4 MB of source to wrap it. The only
 * `import()` left in the bundle are of external packages (its own are inlined): each becomes `importExternal()`.
 */
const launcherScript = {
  name: 'launcher-script',
  // The last hook before the file is written: rolldown's own passes after renderChunk would drop an unused function.
  generateBundle(options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk') chunk.code = asLauncherScript(chunk.code);
    }
  },
};
function asLauncherScript(code) {
  const calls = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ImportExpression') calls.push(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  let rewritten = code;
  for (const call of calls.sort((a, b) => b.start - a.start)) {
    if (!code.startsWith('import(', call.start)) throw new Error(`bundle-cli: no import( at ${call.start} of the bundle`);
    rewritten = `${rewritten.slice(0, call.start)}importExternal(${code.slice(call.source.start, call.source.end)})${rewritten.slice(call.end)}`;
  }
  return `(function (exports, require, module, __filename, __dirname, importExternal) {${rewritten}\n})`;
}

const shared = { platform: 'node', external: EXTERNAL, logLevel: 'warn' };
/** yargs reads `import.meta.resolve` only for a config file's `extends`, which the CLI does not offer. */
const quietYargsImportMeta = (level, log, report) => {
  if (log.code !== 'EMPTY_IMPORT_META' || !log.id?.includes('/yargs/')) report(level, log);
};

rmSync(outDir, { recursive: true, force: true });
await build({
  ...shared,
  input: { cli: path.join(root, 'dist/cli/main.js') },
  plugins: [patchPackages, lazyModules, launcherScript],
  onLog: quietYargsImportMeta,
  // ASCII, because the launcher reads it as Latin-1 (JSDoc comments are where escapes cannot go).
  output: { dir: outDir, format: 'cjs', codeSplitting: false, entryFileNames: '[name].js', charset: 'ascii', comments: { legal: true, annotation: true, jsdoc: false } },
});
const nonAscii = /[^\0-\x7f]/.exec(readFileSync(path.join(outDir, 'cli.js'), 'latin1'));
if (nonAscii) throw new Error(`bundle-cli: cli.js has a non-ASCII character at ${nonAscii.index}; the launcher reads it as Latin-1`);
// The edition's pool starts its workers from pageWorker.js beside the chunk it is in: cli.js.
await build({
  ...shared,
  input: { pageWorker: path.join(root, 'dist/edition/pageWorker.js') },
  plugins: [patchPackages, lazyModules],
  output: { dir: outDir, format: 'esm', codeSplitting: false },
});
copyFileSync(path.join(root, 'dist/cli/launch.js'), path.join(outDir, 'broadsheet.js'));

// Training: one render of the seed page, with no disk caches, after which the launcher writes the code cache. A render that fails leaves
// no cache (the CLI then compiles from source), not a failed build, so that the tests can say what broke.
const trainingDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-training-'));
try {
  const seed = ['assets/articles/shanghai-daily-tesla.md', '--layout', 'layouts/shanghai-daily.json'];
  execFileSync(process.execPath, [path.join(outDir, 'broadsheet.js'), 'render', ...seed, '--out', path.join(trainingDir, 'seed.pdf')], {
    cwd: root,
    // Without the disk caches: the render then runs (and V8 compiles) all of a page's path, shaping and hyphenating
    // included, whatever the caches hold on this machine, and the build writes nothing into them.
    env: { ...process.env, BROADSHEET_CODE_CACHE_TRAINING: '1', BROADSHEET_NO_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
} catch (error) {
  rmSync(path.join(outDir, 'cli.js.codecache'), { force: true });
  const reason = String(error.stderr ?? error.message).trim().split('\n')[0];
  console.warn(`bundle-cli: the training render failed, so the CLI has no code cache and compiles at each start: ${reason}`);
} finally {
  rmSync(trainingDir, { recursive: true, force: true });
}
