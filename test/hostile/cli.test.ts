import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inProcess } from '../cliInProcess.js';
import type { CliResult } from '../cliRunner.js';
import { renderShared } from '../sharedRenders.js';
import { FERRY_ARTICLE, FERRY_LAYOUT, makeFerryCase, type Case } from './ferryCase.js';

// The commands run in this process (runCommand, as the CLI does): the refusals are the same code either way, and
// dozens of CLI start-ups swamped a busy machine. test/cli, bigPdf and images run the real CLI for each exit code.

const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-hostile-'));

const ARTICLE = FERRY_ARTICLE;
const LAYOUT = FERRY_LAYOUT;
const IMAGE = 'test/fixtures/images/river-ferry.standin.jpg';

/** A fresh case folder: the good article, photo and layout unless one is given (spoilt). */
function makeCase(files: { article?: string | Buffer; layout?: string; image?: Buffer } = {}): Case {
  return makeFerryCase(root, { ...files, ...(files.image && { photo: files.image }) });
}

function render(testCase: Case, out = testCase.out, strict = false): Promise<CliResult> {
  return inProcess.render({ article: testCase.article, layout: testCase.layout, out, strict });
}

/** Exit 2, exactly one line on stderr matching `message`, no stack trace, and no PDF (nor temporary file) left. */
function expectRefused(result: CliResult, message: RegExp, testCase?: Case): void {
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr.trimEnd()).toMatch(message);
  expect(result.code).toBe(2);
  if (testCase) {
    expect(existsSync(testCase.out)).toBe(false);
    expect(readdirSync(testCase.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const named = (file: string, rest: string): RegExp => new RegExp(`^broadsheet: ${escape(file)}: ${rest}`);

/** The good layout with one change; `any`, because the point is to write values of the wrong type. */
function layoutWith(change: (layout: any) => void): string {
  const json = JSON.parse(LAYOUT);
  change(json);
  return JSON.stringify(json, null, 2);
}

describe('render refuses broken articles with one line naming the file and the field or line', () => {
  const articleCases: { name: string; article: string | Buffer; message: string }[] = [
    { name: 'no front matter', article: 'Just a paragraph of text.\n', message: "front matter: missing: the file must start with a '---' line" },
    { name: 'front matter never closed', article: '---\nheadline: x\n\nBody.\n', message: "front matter: no closing '---' line" },
    { name: 'malformed YAML', article: ARTICLE.replace('lang: en-GB', 'lang: [en-GB'), message: 'front matter: YAML error at line \\d+, column \\d+: ' },
    { name: 'missing headline', article: ARTICLE.replace(/^headline:.*\n/m, ''), message: 'headline: required' },
    { name: 'misspelt field', article: ARTICLE.replace('headline:', 'headlin:'), message: "front matter: unknown field 'headlin' \\(did you mean 'headline'\\?\\)" },
    { name: 'image src missing', article: ARTICLE.replace('src: river-ferry', 'src: no-such'), message: 'images\\[0\\]\\.src: file not found \\(no-such' },
    { name: 'empty body', article: ARTICLE.replace(/\n---\n[\s\S]*$/, '\n---\n\n  \n'), message: 'body: empty' },
    {
      name: 'bytes that are not UTF-8',
      article: Buffer.concat([Buffer.from(ARTICLE.slice(0, ARTICLE.indexOf('The night ferry'))), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20]), Buffer.from('ferry.\n')]),
      message: 'line 16, column 4: not valid UTF-8 \\(byte 0xe9\\); save the file as UTF-8$',
    },
    {
      name: 'a control character in the body',
      article: ARTICLE.replace('carried its first', 'carried\u0007 its first'),
      message: 'line 16, column 41: control character U\\+0007 \\(delete it\\)$',
    },
  ];
  for (const { name, article, message } of articleCases) {
    it(name, async () => {
      const testCase = makeCase({ article });
      expectRefused(await render(testCase), named(testCase.article, message), testCase);
    });
  }
});

describe('render refuses broken layouts with one line naming the file and the field or position', () => {
  const layoutCases: { name: string; layout: string; message: string }[] = [
    { name: 'JSON syntax error', layout: LAYOUT.replace('"count": 4,', '"count": 4'), message: 'line 9, column 27: invalid JSON \\(Expected \',\' or \'}\' after property value\\)$' },
    { name: 'a unit in a string', layout: layoutWith((l) => (l.columns.gutterMm = '12mm')), message: 'columns\\.gutterMm: expected number, got "12mm"' },
    { name: 'zero page width', layout: layoutWith((l) => (l.page.widthMm = 0)), message: 'page\\.widthMm: expected a positive number, got 0' },
    { name: 'negative type size', layout: layoutWith((l) => (l.styles.body.sizePt = -9)), message: 'styles\\.body\\.sizePt: expected a positive number, got -9' },
    { name: 'more columns than fit', layout: layoutWith((l) => (l.columns.count = 80)), message: 'columns\\.count: 80 columns with 5 mm gutters leave -1\\.3 mm per column; at least 12\\.7 mm is needed$' },
    { name: 'an unknown style name', layout: layoutWith((l) => (l.story[0].style = 'headlin')), message: "story\\[0\\]\\.style: unknown style 'headlin'" },
    { name: 'a column past the grid', layout: layoutWith((l) => (l.story[3].floats[0].columns = [3, 5])), message: 'story\\[3\\]\\.floats\\[0\\]\\.columns: column 5 does not exist \\(the layout has 4\\)$' },
    {
      name: 'a photo reaching below the page',
      layout: layoutWith((l) => l.story.unshift({ type: 'image', image: 'ferry', heightMm: 400 })),
      message: "story\\[0\\]\\.heightMm: the photo and its caption end \\d+\\.\\d mm below the page's bottom margin$",
    },
    {
      // Floats that overlap are refused too (test/compose/floats.test.ts); with one photo, this page cannot have two.
      name: 'two slots naming the same photo',
      layout: layoutWith((l) => {
        l.story[3].floats[0].image = 'ferry';
        l.story[3].floats.push({ image: 'ferry', columns: [2, 3], heightMm: 30 });
      }),
      message: 'story\\[3\\]\\.floats\\[1\\]\\.image: photo 1 \\(ferry\\) is already placed by story\\[3\\]\\.floats\\[0\\]; a photo prints once$',
    },
    {
      name: 'a font that is not installed',
      layout: layoutWith((l) => (l.fonts.Newsreader.regular = { package: '@expo-google-fonts/no-such-font', file: 'x.ttf' })),
      message: "fonts\\.Newsreader\\.regular: font 'x\\.ttf' not found in npm package",
    },
    {
      name: 'a font file that is not a font',
      layout: layoutWith((l) => (l.fonts.Newsreader.regular = { file: 'layout.json' })),
      message: 'fonts\\.Newsreader\\.regular\\.file: not a TrueType or OpenType font file \\(layout\\.json\\)$',
    },
    {
      name: 'a font file that is a folder',
      layout: layoutWith((l) => (l.fonts.Newsreader.regular = { file: '.' })),
      message: 'fonts\\.Newsreader\\.regular\\.file: cannot read font file \\. \\(EISDIR\\)$',
    },
  ];
  for (const { name, layout, message } of layoutCases) {
    it(name, async () => {
      const testCase = makeCase({ layout });
      expectRefused(await render(testCase), named(testCase.layout, message), testCase);
    });
  }
});

describe('render with awkward but valid input or output', () => {
  it('renders an article with Windows line ends and a byte-order mark', async () => {
    const testCase = makeCase({ article: `\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}` });
    const result = await render(testCase);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(testCase.out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('creates an output folder that does not exist', async () => {
    const testCase = makeCase();
    const out = path.join(testCase.dir, 'new', 'deeper', 'page.pdf');
    const result = await render(testCase, out);
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('names an output path that cannot be written (under a regular file)', async () => {
    const testCase = makeCase();
    const out = path.join(testCase.article, 'page.pdf');
    expectRefused(await render(testCase, out), named(out, 'cannot write \\(EEXIST: a folder on the path is a file\\)$'));
  });

  it('names an output path that is a folder', async () => {
    const testCase = makeCase();
    expectRefused(await render(testCase, testCase.dir), named(testCase.dir, 'cannot write \\(EISDIR: it is a folder\\)$'));
  });

  it('keeps the previous PDF when a render fails', async () => {
    const testCase = makeCase({ article: ARTICLE.replace('headline:', 'headlin:') });
    writeFileSync(testCase.out, 'previous');
    expect((await render(testCase)).code).toBe(2);
    expect(readFileSync(testCase.out, 'utf8')).toBe('previous');
  });

  it('names the image of a corrupt photo by its field', async () => {
    const testCase = makeCase({ image: readFileSync(IMAGE).subarray(0, 2000) });
    expectRefused(await render(testCase), named(testCase.article, 'images\\[0\\]\\.src: not a readable image \\(.+\\)'), testCase);
  });

  it('names a photo file that is not an image', async () => {
    const testCase = makeCase({ image: Buffer.from('This is not a picture.\n') });
    expectRefused(await render(testCase), named(testCase.article, 'images\\[0\\]\\.src: not a readable image \\(.+\\)'), testCase);
  });

  // How fast is for `npm run bench`; a hang fails on the test timeout.
  it('reports a 100,000-word body as overset', async () => {
    const words = Array.from({ length: 100_000 }, (_, index) => ['ferry', 'river', 'crossing', 'timetable'][index % 4]);
    const paragraphs = Array.from({ length: 1000 }, (_, index) => `${words.slice(index * 100, index * 100 + 100).join(' ')}.`);
    const testCase = makeCase({ article: `${ARTICLE.slice(0, ARTICLE.indexOf('The night ferry'))}${paragraphs.join('\n\n')}\n` });
    const result = await render(testCase, testCase.out, true);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const overset = /OVERSET: \d+ lines \((\d+) words\) did not fit, starting "(\w+)/.exec(result.stdout);
    expect(overset).not.toBeNull();
    expect(Number(overset![1])).toBeGreaterThan(99_000);
    expect(existsSync(testCase.out)).toBe(true);
  });

  it('names the paragraph and the character the fonts lack', async () => {
    const testCase = makeCase({ article: ARTICLE.replace('said one passenger', 'said one passenger, 陈吉宁') });
    const result = await render(testCase);
    expectRefused(result, named(testCase.article, "body paragraph 3: font Newsreader-Regular has no glyph for '陈' \\(U\\+9648\\), '吉' \\(U\\+5409\\), '宁' \\(U\\+5B81\\)$"), testCase);
  });

  it('names an emoji the fonts lack', async () => {
    const testCase = makeCase({ article: ARTICLE.replace('Many simply', 'Many 🚢 simply') });
    expectRefused(await render(testCase), named(testCase.article, "body paragraph 8: font Newsreader-Regular has no glyph for '🚢' \\(U\\+1F6A2\\)$"), testCase);
  });
});

describe('inspect, snapshot and check refuse files that are not whole PDFs', () => {
  const good = path.join(root, 'good.pdf');
  const notPdf = path.join(root, 'not.pdf');
  const truncated = path.join(root, 'truncated.pdf');
  beforeAll(async () => {
    const bytes = (await renderShared('test/fixtures/articles/river-ferry.md', 'test/fixtures/layouts/four-column.json')).pdf;
    writeFileSync(good, bytes);
    writeFileSync(notPdf, 'Hello, I am a text file.\n');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  });

  const commands: { name: string; run: (file: string) => Promise<CliResult> }[] = [
    { name: 'inspect', run: (file) => inProcess.inspect({ pdf: file }) },
    { name: 'snapshot', run: (file) => inProcess.snapshot({ file, out: path.join(root, `${path.basename(file)}.trace`) }) },
    { name: 'check', run: (file) => inProcess.check({ file, against: good }) },
    { name: 'check (golden)', run: (file) => inProcess.check({ file: good, against: file }) },
  ];
  for (const { name, run } of commands) {
    it(`${name}: a file that is not a PDF`, async () => {
      expectRefused(await run(notPdf), named(notPdf, name.startsWith('check') ? 'neither a PDF nor a broadsheet trace$' : 'not a PDF$'));
    });
    it(`${name}: a truncated PDF`, async () => {
      expectRefused(await run(truncated), named(truncated, 'damaged PDF'));
    });
  }

  it('snapshot writes no trace for a damaged PDF', async () => {
    await inProcess.snapshot({ file: truncated, out: path.join(root, 'damaged.trace') });
    expect(existsSync(path.join(root, 'damaged.trace'))).toBe(false);
  });
});
