import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readPdfLayout, readPdfPages, readPdfText } from '../../src/pdf-read/readPdf.js';
import type { PdfWord } from '../../src/pdf-read/types.js';
import { wordsOn } from './pageText.js';
import { assemblePdf, streamObject } from './assemblePdf.js';
import {
  advanceWidth,
  baselineOf,
  buildPdf,
  NEWSREADER_ITALIC,
  NEWSREADER_REGULAR,
  openFont,
} from './buildPdf.js';

const regular = openFont(NEWSREADER_REGULAR);
const italic = openFont(NEWSREADER_ITALIC);

/** Within 0.005 pt: tighter than the 0.01 pt the end-to-end tests rely on. */
function expectPt(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 2);
}

function itemWithText(items: readonly PdfWord[], text: string): PdfWord {
  const item = items.find((candidate) => candidate.text === text);
  if (!item) throw new Error(`no item "${text}" among ${items.map((i) => JSON.stringify(i.text)).join(', ')}`);
  return item;
}

async function expectInputError(work: Promise<unknown>, problem: string | RegExp): Promise<InputError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputError);
  const inputError = error as InputError;
  expect(inputError.problem).toMatch(problem);
  expect(inputError.message).not.toContain('\n');
  return inputError;
}

describe('readPdfLayout: words', () => {
  const words = [
    { text: 'Gigafactory', x: 20.25, yTop: 30, size: 12, font: regular, fontId: 'regular' },
    { text: 'output', x: 97.5, yTop: 30, size: 12, font: regular, fontId: 'regular' },
    { text: 'Shanghai', x: 31.125, yTop: 101.75, size: 9.5, font: italic, fontId: 'italic' },
  ];
  const pdf = buildPdf((doc) => {
    doc.registerFont('regular', NEWSREADER_REGULAR);
    doc.registerFont('italic', NEWSREADER_ITALIC);
    for (const word of words) {
      doc.font(word.fontId).fontSize(word.size).text(word.text, word.x, word.yTop, { lineBreak: false });
    }
  });

  it('gives each drawn word with its x, baseline, width and size', async () => {
    const [page] = (await readPdfLayout(await pdf)).pages;
    expect(wordsOn(page!).map((item) => item.text)).toEqual(words.map((word) => word.text));
    for (const word of words) {
      const item = itemWithText(wordsOn(page!) ?? [], word.text);
      expectPt(item.xPt, word.x);
      expectPt(item.baselinePt, baselineOf(word.font, word.yTop, word.size));
      expectPt(item.widthPt, advanceWidth(word.font, word.text, word.size));
      expectPt(item.sizePt, word.size);
    }
  });

  it('gives the real font names, subset tag kept', async () => {
    const items = wordsOn((await readPdfLayout(await pdf)).pages[0]!);
    expect(itemWithText(items, 'output').fonts).toEqual([expect.stringMatching(/^[A-Z]{6}\+Newsreader-Regular$/)]);
    expect(itemWithText(items, 'Shanghai').fonts).toEqual([expect.stringMatching(/^[A-Z]{6}\+Newsreader-Italic$/)]);
  });

  it('gives the page size and the information dictionary', async () => {
    const layout = await readPdfLayout(
      await buildPdf((doc) => doc.text('x', 10, 10, { lineBreak: false }), { info: { Title: 'Front page' } }),
    );
    expect(layout.pages[0]).toMatchObject({ pageNumber: 1, widthPt: 300, heightPt: 200 });
    expect(layout.info).toMatchObject({ Title: 'Front page', CreationDate: 'D:20240102030405Z' });
    expect(layout.info['Producer']).toMatch(/PDFKit/);
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = await pdf;
    const length = bytes.byteLength;
    await readPdfLayout(bytes);
    expect(bytes.byteLength).toBe(length);
    expect(wordsOn((await readPdfLayout(bytes)).pages[0]!)).toHaveLength(words.length);
  });

  it('keeps text whose font gives it no width (a hand-made PDF)', async () => {
    const layout = await readPdfLayout(
      assemblePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        streamObject('', 'BT /F1 10 Tf 1 0 0 1 20 150 Tm (abc) Tj ET'),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 97 /LastChar 99 /Widths [0 0 0] >>',
      ]),
    );
    expect(wordsOn(layout.pages[0]!)).toEqual([
      { text: 'abc', xPt: 20, baselinePt: 50, widthPt: 0, sizePt: 10, fonts: ['Helvetica'], endKnown: false },
    ]);
  });

  it('measures from the crop box when it differs from the media box', async () => {
    const layout = await readPdfLayout(
      await buildPdf((doc) => {
        Object.assign(doc.page.dictionary.data, { CropBox: [10, 20, 290, 180] });
        doc.registerFont('regular', NEWSREADER_REGULAR);
        doc.font('regular').fontSize(12).text('cropped', 40, 50, { lineBreak: false });
      }),
    );
    const page = layout.pages[0];
    expect(page).toMatchObject({ widthPt: 280, heightPt: 160 });
    const item = itemWithText(wordsOn(page!) ?? [], 'cropped');
    expectPt(item.xPt, 30);
    // The crop box's top edge is 20 pt below the media box's (200 − 180).
    expectPt(item.baselinePt, baselineOf(regular, 50, 12) - 20);
  });
});

describe('readPdfLayout: pages', () => {
  const threePages = buildPdf((doc) => {
    doc.text('one', 10, 10, { lineBreak: false });
    doc.addPage({ size: [400, 250], margin: 0 });
    doc.text('two', 10, 10, { lineBreak: false });
    doc.addPage({ size: [300, 200], margin: 0 });
    doc.text('three', 10, 10, { lineBreak: false });
  });

  it('reads every page in order with its own size', async () => {
    const layout = await readPdfLayout(await threePages);
    expect(layout.pageCount).toBe(3);
    expect(layout.pages.map((page) => [page.pageNumber, page.widthPt, page.heightPt])).toEqual([
      [1, 300, 200],
      [2, 400, 250],
      [3, 300, 200],
    ]);
    expect(layout.pages.map((page) => wordsOn(page).map((item) => item.text))).toEqual([['one'], ['two'], ['three']]);
    // The standard 14 fonts are not embedded: the name is the base font's.
    expect(wordsOn(layout.pages[0]!)[0]?.fonts).toEqual(['Helvetica']);
  });

  it('stops after maxPages but still counts them all', async () => {
    const layout = await readPdfLayout(await threePages, { maxPages: 2 });
    expect(layout.pageCount).toBe(3);
    expect(layout.pages.map((page) => page.pageNumber)).toEqual([1, 2]);
  });

  it('refuses a PDF over the page limit, naming its pages, the limit and the setting', async () => {
    const error = await expectInputError(
      readPdfLayout(await threePages, { fileLabel: 'long.pdf', pageLimit: { pages: 2, setting: '--max-pages' } }),
      '3 pages, more than the limit of 2 (--max-pages)',
    );
    expect(error.message).toBe('long.pdf: 3 pages, more than the limit of 2 (--max-pages)');
    const atLimit = await readPdfLayout(await threePages, { pageLimit: { pages: 3, setting: '--max-pages' } });
    expect(atLimit.pages).toHaveLength(3);
  });

  it('hands each page to the digest as it is read and keeps only what the digest returns', async () => {
    const seen: number[] = [];
    const read = await readPdfPages(await threePages, (page) => {
      seen.push(page.pageNumber);
      return wordsOn(page).map((item) => item.text).join(' ');
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(read.pages).toEqual(['one', 'two', 'three']);
    expect(read.pageCount).toBe(3);
  });

  it('gives pdf-parse’s plain text per page', async () => {
    expect((await readPdfText(await threePages)).map((text) => text.trim())).toEqual(['one', 'two', 'three']);
  });
});

describe('readPdfLayout: bad input', () => {
  const good = buildPdf((doc) => doc.text('fine', 10, 10, { lineBreak: false }));

  it('rejects bytes that are not a PDF', async () => {
    const error = await expectInputError(
      readPdfLayout(new TextEncoder().encode('<html>not a pdf</html>'), { fileLabel: 'page.pdf' }),
      'not a PDF',
    );
    expect(error.message).toBe('page.pdf: not a PDF');
    await expectInputError(readPdfLayout(new Uint8Array(0)), 'not a PDF');
  });

  it('rejects a truncated PDF', async () => {
    const bytes = await good;
    await expectInputError(readPdfLayout(bytes.subarray(0, Math.floor(bytes.length / 2))), /^damaged PDF \(truncated/);
  });

  it('rejects a PDF whose structure is broken', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Nonsense >>\nendobj\n%%EOF\n');
    const error = await expectInputError(readPdfLayout(broken, { fileLabel: 'broken.pdf' }), /^damaged PDF \(.+\)$/);
    expect(error.file).toBe('broken.pdf');
  });

  it('rejects a PDF that needs a password', async () => {
    const encrypted = await buildPdf((doc) => doc.text('secret', 10, 10, { lineBreak: false }), {
      userPassword: 'hunter2',
    });
    const error = await expectInputError(readPdfLayout(encrypted, { fileLabel: 'locked.pdf' }), 'encrypted PDF');
    expect(error.message).toBe('locked.pdf: encrypted PDF');
    await expectInputError(readPdfText(encrypted), 'encrypted PDF');
  });

  it('reads a PDF with only an owner password (it opens without one)', async () => {
    const restricted = await buildPdf((doc) => doc.text('open', 10, 10, { lineBreak: false }), {
      ownerPassword: 'owner',
      permissions: { printing: 'highResolution' },
    });
    expect(wordsOn((await readPdfLayout(restricted)).pages[0]!).map((item) => item.text)).toEqual(['open']);
  });
});
