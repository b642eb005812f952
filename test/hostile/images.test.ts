import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { inProcess } from '../cliInProcess.js';
import { broadsheet, type CliResult } from '../cliRunner.js';
import { makeFerryCase, type Case } from './ferryCase.js';
import { readPdfLayout } from '../../src/pdf-read/readPdf.js';
import type { PdfImageBox, PdfPage } from '../../src/pdf-read/types.js';
import { wordsOn } from '../pdf-read/pageText.js';
import { renderPagePng } from '../../src/preview/png.js';
import { BLUE, RED, halves, near, opaqueOverTransparent, pngClaimingSize, stripes } from '../images/fixtures.js';

type Rgb = typeof RED;

const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-hostile-images-'));

const CAPTION = 'The refitted ferry leaves the north pier on its first evening crossing.';

/** A fresh case: the river-ferry article with its photo renamed `photoName`, and that photo unless it is left out. */
async function makeCase(photoName: string, photo?: Buffer | Sharp): Promise<Case> {
  const bytes = photo === undefined ? null : Buffer.isBuffer(photo) ? photo : await photo.toBuffer();
  return makeFerryCase(root, { photoName, photo: bytes });
}

/** In this process (as the CLI runs it), one at a time: a photo's way through sharp is the same either way. */
function render(testCase: Case): Promise<CliResult> {
  return inProcess.render({ article: testCase.article, layout: testCase.layout, out: testCase.out });
}

/** The real CLI, for --draft's exit codes and its warning on stderr (these tests run concurrently). */
function renderWithCli(testCase: Case, ...flags: string[]): Promise<CliResult> {
  return broadsheet('render', testCase.article, '--layout', testCase.layout, '--out', testCase.out, ...flags);
}

/** Exit 2, one line on stderr naming the article and its photo's field, no stack trace, no PDF. */
function expectPhotoRefused(result: CliResult, testCase: Case, problem: RegExp): void {
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  const prefix = `broadsheet: ${testCase.article}: images[0].src: `;
  expect(result.stderr.startsWith(prefix), result.stderr).toBe(true);
  expect(result.stderr.trimEnd().slice(prefix.length)).toMatch(problem);
  expect(result.code).toBe(2);
  expect(existsSync(testCase.out)).toBe(false);
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The page at 72 dpi, so that a pixel is a point, with a way to read the colour under any point. */
async function renderedPage(pdf: Buffer): Promise<{ layout: PdfPage; colourAt: (xPt: number, yPt: number) => Rgb }> {
  const [{ pages }, png] = await Promise.all([readPdfLayout(pdf), renderPagePng(pdf, { dpi: 72 })]);
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    layout: pages[0]!,
    colourAt: (xPt, yPt) => {
      const i = (Math.round(yPt) * info.width + Math.round(xPt)) * info.channels;
      return { r: data[i]!, g: data[i + 1]!, b: data[i + 2]! };
    },
  };
}

/** The one image on the page. */
function onlyImage(layout: PdfPage): PdfImageBox {
  expect(layout.images).toHaveLength(1);
  return layout.images[0]!;
}

/**
 * A colour nearer `expected` than `other`, and not far from it. A CMYK round trip without colour management
 * dulls saturated colours a good deal (a pure blue comes back about 30, 55, 135), so closeness alone says little.
 */
function closerTo(expected: Rgb, other: Rgb): (colour: Rgb) => boolean {
  const distance = (a: Rgb, b: Rgb): number => Math.hypot(a.r - b.r, a.g - b.g, a.b - b.b);
  return (colour) => distance(colour, expected) < Math.min(distance(colour, other) / 2, 140);
}

const WHITE = { r: 255, g: 255, b: 255 };
const LIGHT = { r: 230, g: 230, b: 230 };
const DARK = { r: 40, g: 40, b: 40 };

// 4:1 sources, wider than the 141 × 50 mm frame, so the crop keeps their full height and both halves.
const upright: { name: string; file: string; photo: () => Sharp; top: Rgb; bottom: Rgb }[] = [
  { name: 'a CMYK JPEG', file: 'cmyk.jpg', photo: () => halves(800, 200, RED, BLUE).toColourspace('cmyk').jpeg(), top: RED, bottom: BLUE },
  { name: 'a 16-bit PNG', file: 'deep.png', photo: () => halves(800, 200, RED, BLUE).toColourspace('rgb16').png(), top: RED, bottom: BLUE },
  { name: 'a greyscale PNG', file: 'grey.png', photo: () => halves(800, 200, LIGHT, DARK).toColourspace('b-w').png(), top: LIGHT, bottom: DARK },
  { name: 'a PNG with alpha (flattened onto white)', file: 'alpha.png', photo: () => opaqueOverTransparent(800, 200, RED).png(), top: RED, bottom: WHITE },
  // Stored 200 × 800 with red on the left; orientation 6 says "turn 90° clockwise to view", which puts red on top.
  { name: 'a JPEG turned by EXIF orientation 6', file: 'exif-6.jpg', photo: () => stripes(200, 800, [RED, BLUE]).jpeg().withMetadata({ orientation: 6 }), top: RED, bottom: BLUE },
];

/** Each upright case is rendered once: the draft test compares its page with one of them. */
const uprightRenders = new Map<string, Promise<{ testCase: Case; result: CliResult }>>();
function renderUpright({ file, photo }: (typeof upright)[number]): Promise<{ testCase: Case; result: CliResult }> {
  let rendered = uprightRenders.get(file);
  if (!rendered) {
    rendered = makeCase(file, photo()).then(async (testCase) => ({ testCase, result: await render(testCase) }));
    uprightRenders.set(file, rendered);
  }
  return rendered;
}

describe('render places awkward photos upright', () => {
  for (const entry of upright) {
    const { name, top, bottom } = entry;
    it(name, async () => {
      const { testCase, result } = await renderUpright(entry);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const page = await renderedPage(readFileSync(testCase.out));
      const box = onlyImage(page.layout);
      // Across the frame: a photo turned on its side would show its halves left and right instead.
      for (const across of [0.2, 0.5, 0.8]) {
        const xPt = box.xPt + across * box.widthPt;
        expect(page.colourAt(xPt, box.yPt + box.heightPt / 4)).toSatisfy(closerTo(top, bottom));
        expect(page.colourAt(xPt, box.yPt + (3 * box.heightPt) / 4)).toSatisfy(closerTo(bottom, top));
      }
    });
  }
});

describe('render refuses photos it cannot use with one line naming images[0].src', () => {
  it('a truncated JPEG', async () => {
    const whole = await halves(800, 200, RED, BLUE).jpeg().toBuffer();
    const testCase = await makeCase('truncated.jpg', whole.subarray(0, Math.floor(whole.length / 2)));
    expectPhotoRefused(await render(testCase), testCase, /^not a readable image \(.+\)$/);
  });

  it('a file that is not an image', async () => {
    const testCase = await makeCase('notes.jpg', Buffer.from('Photo to follow from the picture desk.\n'));
    expectPhotoRefused(await render(testCase), testCase, /^not a readable image \(.+\)$/);
  });

  // A 200-byte file: only its header is read (test/images covers a JPEG header too).
  it('a PNG whose header claims 30,000 × 30,000 pixels', async () => {
    const testCase = await makeCase('huge.png', pngClaimingSize(30_000, 30_000));
    expectPhotoRefused(
      await render(testCase),
      testCase,
      /^image too large \(30000 × 30000 px, 900 megapixels; the limit is 268 megapixels\)$/,
    );
  });
});

describe.concurrent('render --draft draws an FPO placeholder for a photo it cannot use', () => {
  /** The one line on stderr: the error a render without --draft stops at, then what was done instead. */
  const warningLine = (testCase: Case, problem: RegExp): RegExp =>
    new RegExp(`^broadsheet: warning: ${escapeRegExp(testCase.article)}: images\\[0\\]\\.src: ${problem.source}; drew an FPO placeholder \\(--draft\\)\n$`);

  it('a missing photo: exit 0, a warning, the caption as with the photo, a grey box in its frame, the same bytes twice', async () => {
    const [draft, again] = await Promise.all([makeCase('missing.jpg'), makeCase('missing.jpg')]);
    const [result, againResult, { testCase: reference, result: referenceResult }] = await Promise.all([
      renderWithCli(draft, '--draft'),
      // --strict counts a placeholder as a warning: exit 1, the PDF written all the same.
      renderWithCli(again, '--draft', '--strict'),
      renderUpright(upright[0]!),
    ]);
    expect(result.stderr).toMatch(warningLine(draft, /not a readable image \(file not found\)/));
    expect(result.code).toBe(0);
    expect(againResult.code).toBe(1);
    expect(referenceResult.code).toBe(0);

    const bytes = readFileSync(draft.out);
    expect(bytes.equals(readFileSync(again.out))).toBe(true);
    const [page, referencePage] = await Promise.all([renderedPage(bytes), renderedPage(readFileSync(reference.out))]);
    // Every line of text, the caption and credit among them, where the page with the photo has it.
    expect(page.layout.columns).toEqual(referencePage.layout.columns);
    const box = onlyImage(page.layout);
    expect(box).toEqual(onlyImage(referencePage.layout));
    const captionLine = wordsOn(page.layout).filter((item) => item.baselinePt > box.yPt + box.heightPt && item.xPt >= box.xPt - 0.5);
    expect(captionLine.map((item) => item.text).join(' ')).toContain(CAPTION);
    expect(captionLine.map((item) => item.text).join(' ')).toContain('Test Fixture');
    // Light grey inside the frame's corner; dark "FPO" lettering in its middle.
    expect(page.colourAt(box.xPt + 8, box.yPt + 8)).toSatisfy((colour: Rgb) => near(colour, { r: 228, g: 228, b: 228 }, 8));
    const acrossMiddle = Array.from({ length: 40 }, (_, i) => page.colourAt(box.xPt + box.widthPt * (0.3 + i / 100), box.yPt + box.heightPt * 0.45));
    expect(acrossMiddle.filter((colour) => colour.r < 160).length).toBeGreaterThan(5);
  });

  it('a corrupt photo: exit 0 and the reason in the warning', async () => {
    const testCase = await makeCase('notes.jpg', Buffer.from('Photo to follow from the picture desk.\n'));
    const result = await renderWithCli(testCase, '--draft');
    expect(result.stderr).toMatch(warningLine(testCase, /not a readable image \([^\n]+\)/));
    expect(result.code).toBe(0);
    expect(existsSync(testCase.out)).toBe(true);
  });

  it('without --draft a missing photo still stops the render', async () => {
    const testCase = await makeCase('missing.jpg');
    expectPhotoRefused(await renderWithCli(testCase), testCase, /^file not found \(missing\.jpg\)$/);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
