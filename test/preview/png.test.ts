import { createRequire } from 'node:module';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { renderPagePng } from '../../src/preview/png.js';
import { buildPdf, NEWSREADER_REGULAR } from '../pdf-read/buildPdf.js';

const LIBERATION_SANS = createRequire(import.meta.url).resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf');

/** Two pages: 288 × 216 pt (4 × 3 in) with a word near the top left, then a blank 144 × 72 pt page. */
const pdf = buildPdf((doc) => {
  doc.registerFont('regular', NEWSREADER_REGULAR);
  doc.font('regular').fontSize(36).text('Ink', 18, 18, { lineBreak: false });
  doc.addPage({ size: [144, 72], margin: 0 });
}, { size: [288, 216] });

interface DecodedPng {
  width: number;
  height: number;
  /** How many pixels in [x0, x1) × [y0, y1) are darker than mid-grey. */
  darkAt: (x0: number, y0: number, x1: number, y1: number) => number;
}

async function decode(png: Buffer): Promise<DecodedPng> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const darkAt = (x0: number, y0: number, x1: number, y1: number): number => {
    let dark = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const offset = (y * info.width + x) * info.channels;
        if ((data[offset] ?? 255) + (data[offset + 1] ?? 255) + (data[offset + 2] ?? 255) < 3 * 128) dark++;
      }
    }
    return dark;
  };
  return { width: info.width, height: info.height, darkAt };
}

/** The dark pixels as "x,y" from the top left of their bounding box, so that shapes compare wherever they sit. */
function inkShape(image: DecodedPng): Set<string> {
  const dark: [number, number][] = [];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) if (image.darkAt(x, y, x + 1, y + 1) > 0) dark.push([x, y]);
  }
  const left = Math.min(...dark.map(([x]) => x));
  const top = Math.min(...dark.map(([, y]) => y));
  return new Set(dark.map(([x, y]) => `${x - left},${y - top}`));
}

function symmetricDifference(a: Set<string>, b: Set<string>): number {
  return [...a].filter((key) => !b.has(key)).length + [...b].filter((key) => !a.has(key)).length;
}

describe('renderPagePng', () => {
  it('renders the page at 100 dpi by default, with ink where the text is and nowhere else', async () => {
    const png = await renderPagePng(await pdf);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const image = await decode(png);
    expect([image.width, image.height]).toEqual([400, 300]);
    // "Ink" at 36 pt from (18, 18) pt covers roughly x 25–75 px, y 25–75 px at 100 dpi.
    expect(image.darkAt(20, 20, 90, 80)).toBeGreaterThan(200);
    expect(image.darkAt(0, 100, 400, 300)).toBe(0);
  });

  it('scales with dpi and renders the page asked for', async () => {
    const bytes = await pdf;
    const first = await decode(await renderPagePng(bytes, { dpi: 72 }));
    expect([first.width, first.height]).toEqual([288, 216]);
    const second = await decode(await renderPagePng(bytes, { pageIndex: 1, dpi: 200 }));
    expect([second.width, second.height]).toEqual([400, 200]);
    expect(second.darkAt(0, 0, 400, 200)).toBe(0);
  });

  it('rounds a page of fractional pixels out, to whole pixels', async () => {
    const bytes = await buildPdf(() => {}, { size: [100.5, 50.2] });
    const image = await decode(await renderPagePng(bytes, { dpi: 72 }));
    expect([image.width, image.height]).toEqual([101, 51]);
  });

  it('draws a standard font the PDF does not embed with pdf.js\'s own font data, not a system font', async () => {
    // pdf.js stands Liberation Sans in for Helvetica; the system's fallback (DejaVu Sans here) differs in ~1,300 pixels.
    const ink = async (font: string): Promise<Set<string>> => {
      const bytes = await buildPdf((doc) => doc.font(font).fontSize(36).text('Ink', 18, 18, { lineBreak: false }));
      return inkShape(await decode(await renderPagePng(bytes)));
    };
    const standard = await ink('Helvetica');
    const embedded = await ink(LIBERATION_SANS);
    expect(standard.size).toBeGreaterThan(500);
    expect(symmetricDifference(standard, embedded)).toBeLessThan(0.1 * standard.size);
  });

  it('writes the same PNG bytes every time', async () => {
    const bytes = await pdf;
    const first = await renderPagePng(bytes);
    expect((await renderPagePng(bytes)).equals(first)).toBe(true);
  });

  it('reports input it cannot render as InputError', async () => {
    const bytes = await pdf;
    await expect(renderPagePng(bytes, { pageIndex: 2, fileLabel: 'front.pdf' })).rejects.toThrow(
      new InputError('front.pdf', '', 'no page 3 (the PDF has 2 pages)'),
    );
    await expect(renderPagePng(new TextEncoder().encode('GIF89a'), { fileLabel: 'x.gif' })).rejects.toThrow(
      'x.gif: not a PDF',
    );
    const broken = new TextEncoder().encode('%PDF-1.7\ngarbage\n%%EOF\n');
    await expect(renderPagePng(broken, { fileLabel: 'broken.pdf' })).rejects.toThrow(
      new InputError('broken.pdf', '', 'damaged PDF (Invalid PDF structure)'),
    );
    const encrypted = await buildPdf((doc) => doc.text('secret', 10, 10, { lineBreak: false }), { userPassword: 'pw' });
    await expect(renderPagePng(encrypted)).rejects.toBeInstanceOf(InputError);
    await expect(renderPagePng(encrypted)).rejects.toThrow('encrypted PDF');
  });
});
