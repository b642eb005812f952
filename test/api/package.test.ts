import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
// By the package's name, as a newsroom's script would: resolved through package.json `exports` to dist/.
import {
  composePage,
  FontSet,
  InputError,
  loadArticle,
  loadLayout,
  measurePdfQuality,
  readPdfLayout,
  render,
  type RenderResult,
} from 'broadsheet';
import { renderArticle } from '../../src/render/renderArticle.js';

const run = promisify(execFile);
const ARTICLE = 'test/fixtures/articles/river-ferry.md';
const LAYOUT = 'test/fixtures/layouts/four-column.json';

describe("the library, imported as 'broadsheet'", () => {
  let result: RenderResult;
  beforeAll(async () => {
    result = await render(ARTICLE, LAYOUT);
  });

  it('is the compiled package (dist/index.js through exports), not the sources', () => {
    expect(import.meta.resolve('broadsheet')).toBe(new URL('../../dist/index.js', import.meta.url).href);
    expect(render).not.toBe(renderArticle);
  });

  it('renders a page: PDF bytes, the positioned document, no overset, no warnings', () => {
    expect(result.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.document.pages).toHaveLength(1);
    expect(result.document.overset).toBeNull();
    expect(result.warnings).toEqual([]);
  });

  it('composes the same page from its stages as render does', async () => {
    const layout = loadLayout(LAYOUT);
    const document = composePage(await loadArticle(ARTICLE), layout, new FontSet(layout.fontFiles));
    // render's page is the composed one, its image frames also naming their prepared pictures (jpegSha256).
    expect(result.document.pages).toMatchObject(document.pages);
    expect(document.pages[0]!.frames.some((frame) => frame.kind === 'image' && frame.jpegSha256 === undefined)).toBe(true);
  });

  it('reads the PDF back and measures how its text is set', async () => {
    const quality = measurePdfQuality(await readPdfLayout(result.pdf));
    expect(quality.total.bodyLines).toBeGreaterThan(30);
    expect(quality.total.justifiedLines).toBeGreaterThan(0);
  });

  it('refuses bad input with its own InputError, naming the file and the field', async () => {
    await expect(render('no/such.md', LAYOUT)).rejects.toThrow(InputError);
    await expect(render('no/such.md', LAYOUT)).rejects.toMatchObject({ file: 'no/such.md', problem: 'file not found' });
  });

  // Node's own resolver, and a strict consumer typed against the emitted declarations (dist/*.d.ts), outside vitest.
  it('resolves in plain Node and type-checks in a consumer', async () => {
    const imported = await run(process.execPath, ['--input-type=module', '-e', "import { render, loadLayout } from 'broadsheet'; console.log(typeof render, typeof loadLayout)"]);
    expect(imported.stdout.trim()).toBe('function function');

    // Inside the project, where the package's own name resolves to itself.
    const folder = mkdtempSync(path.join(process.cwd(), 'out', 'api-consumer-'));
    const consumer = path.join(folder, 'consumer.ts');
    writeFileSync(
      consumer,
      [
        "import { render, type Overset, type RenderResult } from 'broadsheet';",
        "const result: RenderResult = await render('article.md', 'layout.json', { draft: true });",
        'const overset: Overset | null = result.document.overset;',
        'export const words: number = (overset?.wordCount ?? 0) + result.pdf.byteLength;',
      ].join('\n'),
    );
    const tsc = path.resolve('node_modules/typescript/bin/tsc');
    const flags = ['--ignoreConfig', '--noEmit', '--strict', '--skipLibCheck', 'false', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node'];
    try {
      await expect(run(process.execPath, [tsc, ...flags, consumer])).resolves.toMatchObject({ stdout: '' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('ships the layout schema, for layouts kept outside the project to point at', async () => {
    const { createRequire } = await import('node:module');
    const resolved = createRequire(import.meta.url).resolve('broadsheet/layout.schema.json');
    expect(path.relative(process.cwd(), resolved)).toBe(path.join('layouts', 'layout.schema.json'));
  });
});
