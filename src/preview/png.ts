import { InputError } from '../errors.js';
import { assertPdfBytes, DEFAULT_PDF_LABEL, toPdfInputError } from '../pdf-read/pdfInputErrors.js';

export interface PagePngOptions {
  /** 0-based. */
  pageIndex?: number;
  /** Pixels per inch; default 100. */
  dpi?: number;
  /** The file as the user named it, for error messages. */
  fileLabel?: string;
}

const POINTS_PER_INCH = 72;

/**
 * Render one page of a PDF to an RGB PNG with mupdf. The pixel size is the page's crop box at `dpi`, rounded
 * out to whole pixels. Throws InputError for bytes that are not a readable PDF or a page it does not have.
 */
export async function renderPagePng(pdf: Uint8Array, options: PagePngOptions = {}): Promise<Buffer> {
  const { pageIndex = 0, dpi = 100, fileLabel = DEFAULT_PDF_LABEL } = options;
  if (!(dpi > 0 && Number.isFinite(dpi))) throw new RangeError(`dpi must be a positive number, got ${dpi}`);
  assertPdfBytes(pdf, fileLabel);
  // Loaded on demand: the WebAssembly module takes a few hundred milliseconds to start.
  const mupdf = await import('mupdf');
  // mupdf otherwise prints repair warnings to stderr; failures still arrive as exceptions, reported below.
  mupdf.setLog(null);
  const doc = openPdf(mupdf, pdf, fileLabel);
  try {
    if (doc.needsPassword()) throw new InputError(fileLabel, '', 'encrypted PDF');
    const pageCount = doc.countPages();
    if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= pageCount) {
      throw new InputError(fileLabel, '', `no page ${pageIndex + 1} (the PDF has ${pageCount} pages)`);
    }
    const page = doc.loadPage(pageIndex);
    try {
      const scale = dpi / POINTS_PER_INCH;
      const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
      try {
        return Buffer.from(pixmap.asPNG());
      } finally {
        pixmap.destroy();
      }
    } finally {
      page.destroy();
    }
  } catch (error) {
    throw toPdfInputError(error, fileLabel);
  } finally {
    doc.destroy();
  }
}

type Mupdf = typeof import('mupdf');

function openPdf(mupdf: Mupdf, pdf: Uint8Array, fileLabel: string): InstanceType<Mupdf['Document']> {
  try {
    return mupdf.Document.openDocument(pdf, 'application/pdf');
  } catch (error) {
    throw toPdfInputError(error, fileLabel);
  }
}
