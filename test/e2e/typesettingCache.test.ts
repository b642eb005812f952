import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = path.resolve('dist/bin/broadsheet.js');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-typesetting-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `broadsheet render` in a fresh process with the caches in `cacheDir` (null: none): the PDF's bytes. */
async function render(article: string, layout: string, profile: string, cacheDir: string | null, name: string): Promise<Buffer> {
  const out = path.join(scratch, `${name}.pdf`);
  const env = { ...process.env, BROADSHEET_NO_CACHE: cacheDir === null ? '1' : '', BROADSHEET_CACHE_DIR: cacheDir ?? '' };
  await run(process.execPath, [cli, 'render', article, '--layout', layout, '--profile', profile, '--out', out], { env });
  return readFileSync(out);
}

/** The shape, hyphenation and font subset files in `cacheDir`, with when each was last written. */
function typesettingFiles(cacheDir: string): Map<string, number> {
  const names = readdirSync(cacheDir).filter((name) => name.endsWith('.shapes') || name.endsWith('.hyphens') || name.endsWith('.subset'));
  return new Map(names.map((name) => [name, statSync(path.join(cacheDir, name)).mtimeMs]));
}

// The seed page in screen and print is compared with and without the caches in imageCache.test.ts.
const PAGES = [
  { name: 'seed-archive', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/shanghai-daily.json', profile: 'archive' },
  { name: 'ferry-screen', article: 'test/fixtures/articles/river-ferry.md', layout: 'test/fixtures/layouts/four-column.json', profile: 'screen' },
];

describe('the caches of shapes, hyphenation and font subsets', () => {
  for (const page of PAGES) {
    it(`leaves the ${page.name} PDF byte for byte as it is without it, and a re-render adds nothing to it`, async () => {
      const cacheDir = path.join(scratch, `cache-${page.name}`);
      const uncached = await render(page.article, page.layout, page.profile, null, `${page.name}-uncached`);
      const filling = await render(page.article, page.layout, page.profile, cacheDir, `${page.name}-filling`);
      const filled = typesettingFiles(cacheDir);
      const hit = await render(page.article, page.layout, page.profile, cacheDir, `${page.name}-hit`);
      expect([...filled.keys()].filter((name) => name.endsWith('.shapes')).length).toBeGreaterThan(0);
      expect([...filled.keys()].filter((name) => name.endsWith('.hyphens')).length).toBeGreaterThan(0);
      // A subset for each face the page draws with: a body face and a headline face at least.
      expect([...filled.keys()].filter((name) => name.endsWith('.subset')).length).toBeGreaterThanOrEqual(2);
      expect(filling.equals(uncached)).toBe(true);
      expect(hit.equals(uncached)).toBe(true);
      // Everything the re-render set and embedded was found: it shaped, hyphenated and encoded nothing new, so wrote nothing.
      expect(typesettingFiles(cacheDir)).toEqual(filled);
    });
  }
});
