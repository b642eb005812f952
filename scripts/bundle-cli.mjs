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
 * pdfkit requires its standard fonts through its own package's `imports` map (`#standard-fonts/…`) with a require
 * made from its own file's URL; from the bundle that URL is ours, so the require is made from pdfkit's file instead.
 */
const pdfkitStandardFonts = {
  name: 'pdfkit-standard-fonts',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/pdfkit/js/pdfkit.node.mjs')) return null;
    const from = 'createRequire(import.meta.url)';
    if (!code.includes(from)) throw new Error(`bundle-cli: pdfkit no longer has ${from}; check how it loads its standard fonts`);
    return code.replace(from, "createRequire(import.meta.resolve('pdfkit'))");
  },
};

rmSync(outDir, { recursive: true, force: true });
await build({
  // The edition's page workers run a module of their own, which its pool finds beside the chunk it is in.
  input: { broadsheet: path.join(root, 'dist/cli/main.js'), pageWorker: path.join(root, 'dist/edition/pageWorker.js') },
  platform: 'node',
  // Native addons, and pdf.js (which loads files of its own package by path), stay in node_modules.
  external: [/^sharp($|\/)/, /^@napi-rs\/canvas($|\/)/, /^pdfjs-dist($|\/)/, /^pdf-parse($|\/)/],
  plugins: [pdfkitStandardFonts],
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: (chunk) => (chunk.name === 'pageWorker' ? 'chunks/[name].js' : '[name].js'),
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
});
