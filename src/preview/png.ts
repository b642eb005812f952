import type { RenderParameters } from 'pdfjs-dist/types/src/display/api.js';
import sharp from 'sharp';
import { InputError } from '../errors.js';
import { assertPdfBytes, blamePdf, DEFAULT_PDF_LABEL } from '../pdf-read/pdfInputErrors.js';
import { pdfjsDataUrls } from '../pdf-read/readPdf.js';

export interface PagePngOptions {
  /** 0-based. */
  pageIndex?: number;
  /** Pixels per inch; default 100. */
  dpi?: number;
  /** The file as the user named it, for error messages. */
  fileLabel?: string;
}

const POINTS_PER_INCH = 72;
/** A page edge this close past a whole pixel is floating-point noise, not a pixel column of its own. */
const ROUNDING_SLACK_PX = 0.001;

/**
 * Render one page of a PDF to an RGB PNG with pdf.js, painting on a Skia canvas (@napi-rs/canvas). The pixel size
 * is the page's crop box at `dpi`, rounded out to whole pixels. Throws InputError for bytes that are not a readable
 * PDF or a page it does not have. Glyphs come from the fonts the PDF embeds, or pdf.js's own standard-font data,
 * never from the system's fonts, so the same PDF gives the same PNG bytes.
 */
export async function renderPagePng(pdf: Uint8Array, options: PagePngOptions = {}): Promise<Buffer> {
  const { pageIndex = 0, dpi = 100, fileLabel = DEFAULT_PDF_LABEL } = options;
  if (!(dpi > 0 && Number.isFinite(dpi))) throw new RangeError(`dpi must be a positive number, got ${dpi}`);
  assertPdfBytes(pdf, fileLabel);
  // Loaded on demand: pdf.js and the canvas's native module take a few hundred milliseconds to load.
  const [pdfjs, { createCanvas }] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('@napi-rs/canvas')]);
  // A copy: pdf.js transfers the buffer it is given to its worker, which detaches the caller's bytes.
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0, ...pdfjsDataUrls });
  try {
    const doc = await blamePdf(task.promise, fileLabel);
    if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= doc.numPages) {
      throw new InputError(fileLabel, '', `no page ${pageIndex + 1} (the PDF has ${doc.numPages} pages)`);
    }
    const page = await blamePdf(doc.getPage(pageIndex + 1), fileLabel);
    const viewport = page.getViewport({ scale: dpi / POINTS_PER_INCH });
    const widthPx = Math.ceil(viewport.width - ROUNDING_SLACK_PX);
    const heightPx = Math.ceil(viewport.height - ROUNDING_SLACK_PX);
    const canvas = createCanvas(widthPx, heightPx);
    const context = canvas.getContext('2d');
    // pdf.js types its canvas as the DOM's; on Node it draws on @napi-rs/canvas, the canvas it loads itself.
    const domCanvas = canvas as unknown as RenderParameters['canvas'];
    await blamePdf(page.render({ canvas: domCanvas, viewport }).promise, fileLabel);
    // pdf.js fills the canvas white before drawing, so the alpha channel carries nothing.
    const { data } = context.getImageData(0, 0, widthPx, heightPx);
    const rgba = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return await sharp(rgba, { raw: { width: widthPx, height: heightPx, channels: 4 } }).removeAlpha().png().toBuffer();
  } finally {
    await task.destroy();
  }
}
