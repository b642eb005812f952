import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/check/compareSnapshots.js';
import type { CheckReport, Difference } from '../../src/check/types.js';
import { checkCommand, type CheckArgs } from '../../src/cli/checkCommand.js';
import { renderArticle } from '../../src/render/renderArticle.js';
import { formatTrace } from '../../src/snapshot/formatTrace.js';
import { parseTrace } from '../../src/snapshot/parseTrace.js';
import { snapshotPdf } from '../../src/snapshot/snapshotPdf.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runInProcess } from '../cliInProcess.js';
import { renderShared } from '../sharedRenders.js';

const SEED_ARTICLE = 'assets/articles/shanghai-daily-tesla.md';
const SEED_LAYOUT = 'layouts/shanghai-daily.json';
const MM = 72 / 25.4;

const workDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-check-'));
const seedLayout = JSON.parse(readFileSync(SEED_LAYOUT, 'utf8')) as LayoutJson;

/** The parts of the layout file the tests change. */
interface LayoutJson {
  columns: { count: number; gutterMm: number };
  baselineGrid: { stepPt: number };
  styles: Record<string, { sizePt: number; leadingPt: number }>;
  story: { type: string; spaceAfterMm?: number; floats?: { rowOffset?: number }[] }[];
  creationDate?: string;
}

let variantCount = 0;

/** Renders the seed article with the seed layout changed in memory (and written to a temporary file). */
async function renderVariant(change: (layout: LayoutJson) => void, articlePath = SEED_ARTICLE): Promise<Buffer> {
  const layout = structuredClone(seedLayout);
  change(layout);
  const layoutPath = path.join(workDir, `layout-${++variantCount}.json`);
  writeFileSync(layoutPath, JSON.stringify(layout));
  return (await renderArticle(articlePath, layoutPath)).pdf;
}

/** The seed article with one word changed; image paths made absolute, since the copy lives elsewhere. */
function writeArticleWithOneWordChanged(): string {
  const text = readFileSync(SEED_ARTICLE, 'utf8');
  expect(text).toContain('to discuss the expansion');
  const changed = text.replace('to discuss the expansion', 'to debate the expansion').replaceAll('../images/', `${path.resolve('assets/images')}/`);
  const articlePath = path.join(workDir, 'one-word.md');
  writeFileSync(articlePath, changed);
  return articlePath;
}

let oneWordChangedPdf: Promise<Buffer> | undefined;
/** The seed page with one word changed, rendered once for the tests that check it through the command. */
function renderOneWordChanged(): Promise<Buffer> {
  oneWordChangedPdf ??= renderArticle(writeArticleWithOneWordChanged(), SEED_LAYOUT).then((result) => result.pdf);
  return oneWordChangedPdf;
}

function kinds(report: CheckReport): string[] {
  return report.differences.map((difference) => difference.kind);
}

function find(report: CheckReport, kind: Difference['kind'], message: RegExp): Difference {
  const found = report.differences.find((difference) => difference.kind === kind && message.test(difference.message));
  if (!found) throw new Error(`no ${kind} difference matching ${message} in:\n${report.differences.map((d) => d.message).join('\n')}`);
  return found;
}

let seedPdf: Buffer;
let seed: Snapshot;

beforeAll(async () => {
  seedPdf = (await renderShared(SEED_ARTICLE, SEED_LAYOUT)).pdf;
  seed = await snapshotPdf(seedPdf, 'seed.pdf');
});

async function checkVariant(change: (layout: LayoutJson) => void, articlePath?: string): Promise<CheckReport> {
  return compareSnapshots(seed, await snapshotPdf(await renderVariant(change, articlePath), 'variant.pdf'));
}

describe('snapshot of the seed page', () => {
  it('finds the five columns, both photos and every line, in reading order', () => {
    const [page] = seed.pages;
    expect(seed.pages).toHaveLength(1);
    expect(page!.columns.map((column) => column.xPt)).toEqual([42.52, 158.17, 273.83, 389.48, 505.13]);
    expect(page!.images).toHaveLength(2);
    const column1 = page!.columns[0]!.lines.map((line) => line.text);
    expect(column1.slice(0, 4)).toEqual([
      'A bird’s-eye view of the Tesla Gigafactory in Shanghai in August 2022. — IC',
      'City Party chief discusses future',
      'green collaboration with Musk',
      'T',
    ]);
    expect(column1[4]).toBe('esla CEO Elon');
    const lastColumn = page!.columns[4]!.lines;
    expect(lastColumn[lastColumn.length - 1]).toMatchObject({ text: '(Shanghai Daily/Xinhua)', fonts: ['Newsreader-Italic'], sizePt: 9.5 });
  });

  it('writes a trace that reads back to the same snapshot', () => {
    const trace = formatTrace(seed);
    expect(trace.split('\n')[0]).toBe('broadsheet-trace 1 precision 0.01pt');
    expect(trace).toMatch(/^ {2}column 2 x 158\.17 right \d+\.\d\d$/mu);
    expect(trace).toMatch(/^ {4}480\.26 {3}42\.52 {2}\d+\.\d\d {2}32\.00 LibreFranklin-Bold \| City Party chief discusses future$/mu);
    expect(parseTrace(trace, 'seed.trace')).toEqual(seed);
  });
});

describe('check on the seed page, one change at a time', () => {
  it('passes an identical render', async () => {
    const report = await checkVariant(() => {});
    expect(report).toMatchObject({ ok: true, differences: [] });
    expect(report.compared).toEqual({ pages: 1, lines: expect.any(Number), images: 2 });
  });

  it('passes a render that differs only in its metadata (another creation date)', async () => {
    const pdf = await renderVariant((layout) => {
      layout.creationDate = '2024-05-06T07:08:09Z';
    });
    expect(pdf.equals(seedPdf)).toBe(false);
    expect(compareSnapshots(seed, await snapshotPdf(pdf, 'dated.pdf'))).toMatchObject({ ok: true, differences: [] });
  });

  it('reports a gutter 1 mm wider as wider gutters and narrower columns', async () => {
    const report = await checkVariant((layout) => {
      layout.columns.gutterMm += 1;
    });
    expect(report.ok).toBe(false);
    find(report, 'columns', /^page 1: gutter 11\.34 pt → 14\.17 pt \(all 4\)$/u);
    find(report, 'columns', /^page 1: column measure \d+\.\d\d pt → \d+\.\d\d pt \(all 5\)$/u);
    const moved = find(report, 'image-moved', /image 2 .* moved right 0\.57 pt and resized to 218\.27 × 238\.11 pt/u);
    expect(moved.deltaPt!.x).toBeCloseTo(MM / 5, 1);
  });

  it('reports body type 0.25 pt larger as a change of size, not only as rewrapped lines', async () => {
    const report = await checkVariant((layout) => {
      layout.styles.body!.sizePt += 0.25;
    });
    find(report, 'type-size', /^Newsreader-Regular: 9\.50 pt \(\d+ lines\) → 9\.75 pt \(\d+ lines\)$/u);
    const restyled = find(report, 'lines-restyled', /set in Newsreader-Regular 9\.75 pt instead of Newsreader-Regular 9\.50 pt/u);
    expect(restyled.count).toBeGreaterThan(30);
    expect(kinds(report)).toContain('lines-rewrapped');
  });

  it('reports a leading of 12 pt instead of 11.5 pt as line spacing and a drift, not a sentence per line', async () => {
    const report = await checkVariant((layout) => {
      layout.styles.body!.leadingPt = 12;
      layout.baselineGrid.stepPt = 12;
    });
    find(report, 'line-spacing', /^line spacing of Newsreader-Regular: 11\.50 pt → 12\.00 pt$/u);
    const drift = find(report, 'lines-moved', /^page 1, column 1: \d+ lines .* moved down by \d+\.\d\d pt to \d+\.\d\d pt, more with every line$/u);
    expect(drift.count).toBeGreaterThan(20);
    expect(report.differences.length).toBeLessThan(40);
  });

  it('reports one changed word as one sentence, and nothing else', async () => {
    const report = await checkVariant(() => {}, writeArticleWithOneWordChanged());
    expect(report.differences).toEqual([
      {
        kind: 'text-changed',
        message: 'page 1, column 1, line at 600.88 pt: text changed “discuss” → “debate”',
        page: 1,
        column: 1,
        before: 'discuss',
        after: 'debate',
      },
    ]);
  });

  it('reports photo 2 one grid line lower as a moved image, with the lines under it moved down 11.50 pt', async () => {
    const report = await checkVariant((layout) => {
      layout.story.find((block) => block.type === 'body')!.floats![0]!.rowOffset = 1;
    });
    const image = find(report, 'image-moved', /^page 1: image 2 \(219\.97 × 238\.11 pt at x 158\.17, y 537\.02\) moved down 11\.50 pt$/u);
    expect(image.deltaPt).toEqual({ x: 0, y: 11.5 });
    const block = find(report, 'lines-moved', /^page 1, column 2: \d+ lines \(“Shanghai Party chief Chen Jining .*\) moved down 11\.50 pt$/u);
    expect(block.count).toBeGreaterThan(3);
    // Column 1 runs beside the photo, untouched.
    expect(report.differences.filter((difference) => difference.message.startsWith('page 1, column 1'))).toEqual([]);
    expect(report.differences.length).toBeLessThan(25);
  });

  it('reports the whole body one grid line lower as blocks of lines moved down 11.50 pt', async () => {
    const report = await checkVariant((layout) => {
      layout.story.find((block) => block.type === 'headline')!.spaceAfterMm! += 11.5 / MM;
    });
    find(report, 'image-moved', /^page 1: image 2 .* moved down 11\.50 pt$/u);
    const block = find(report, 'lines-moved', /^page 1, column 1: \d+ lines \(.*\) moved down 11\.50 pt$/u);
    expect(block.count).toBeGreaterThan(20);
    expect(report.differences.length).toBeLessThan(25);
  });

  it('reports five columns becoming four', async () => {
    const report = await checkVariant((layout) => {
      layout.columns.count = 4;
    });
    expect(report.differences[0]!.message).toMatch(/^page 1: 5 columns → 4 columns \(left edges at 42\.52, 158\.17, 273\.83, 389\.48, 505\.13 → 42\.52, \d/u);
  });

  it('allows what moved less than the tolerance', async () => {
    const pdf = await renderVariant((layout) => {
      layout.story.find((block) => block.type === 'headline')!.spaceAfterMm! += 11.5 / MM;
    });
    const report = compareSnapshots(seed, await snapshotPdf(pdf, 'lower.pdf'), { tolerancePt: 12 });
    expect(kinds(report)).not.toContain('image-moved');
    expect(report.differences.filter((difference) => difference.message.includes('moved down 11.50 pt'))).toEqual([]);
    expect(report.tolerancePt).toBe(12);
  });
});

describe('snapshot of a PDF from another program', () => {
  /** Two columns of six lines in Times (a standard font, not embedded) and a photo, written by pdfkit directly. */
  async function twoColumnPdf(): Promise<Buffer> {
    const doc = new PDFDocument({ size: [400, 300], margin: 0, info: { CreationDate: new Date(Date.UTC(2024, 0, 1)) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    doc.image(await sharp({ create: { width: 4, height: 3, channels: 3, background: '#336699' } }).png().toBuffer(), 30, 20, { width: 340, height: 100 });
    doc.font('Times-Roman').fontSize(10);
    for (let row = 0; row < 6; row++) {
      doc.text(`left column line ${row + 1}`, 30, 140 + row * 12, { lineBreak: false });
      doc.text(`right column line ${row + 1}`, 220, 140 + row * 12, { lineBreak: false });
    }
    doc.end();
    await ended;
    return Buffer.concat(chunks);
  }

  it('reads its columns, lines, fonts and image box', async () => {
    const snapshot = await snapshotPdf(await twoColumnPdf(), 'other.pdf');
    const [page] = snapshot.pages;
    expect(page).toMatchObject({ widthPt: 400, heightPt: 300, images: [{ xPt: 30, yPt: 20, widthPt: 340, heightPt: 100 }] });
    expect(page!.columns.map((column) => [column.xPt, column.lines.length])).toEqual([
      [30, 6],
      [220, 6],
    ]);
    expect(page!.columns[1]!.lines[0]).toMatchObject({ text: 'right column line 1', fonts: ['Times-Roman'], sizePt: 10 });
    expect(parseTrace(formatTrace(snapshot), 'other.trace')).toEqual(snapshot);
  });
});

describe('broadsheet check (command)', () => {
  const args = (file: string, against: string, extra: Partial<CheckArgs> = {}): CheckArgs => ({
    file,
    against,
    tolerance: 0.5,
    json: false,
    pixelThreshold: 0.1,
    dpi: 50,
    ...extra,
  });

  const run = (checkArgs: CheckArgs) => runInProcess(() => checkCommand(checkArgs));

  const file = (name: string, data: Uint8Array | string): string => {
    const filePath = path.join(workDir, name);
    writeFileSync(filePath, data);
    return filePath;
  };

  it('exits 0 against its own trace, and 1 with a sentence per difference and a summary line on a regression', async () => {
    const seedPath = file('seed.pdf', seedPdf);
    const tracePath = file('seed.trace', formatTrace(seed));
    expect(await run(args(seedPath, tracePath))).toMatchObject({ code: 0, stdout: expect.stringMatching(/^OK: no differences at a tolerance of 0\.50 pt; compared \d+ lines and 2 images on 1 page\n$/u) });

    const changedPath = file('one-word.pdf', await renderOneWordChanged());
    const failed = await run(args(changedPath, tracePath));
    expect(failed.code).toBe(1);
    expect(failed.stdout.trimEnd().split('\n')).toEqual([
      'page 1, column 1, line at 600.88 pt: text changed “discuss” → “debate”',
      expect.stringMatching(/^FAIL: 1 difference \(1 text-changed\) at a tolerance of 0\.50 pt; compared \d+ lines/u),
    ]);
    const json = JSON.parse((await run(args(changedPath, seedPath, { json: true }))).stdout) as CheckReport & { summary: string };
    expect(json).toMatchObject({ ok: false, tolerancePt: 0.5, differences: [{ kind: 'text-changed', before: 'discuss', after: 'debate' }] });
    expect(json.summary).toMatch(/^FAIL: 1 difference/u);
  });

  it('with --visual, writes a picture of the changed page and counts the changed pixels', async () => {
    const changedPath = file('one-word-visual.pdf', await renderOneWordChanged());
    const pictures = path.join(workDir, 'visual');
    const result = await run(args(changedPath, file('seed-visual.pdf', seedPdf), { visual: pictures }));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^page 1: \d+ pixels differ \(\d+\.\d\d %\) at 50 dpi; see .*page-1\.png \(golden \| checked \| changes in red\)$/mu);
    const picture = await sharp(path.join(pictures, 'page-1.png')).metadata();
    const pageWidthPx = Math.ceil((seed.pages[0]!.widthPt / 72) * 50);
    expect(picture.width).toBeGreaterThanOrEqual(3 * pageWidthPx);
  });

  it.each([
    ['a truncated PDF', () => file('truncated.pdf', seedPdf.subarray(0, seedPdf.length / 2)), /: damaged PDF \(truncated: no %%EOF at the end\)$/u],
    ['a file that is not a PDF', () => file('notes.txt', 'just some notes\n'), /notes\.txt: neither a PDF nor a broadsheet trace$/u],
    ['a trace of another version', () => file('old.trace', 'broadsheet-trace 2 precision 0.01pt\n'), /old\.trace: line 1: trace format "broadsheet-trace 2 precision 0\.01pt" is not supported/u],
    ['a missing file', () => path.join(workDir, 'missing.pdf'), /missing\.pdf: file not found$/u],
  ])('exits 2 with one line for %s', async (_name, makeInput, message) => {
    const seedPath = file('seed-for-errors.pdf', seedPdf);
    for (const [checked, golden] of [
      [makeInput(), seedPath],
      [seedPath, makeInput()],
    ] as const) {
      const result = await run(args(checked, golden));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^broadsheet: /u);
      expect(result.stderr.trimEnd()).toMatch(message);
      expect(result.stderr.trimEnd()).not.toContain('\n');
    }
  });

  it('exits 2 for --visual against a trace', async () => {
    const result = await run(args(file('seed-v.pdf', seedPdf), file('seed-v.trace', formatTrace(seed)), { visual: workDir }));
    expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/seed-v\.trace: --visual needs the golden as a PDF to render, not a trace\n$/u) });
  });
});
