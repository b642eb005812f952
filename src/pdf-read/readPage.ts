import { findCaptions } from './captions.js';
import { columnIndexOf, findColumns } from './columns.js';
import { linesOf } from './lines.js';
import type { PdfColumn, PdfLine, PdfPage, PdfPageDrawing } from './types.js';
import { wordsOf } from './words.js';

/** Turns what a page draws into its text, in words, lines and columns, with its images and their captions. */
export function readPage(drawing: PdfPageDrawing): PdfPage {
  const lines = linesOf(wordsOf(drawing.glyphs));
  const edges = findColumns(lines);
  const columns: PdfColumn[] = edges.map((edge) => ({ xPt: edge.xPt, rightPt: edge.rightPt, lines: [] }));
  for (const line of lines) columns[columnIndexOf(edges, line)]!.lines.push(line);
  for (const column of columns) column.lines.sort(byReadingOrder);
  return {
    pageNumber: drawing.pageNumber,
    widthPt: drawing.widthPt,
    heightPt: drawing.heightPt,
    columns,
    images: drawing.images,
    captions: findCaptions(drawing.images, lines),
    skippedGlyphs: drawing.skippedGlyphs,
  };
}

/**
 * Top to bottom by the top of the type (baseline minus size), then left to right: a drop cap, whose baseline is
 * its last line's, comes before the lines beside it, so that the text reads in order.
 */
function byReadingOrder(a: PdfLine, b: PdfLine): number {
  return a.baselinePt - a.sizePt - (b.baselinePt - b.sizePt) || a.xStartPt - b.xStartPt;
}
