#!/usr/bin/env node
/**
 * The `broadsheet` command as installed: `npm run build` copies this file to dist/bin/broadsheet.js, beside the CLI
 * bundled as one script (cli.js) and V8's code cache for it (cli.js.codecache), written by a training render at
 * build time. Why: compiling the bundle's modules was about a fifth of a cold render; from the cache, V8 takes the
 * compiled functions as they were and parses nothing. A cache that is missing, or that this Node's V8 rejects (another
 * version, other flags), costs nothing but the time: V8 compiles the script from its source as usual.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundlePath = fileURLToPath(new URL('./cli.js', import.meta.url));
const codeCachePath = `${bundlePath}.codecache`;
/** Set only by the build's training run: compile from source, then write the cache on exit. */
const training = process.env.BROADSHEET_CODE_CACHE_TRAINING === '1';

function readCodeCache(): Buffer | undefined {
  if (training) return undefined;
  try {
    return readFileSync(codeCachePath);
  } catch {
    return undefined;
  }
}

/**
 * The bundle is a function of CommonJS's parameters, called as Node calls a module, and of one more:
 * `importExternal`, which loads the packages that are ES modules only (pdf.js). `import()` cannot be used inside the
 * script: Node 20 loses a script's dynamic-import callback when its code comes from a cache. The bundle is ASCII (the
 * build checks), so it is read as Latin-1: one byte per character, half the memory of a string with a curly quote in
 * it, and no UTF-8 decoding.
 */
const script = new vm.Script(readFileSync(bundlePath, 'latin1'), { filename: bundlePath, cachedData: readCodeCache() });
// The cache is taken after the run, so that it holds every function the render compiled, not only the top level.
if (training) process.once('exit', () => writeFileSync(codeCachePath, script.createCachedData()));
const module = { exports: {} };
const importExternal = (specifier: string): Promise<unknown> => import(specifier);
script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, path.dirname(bundlePath), importExternal);
