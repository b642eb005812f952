// Bundles the compiled CLI (dist/cli/main.js) into dist/bin/: `npm run build` runs it after tsc.
// Why: a cold `broadsheet render` spent about a quarter of its time finding, reading and compiling some 400 modules;
// bundled, module loading is a handful of files. Each command's code stays in a chunk of its own, loaded when the
// command runs. The library (dist/index.js) is not bundled.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/bin');

/**
 * pdfkit finds files of its own package from its own file's URL: its standard fonts, through a require and its
 * `imports` map (`#standard-fonts/…`), and the sRGB profile of PDF/A's output intent (`./data/…icc`). From the bundle
 * that URL is ours, so both are found from pdfkit's file instead.
 */
const PDFKIT_OWN_FILES = [
  ['createRequire(import.meta.url)', "createRequire(import.meta.resolve('pdfkit'))"],
  ["new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url)", "new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.resolve('pdfkit'))"],
];
const pdfkitOwnFiles = {
  name: 'pdfkit-own-files',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/pdfkit/js/pdfkit.node.mjs')) return null;
    let patched = code;
    for (const [from, to] of PDFKIT_OWN_FILES) {
      if (!patched.includes(from)) throw new Error(`bundle-cli: pdfkit no longer has ${from}; check how it loads its own files`);
      patched = patched.replace(from, to);
    }
    return patched;
  },
};

rmSync(outDir, { recursive: true, force: true });
await build({
  // The edition's page workers run a module of their own, which its pool finds beside the chunk it is in.
  input: { broadsheet: path.join(root, 'dist/cli/main.js'), pageWorker: path.join(root, 'dist/edition/pageWorker.js') },
  platform: 'node',
  // Native addons, and pdf.js (which loads files of its own package by path), stay in node_modules.
  external: [/^sharp($|\/)/, /^@napi-rs\/canvas($|\/)/, /^pdfjs-dist($|\/)/, /^pdf-parse($|\/)/],
  plugins: [pdfkitOwnFiles],
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: (chunk) => (chunk.name === 'pageWorker' ? 'chunks/[name].js' : '[name].js'),
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
});
