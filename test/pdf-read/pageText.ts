import type { PdfLine, PdfPage, PdfWord } from '../../src/pdf-read/types.js';

/** A page's lines as the reader found them, column by column. */
export function linesOn(page: PdfPage): PdfLine[] {
  return page.columns.flatMap((column) => column.lines);
}

/** A page's words, column by column, each line left to right. */
export function wordsOn(page: PdfPage): PdfWord[] {
  return linesOn(page).flatMap((line) => line.words);
}
