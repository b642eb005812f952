import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSmallEdition } from '../edition/smallEdition.js';

const run = promisify(execFile);
const cli = path.resolve('dist/bin/broadsheet.js');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-image-cache-'));
const edition = writeSmallEdition();
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(edition.folder, { recursive: true, force: true });
});

// Loaded with --require: names on stderr every native addon the process opens, so a test can see whether sharp was.
const addonProbe = path.join(scratch, 'addons.cjs');
writeFileSync(
  addonProbe,
  'const open = process.dlopen; process.dlopen = function (module, file, ...rest) { process.stderr.write(`addon: ${file}\\n`); return open.call(this, module, file, ...rest); };\n',
);

/** Runs the CLI in a fresh process with the cache in `cacheDir` (null: none); tells whether it loaded sharp. */
async function broadsheet(cacheDir: string | null, ...args: string[]): Promise<{ loadedSharp: boolean }> {
  const env = { ...process.env, BROADSHEET_NO_CACHE: cacheDir === null ? '1' : '', BROADSHEET_CACHE_DIR: cacheDir ?? '' };
  const { stderr } = await run(process.execPath, ['--require', addonProbe, cli, ...args], { env });
  return { loadedSharp: /addon: .*sharp/.test(stderr) };
}

/** `broadsheet render` of the seed page: the PDF's bytes, and whether sharp was loaded. */
async function renderSeed(profile: string, cacheDir: string | null, name: string): Promise<{ pdf: Buffer; loadedSharp: boolean }> {
  const out = path.join(scratch, `${name}.pdf`);
  const args = ['render', 'assets/articles/shanghai-daily-tesla.md', '--layout', 'layouts/shanghai-daily.json', '--profile', profile, '--out', out];
  const { loadedSharp } = await broadsheet(cacheDir, ...args);
  return { pdf: readFileSync(out), loadedSharp };
}

describe('the cache of prepared images', () => {
  for (const profile of ['screen', 'print']) {
    it(`leaves a ${profile} PDF byte for byte as it is without it, and spares sharp on a hit`, async () => {
      const cacheDir = path.join(scratch, `cache-${profile}`);
      const uncached = await renderSeed(profile, null, `${profile}-uncached`);
      const filling = await renderSeed(profile, cacheDir, `${profile}-filling`);
      const hit = await renderSeed(profile, cacheDir, `${profile}-hit`);
      expect(readdirSync(cacheDir).filter((name) => name.endsWith('.entry'))).toHaveLength(2);
      expect(filling.pdf.equals(uncached.pdf)).toBe(true);
      expect(hit.pdf.equals(uncached.pdf)).toBe(true);
      expect([uncached.loadedSharp, filling.loadedSharp, hit.loadedSharp]).toEqual([true, true, false]);
    });
  }

  it('leaves an edition byte for byte as it is without it', async () => {
    const cacheDir = path.join(scratch, 'cache-edition');
    const render = async (name: string, imageCacheDir: string | null): Promise<{ files: Map<string, Buffer>; loadedSharp: boolean }> => {
      const outDir = path.join(scratch, name);
      const { loadedSharp } = await broadsheet(imageCacheDir, 'edition', edition.manifest, '--out', outDir, '--jobs', '2');
      return { files: new Map(readdirSync(outDir).map((file) => [file, readFileSync(path.join(outDir, file))])), loadedSharp };
    };
    const uncached = await render('edition-uncached', null);
    const filling = await render('edition-filling', cacheDir);
    const hit = await render('edition-hit', cacheDir);
    expect([...uncached.files.keys()]).toContain('edition.pdf');
    expect(readdirSync(cacheDir).some((name) => name.endsWith('.entry'))).toBe(true);
    for (const { files } of [filling, hit]) {
      expect([...files.keys()]).toEqual([...uncached.files.keys()]);
      for (const [file, bytes] of files) expect(bytes.equals(uncached.files.get(file)!), file).toBe(true);
    }
    // The page workers' photos all came from the cache.
    expect([uncached.loadedSharp, hit.loadedSharp]).toEqual([true, false]);
  });
});
