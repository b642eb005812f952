import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inProcess } from '../cliInProcess.js';
import { broadsheet, type CliResult } from '../cliRunner.js';
import { DEFAULT_MAX_PAGES } from '../../src/pdf-read/pageLimit.js';
import { buildPdf } from '../pdf-read/buildPdf.js';
import { FERRY_ARTICLE, makeFerryCase } from './ferryCase.js';

const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-bigpdf-'));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Exit 2 and exactly one line on stderr, `broadsheet: <file>: <problem>`, no stack trace. */
function expectRefused(result: CliResult, file: string, problem: string): void {
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr.trimEnd()).toMatch(new RegExp(`^broadsheet: ${escape(file)}: ${escape(problem)}$`));
  expect(result.code).toBe(2);
}

/** `pages` pages of two short lines in Helvetica (not embedded): a thousand take well under a second to write. */
function manyPages(pages: number): Promise<Uint8Array> {
  return buildPdf((doc) => {
    for (let page = 1; page <= pages; page++) {
      if (page > 1) doc.addPage({ size: [300, 200], margin: 0 });
      doc.fontSize(10).text(`Page ${page}: the ferry left at dawn.`, 20, 20, { lineBreak: false });
      doc.text(`A second line on page ${page}.`, 20, 34, { lineBreak: false });
    }
  });
}

/** One page over the default limit: reading it whole, three times, is most of this file's work; more pages add only time. */
const BIG_PAGES = DEFAULT_MAX_PAGES + 1;
const big = path.join(root, 'big.pdf');
const three = path.join(root, 'three.pdf');
const locked = path.join(root, 'locked.pdf');

beforeAll(async () => {
  writeFileSync(big, await manyPages(BIG_PAGES));
  writeFileSync(three, await manyPages(3));
  writeFileSync(locked, await buildPdf((doc) => doc.text('secret', 10, 10, { lineBreak: false }), { userPassword: 'hunter2' }));
});

const traceOf = (name: string): string => path.join(root, `${name}.trace`);

// The real CLI once per command (exit 2 for a PDF over the limit, before any page is read); the other cases run the
// same command code in this process, without a start-up each.
describe.concurrent(`a ${BIG_PAGES}-page PDF is refused by default`, () => {
  const commands: { name: string; args: string[] }[] = [
    { name: 'inspect', args: ['inspect', big, '--metrics'] },
    { name: 'snapshot', args: ['snapshot', big, '--out', traceOf('refused')] },
    { name: 'check', args: ['check', big, '--against', three] },
  ];
  for (const { name, args } of commands) {
    it(`${name} (the CLI)`, async () => {
      expectRefused(await broadsheet(...args), big, `${BIG_PAGES} pages, more than the limit of ${DEFAULT_MAX_PAGES} (--max-pages)`);
    });
  }
});

describe(`a ${BIG_PAGES}-page PDF is refused by default, and the limit can be set`, () => {
  it('check refuses it as the golden too', async () => {
    expectRefused(await inProcess.check({ file: three, against: big }), big, `${BIG_PAGES} pages, more than the limit of ${DEFAULT_MAX_PAGES} (--max-pages)`);
  });

  it('snapshot writes no trace when it refuses', async () => {
    await inProcess.snapshot({ file: big, out: traceOf('not-written') });
    expect(existsSync(traceOf('not-written'))).toBe(false);
  });

  it('--max-pages refuses a PDF one page over it and reads one at it', async () => {
    expectRefused(await inProcess.snapshot({ file: three, maxPages: 2 }), three, '3 pages, more than the limit of 2 (--max-pages)');
    const result = await inProcess.snapshot({ file: three, maxPages: 3 });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| Page 3: the ferry left at dawn.');
  });

  it.each([0, -1, 2.5, Number.NaN])('--max-pages must be a whole number from 1, not %s', async (maxPages) => {
    expectRefused(await inProcess.inspect({ pdf: three, maxPages }), '--max-pages', `expected a whole number of pages, 1 or more, got ${maxPages}`);
  });

  it('--max-pages as the CLI parses it: a word is not a number', async () => {
    expectRefused(await broadsheet('inspect', three, '--metrics', '--max-pages', 'many'), '--max-pages', 'expected a whole number of pages, 1 or more, got NaN');
  });

  it('raised: snapshot, check and inspect read every page', async () => {
    const trace = traceOf('big');
    const snapshot = await inProcess.snapshot({ file: big, maxPages: BIG_PAGES, out: trace });
    expect(snapshot.stderr).toBe('');
    expect(snapshot.stdout.trim()).toBe(`wrote ${trace} (${BIG_PAGES} pages, ${2 * BIG_PAGES} lines, 0 images)`);
    expect(readFileSync(trace, 'utf8')).toContain(`| Page ${BIG_PAGES}: the ferry left at dawn.\n`);

    const check = await inProcess.check({ file: big, against: trace, maxPages: BIG_PAGES });
    expect(check.stdout).toContain(`compared ${2 * BIG_PAGES} lines and 0 images on ${BIG_PAGES} pages`);
    expect(check.code).toBe(0);
    const inspect = await inProcess.inspect({ pdf: big, json: true, maxPages: BIG_PAGES });
    expect(inspect.code).toBe(0);
    expect((JSON.parse(inspect.stdout) as { pages: unknown[] }).pages).toHaveLength(BIG_PAGES);
  });
});

describe('an encrypted PDF is refused by inspect, snapshot and check', () => {
  const commands: { name: string; run: () => Promise<CliResult> }[] = [
    { name: 'inspect', run: () => inProcess.inspect({ pdf: locked }) },
    { name: 'snapshot', run: () => inProcess.snapshot({ file: locked }) },
    { name: 'check', run: () => inProcess.check({ file: locked, against: three }) },
    { name: 'check (golden)', run: () => inProcess.check({ file: three, against: locked }) },
  ];
  for (const { name, run } of commands) {
    it(name, async () => {
      expectRefused(await run(), locked, 'encrypted PDF');
    });
  }
});

describe('right-to-left text in an article', () => {
  it('render refuses it, naming the line, the column and the character', async () => {
    const text = FERRY_ARTICLE.replace('said one passenger', 'said one passenger, Miriam (מרים) Cohen');
    const testCase = makeFerryCase(root, { article: text });

    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes('מרים'));
    const column = lines[line]!.indexOf('מרים') + 1;
    const result = await inProcess.render({ article: testCase.article, layout: testCase.layout, out: testCase.out });
    expectRefused(result, testCase.article, `line ${line + 1}, column ${column}: right-to-left text is not supported: Hebrew 'מ' (U+05DE)`);
    expect(existsSync(testCase.out)).toBe(false);
  });
});
