import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Affine } from './affine.js';
import { assertWithinPageLimit, type PageLimit } from './pageLimit.js';
import { assertPdfBytes, blamePdf, DEFAULT_PDF_LABEL } from './pdfInputErrors.js';
import { readOperators, type PdfjsOps } from './readOperators.js';
import { readPage } from './readPage.js';
import { DEFAULT_FONT_MATRIX, type PdfTextFont } from './textState.js';
import type { PdfLayout, PdfPage, PdfPageDrawing, PdfPages } from './types.js';

export interface ReadPdfOptions {
  /** Read only the first pages (`pageCount` still counts them all). */
  maxPages?: number;
  /** Refuse (InputError) a PDF with more pages than this before reading any page. */
  pageLimit?: PageLimit;
  /** The file as the user named it, for error messages. */
  fileLabel?: string;
}

/** pdf.js's character maps and standard-font data, for PDFs that use CJK encodings or non-embedded base fonts. */
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
export const pdfjsDataUrls = {
  cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
};

/**
 * Read the text (in words, lines and columns) and images of the pages of any PDF. Throws InputError for bytes that
 * are not a PDF, a damaged or truncated file, one that needs a password, or one over the page limit.
 */
export function readPdfLayout(data: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfLayout> {
  return readPdfPages(data, (page) => page, options);
}

/** Read the pages one at a time, each turned by `digest` into what the caller keeps. Throws as `readPdfLayout`. */
export function readPdfPages<T>(data: Uint8Array, digest: (page: PdfPage) => T, options: ReadPdfOptions = {}): Promise<PdfPages<T>> {
  return readPdfDrawings(data, (drawing) => digest(readPage(drawing)), options);
}

/**
 * Read what each page draws (its glyphs and images), one page at a time, each turned by `digest` into what the
 * caller keeps, so that a page's glyphs and pdf.js's data for it can be freed before the next page is read.
 * Throws InputError as `readPdfLayout` does.
 */
export async function readPdfDrawings<T>(
  data: Uint8Array,
  digest: (drawing: PdfPageDrawing) => T,
  options: ReadPdfOptions = {},
): Promise<PdfPages<T>> {
  const fileLabel = options.fileLabel ?? DEFAULT_PDF_LABEL;
  assertPdfBytes(data, fileLabel);
  // Loaded on demand: pdf.js is large and most commands never read a PDF.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // A copy: pdf.js transfers the buffer it is given to its worker, which detaches the caller's bytes.
  const task = pdfjs.getDocument({ data: new Uint8Array(data), verbosity: 0, ...pdfjsDataUrls });
  try {
    const pdf = await blamePdf(task.promise, fileLabel);
    assertWithinPageLimit(pdf.numPages, options.pageLimit, fileLabel);
    const lastPage = Math.min(pdf.numPages, options.maxPages ?? Infinity);
    const pages: T[] = [];
    for (let pageNumber = 1; pageNumber <= lastPage; pageNumber++) {
      pages.push(digest(await readDrawing(pdf, pageNumber, pdfjs.OPS, fileLabel)));
    }
    const { info } = await blamePdf(pdf.getMetadata(), fileLabel);
    return { pageCount: pdf.numPages, pages, info: toInfoStrings(info) };
  } finally {
    await task.destroy();
  }
}

/** Plain text per page as pdf-parse extracts it (its own line and word joining), for comparison. */
export async function readPdfText(data: Uint8Array, options: { fileLabel?: string } = {}): Promise<string[]> {
  const fileLabel = options.fileLabel ?? DEFAULT_PDF_LABEL;
  assertPdfBytes(data, fileLabel);
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0, ...pdfjsDataUrls });
  try {
    const result = await blamePdf(parser.getText(), fileLabel);
    return result.pages.map((page) => page.text);
  } finally {
    await parser.destroy();
  }
}

async function readDrawing(pdf: PDFDocumentProxy, pageNumber: number, ops: PdfjsOps, fileLabel: string): Promise<PdfPageDrawing> {
  const page = await blamePdf(pdf.getPage(pageNumber), fileLabel);
  try {
    // Maps user space to the displayed page: crop-box origin, rotation and the y flip in one matrix.
    const viewport = page.getViewport({ scale: 1 });
    const toPage = viewport.transform as unknown as Affine;
    // Also loads the page's fonts into commonObjs, where their metrics and real names are.
    const operatorList = await blamePdf(page.getOperatorList(), fileLabel);
    const content = readOperators(operatorList, ops, toPage, (fontId) => pdfTextFont(page, fontId));
    return { pageNumber, widthPt: viewport.width, heightPt: viewport.height, ...content };
  } finally {
    // Drops the page's decoded images and fonts so memory stays flat over a long document.
    page.cleanup();
  }
}

/** The font a `setFont` names, as pdf.js loaded it; null when it could not. */
function pdfTextFont(page: PDFPageProxy, fontId: string): PdfTextFont | null {
  if (!page.commonObjs.has(fontId)) return null;
  const font = page.commonObjs.get(fontId) as { name?: unknown; fontMatrix?: unknown; vertical?: unknown; isType3Font?: unknown } | null;
  if (typeof font !== 'object' || font === null) return null;
  const numbers = Array.isArray(font.fontMatrix) || ArrayBuffer.isView(font.fontMatrix) ? Array.from(font.fontMatrix as ArrayLike<unknown>) : [];
  const matrix = numbers.length === 6 && numbers.every((n) => typeof n === 'number') ? (numbers as unknown as Affine) : DEFAULT_FONT_MATRIX;
  return { name: typeof font.name === 'string' ? font.name : '', fontMatrix: matrix, vertical: font.vertical === true, isType3: font.isType3Font === true };
}

/** pdf.js parses the info dictionary into strings, plus flags of its own and non-standard keys under `Custom`. */
function toInfoStrings(info: object): Record<string, string> {
  const result: Record<string, string> = {};
  const add = (entries: object): void => {
    for (const [key, value] of Object.entries(entries)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        result[key] ??= String(value);
      }
    }
  };
  add(info);
  const custom = (info as { Custom?: unknown }).Custom;
  if (typeof custom === 'object' && custom !== null) add(custom);
  return result;
}
