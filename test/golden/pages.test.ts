import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/check/formatReport.js';
import { InputError } from '../../src/errors.js';
import { compareWithGolden, loadGoldenPages, traceOfPdf } from '../../src/golden/pages.js';
import { renderShared } from '../sharedRenders.js';

const LIST = 'test/golden/pages.json';

/** What `npm run check:layout` checks, in `npm test`: a layout regression fails CI with the check's sentences. */
describe.each(loadGoldenPages(LIST))('$name matches its golden trace', (page) => {
  it(`${page.article} with ${page.layout}`, async () => {
    const trace = await traceOfPdf((await renderShared(page.article, page.layout)).pdf, `${page.name} (rendered)`);
    const report = compareWithGolden(trace, page);
    expect(report.ok, `${formatReport(report)}\nIf the change is intended: npm run update:goldens, review git diff test/golden, commit.`).toBe(true);
  });
});

describe('the list of golden pages', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-golden-list-'));
  const here = path.resolve('test/golden');
  const good = { article: path.join(here, '../fixtures/articles/river-ferry.md'), layout: path.join(here, '../fixtures/layouts/four-column.json'), golden: 'ferry.trace' };
  let count = 0;
  const listWith = (json: unknown): string => {
    const file = path.join(folder, `list-${++count}.json`);
    writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
    return file;
  };

  it('resolves paths against the list file and names each page after its golden', () => {
    const [page] = loadGoldenPages(listWith({ pages: [{ ...good, golden: 'traces/ferry.trace', notes: 'why' }] }));
    expect(page).toEqual({ name: 'ferry', article: good.article, layout: good.layout, golden: path.join(folder, 'traces/ferry.trace'), notes: 'why' });
  });

  it('lists every golden in test/golden exactly once', () => {
    expect(loadGoldenPages(LIST).map((page) => path.basename(page.golden)).sort()).toEqual(['river-ferry-four-column.trace', 'shanghai-daily-tesla.trace']);
  });

  it.each([
    ['not JSON', '{ pages: ', /^invalid JSON \(/],
    ['no pages', {}, /^pages: expected a non-empty array of pages$/],
    ['an unknown top-level field', { pages: [good], page: [] }, /^page: unknown field/],
    ['an entry that is not an object', { pages: [good, 'x.md'] }, /^pages\[1\]: expected an object/],
    ['a missing layout', { pages: [{ article: good.article, golden: 'a.trace' }] }, /^pages\[0\]\.layout: required \(a path\)$/],
    ['a misspelt field', { pages: [{ ...good, golden: undefined, goldne: 'a.trace' }] }, /^pages\[0\]\.goldne: unknown field \(expected article, layout, golden, notes\)$/],
    ['an article that is not there', { pages: [{ ...good, article: 'nowhere.md' }] }, /^pages\[0\]\.article: file not found \(nowhere\.md\)$/],
    ['a golden that is not a trace', { pages: [{ ...good, golden: 'ferry.pdf' }] }, /^pages\[0\]\.golden: expected a \.trace file name, got "ferry\.pdf"$/],
    ['the same golden twice', { pages: [good, good] }, /^pages\[1\]\.golden: the same golden as pages\[0\]$/],
    ['notes that are not text', { pages: [{ ...good, notes: 3 }] }, /^pages\[0\]\.notes: expected a non-empty string$/],
  ])('refuses %s with one line naming the file and the field', (_name, json, problem) => {
    const file = listWith(json);
    let error: unknown;
    try {
      loadGoldenPages(file);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InputError);
    const { message } = error as InputError;
    expect(message.startsWith(`${file}: `), message).toBe(true);
    expect(message.slice(file.length + 2)).toMatch(problem);
    expect(message).not.toContain('\n');
  });
});
