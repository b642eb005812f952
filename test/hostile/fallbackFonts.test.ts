import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfLayout } from '../../src/pdf-read/readPdf.js';
import type { PdfWord } from '../../src/pdf-read/types.js';
import { wordsOn } from '../pdf-read/pageText.js';
import { broadsheet, type CliResult } from '../cliRunner.js';

const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-fallback-'));
const DEFAULT_LAYOUT = path.resolve('layouts/default.json');
const SHANGHAI_LAYOUT = path.resolve('layouts/shanghai-daily.json');

/** Renders with the compiled CLI. */
function render(article: string, layout: string, out: string): Promise<CliResult> {
  return broadsheet('render', article, '--layout', layout, '--out', out);
}

const EMOJI_PARAGRAPH = 'The crowd cheered 🎉 as the ferry left.';
const COVERED_WORDS = ['Tiếng', 'Việt', 'Łódź', 'zażółć', 'gęślą', 'jaźń'];
const SEED = readFileSync('assets/articles/shanghai-daily-tesla.md', 'utf8');

let caseCount = 0;
/**
 * The seed article (whose two photos the default layout places) in a folder of its own, its images' paths made
 * absolute, with `paragraph` inserted as body paragraph 2.
 */
function seedArticleWith(paragraph: string): { article: string; out: string } {
  const dir = path.join(root, `case-${++caseCount}`);
  mkdirSync(dir);
  const text = SEED.replaceAll('../images/', `${path.resolve('assets/images')}/`).replace('\n\nAt the meeting,', `\n\n${paragraph}\n\nAt the meeting,`);
  if (!text.includes(paragraph)) throw new Error('the seed article no longer has a paragraph starting "At the meeting,"');
  const article = path.join(dir, 'article.md');
  writeFileSync(article, text);
  return { article, out: path.join(dir, 'out.pdf') };
}

describe('fallback fonts: an emoji in the body', () => {
  const testCase = seedArticleWith(`${EMOJI_PARAGRAPH} In ${COVERED_WORDS.slice(0, 2).join(' ')}: ${COVERED_WORDS.slice(2).join(', ')}.`);
  let result: CliResult;
  let items: PdfWord[];

  beforeAll(async () => {
    result = await render(testCase.article, DEFAULT_LAYOUT, testCase.out);
    if (result.code === 0) items = wordsOn((await readPdfLayout(readFileSync(testCase.out))).pages[0]!);
  });

  it('renders with layouts/default.json (Noto Emoji as its fallback): exit 0, nothing on stderr', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('draws the emoji, and only it, in Noto Emoji', () => {
    const inEmojiFont = items.filter((item) => item.fonts.some((font) => /^[A-Z]{6}\+NotoEmoji-Regular$/u.test(font)));
    expect(inEmojiFont.map((item) => item.text)).toEqual(['🎉']);
    const cheered = items.find((item) => item.text === 'cheered');
    expect(cheered?.fonts).toEqual([expect.stringMatching(/\+Newsreader-Regular$/u)]);
    // On the line of the word before it.
    expect(inEmojiFont[0]!.baselinePt).toBeCloseTo(cheered!.baselinePt, 3);
  });

  it('sets Vietnamese and Polish in the body font, which has their letters: no fallback', () => {
    for (const char of new Set(COVERED_WORDS.join('').replace(/[a-z]/giu, ''))) {
      const drawing = items.filter((item) => item.text.includes(char));
      expect(drawing.length, char).toBeGreaterThan(0);
      for (const item of drawing) expect(item.fonts, char).toEqual([expect.stringMatching(/^[A-Z]{6}\+Newsreader-Regular$/u)]);
    }
  });
});

describe('fallback fonts: what they do not cover', () => {
  it('a layout without fallbacks (shanghai-daily) refuses the emoji, naming it and its paragraph', async () => {
    const testCase = seedArticleWith(EMOJI_PARAGRAPH);
    const result = await render(testCase.article, SHANGHAI_LAYOUT, testCase.out);
    expect(result.stderr.trimEnd()).toBe(`broadsheet: ${testCase.article}: body paragraph 2: font Newsreader-Regular has no glyph for '🎉' (U+1F389)`);
    expect(result.code).toBe(2);
    expect(existsSync(testCase.out)).toBe(false);
  });

  it('layouts/default.json still refuses Chinese, which no font of it has', async () => {
    const testCase = seedArticleWith('Chen Jining (陈吉宁) cheered 🎉.');
    const result = await render(testCase.article, DEFAULT_LAYOUT, testCase.out);
    expect(result.stderr.trimEnd()).toBe(
      `broadsheet: ${testCase.article}: body paragraph 2: font Newsreader-Regular has no glyph for '陈' (U+9648), '吉' (U+5409), '宁' (U+5B81)`,
    );
    expect(result.code).toBe(2);
    expect(existsSync(testCase.out)).toBe(false);
  });
});
