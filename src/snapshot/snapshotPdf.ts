import type { PageLimit } from '../pdf-read/pageLimit.js';
import { readPdfPages } from '../pdf-read/readPdf.js';
import type { PdfImageBox, PdfPageLayout, PdfTextItem } from '../pdf-read/types.js';
import { columnIndexOf, findColumns } from './findColumns.js';
import { segmentLines } from './segmentLines.js';
import { roundPt, type Snapshot, type SnapshotImage, type SnapshotLine, type SnapshotPage } from './types.js';

/** A gap wider than this (in em) between two items of a line is a word space; a narrower one joins them. */
const WORD_SPACE_EM = 0.15;

/**
 * Reads any PDF into a snapshot, page by page: only a page's lines are kept, not its text items. Throws InputError
 * for input that is not a readable PDF, or one with more pages than `pageLimit`.
 */
export async function snapshotPdf(data: Uint8Array, fileLabel: string, pageLimit?: PageLimit): Promise<Snapshot> {
  const { pages } = await readPdfPages(data, snapshotPage, { fileLabel, pageLimit });
  return { pages };
}

function snapshotPage(page: PdfPageLayout): SnapshotPage {
  const lines = segmentLines(page.items).map(toLine);
  const edges = findColumns(lines);
  const columns = edges.map((edge) => ({
    xPt: roundPt(edge.xPt),
    rightPt: edge.rightPt === null ? null : roundPt(edge.rightPt),
    lines: [] as SnapshotLine[],
  }));
  for (const line of lines) columns[columnIndexOf(edges, line)]!.lines.push(roundLine(line));
  for (const column of columns) column.lines.sort(byReadingOrder);
  return {
    widthPt: roundPt(page.widthPt),
    heightPt: roundPt(page.heightPt),
    images: page.images.map(roundImage).sort((a, b) => a.yPt - b.yPt || a.xPt - b.xPt),
    columns,
  };
}

/**
 * Top to bottom by the top of the type (baseline minus size), then left to right: a drop cap, whose baseline is
 * its last line's, comes before the lines beside it, so that the text reads in order.
 */
function byReadingOrder(a: SnapshotLine, b: SnapshotLine): number {
  return a.baselinePt - a.sizePt - (b.baselinePt - b.sizePt) || a.xStartPt - b.xStartPt;
}

function toLine(items: readonly PdfTextItem[]): SnapshotLine {
  const first = items[0]!;
  const sizePt = Math.max(...items.map((item) => item.sizePt));
  let text = first.text;
  for (let i = 1; i < items.length; i++) {
    const before = items[i - 1]!;
    const item = items[i]!;
    const spaced = item.xPt - (before.xPt + before.widthPt) > WORD_SPACE_EM * sizePt;
    text += (spaced ? ' ' : '') + item.text;
  }
  return {
    baselinePt: first.baselinePt,
    xStartPt: first.xPt,
    xEndPt: Math.max(...items.map((item) => item.xPt + item.widthPt)),
    sizePt,
    fonts: [...new Set(items.map((item) => fontLabel(item.fontName)))],
    text: text.replace(/\s+/gu, ' ').trim(),
  };
}

/**
 * `ABCDEF+Newsreader-Regular` → `Newsreader-Regular`: the tag changes with the subset, not with the font. Spaces,
 * commas and bars become `_` so that the trace can list fonts; a font the PDF does not name is `?`.
 */
function fontLabel(fontName: string): string {
  return fontName.replace(/^[A-Z]{6}\+/u, '').replace(/[\s,|]/gu, '_') || '?';
}

function roundLine(line: SnapshotLine): SnapshotLine {
  return {
    ...line,
    baselinePt: roundPt(line.baselinePt),
    xStartPt: roundPt(line.xStartPt),
    xEndPt: roundPt(line.xEndPt),
    sizePt: roundPt(line.sizePt),
  };
}

function roundImage(box: PdfImageBox): SnapshotImage {
  return { xPt: roundPt(box.xPt), yPt: roundPt(box.yPt), widthPt: roundPt(box.widthPt), heightPt: roundPt(box.heightPt) };
}
