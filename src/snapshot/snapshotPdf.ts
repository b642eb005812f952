import type { PageLimit } from '../pdf-read/pageLimit.js';
import { readPdfPages } from '../pdf-read/readPdf.js';
import type { PdfImageBox, PdfLine, PdfPage } from '../pdf-read/types.js';
import { roundPt, type Snapshot, type SnapshotImage, type SnapshotLine, type SnapshotPage } from './types.js';

/**
 * Reads any PDF into a snapshot, page by page: only a page's rounded lines are kept, not its words. Throws
 * InputError for input that is not a readable PDF, or one with more pages than `pageLimit`.
 */
export async function snapshotPdf(data: Uint8Array, fileLabel: string, pageLimit?: PageLimit): Promise<Snapshot> {
  const { pages } = await readPdfPages(data, snapshotPage, { fileLabel, pageLimit });
  return { pages };
}

function snapshotPage(page: PdfPage): SnapshotPage {
  return {
    widthPt: roundPt(page.widthPt),
    heightPt: roundPt(page.heightPt),
    images: page.images.map(roundImage).sort((a, b) => a.yPt - b.yPt || a.xPt - b.xPt),
    columns: page.columns.map((column) => ({
      xPt: roundPt(column.xPt),
      rightPt: column.rightPt === null ? null : roundPt(column.rightPt),
      lines: column.lines.map(roundLine),
    })),
  };
}

function roundLine(line: PdfLine): SnapshotLine {
  return {
    baselinePt: roundPt(line.baselinePt),
    xStartPt: roundPt(line.xStartPt),
    xEndPt: roundPt(line.xEndPt),
    sizePt: roundPt(line.sizePt),
    fonts: line.fonts.map(fontLabel),
    text: line.text,
  };
}

/**
 * `ABCDEF+Newsreader-Regular` → `Newsreader-Regular`: the tag changes with the subset, not with the font. Spaces,
 * commas and bars become `_` so that the trace can list fonts; a font the PDF does not name is `?`.
 */
function fontLabel(fontName: string): string {
  return fontName.replace(/^[A-Z]{6}\+/u, '').replace(/[\s,|]/gu, '_') || '?';
}

function roundImage(box: PdfImageBox): SnapshotImage {
  return { xPt: roundPt(box.xPt), yPt: roundPt(box.yPt), widthPt: roundPt(box.widthPt), heightPt: roundPt(box.heightPt) };
}
