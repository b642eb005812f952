import { formatPt, type Snapshot, type SnapshotLine } from './types.js';

/** The first line of every trace: format version and precision. `parseTrace` reads only this version. */
export const TRACE_HEADER = 'broadsheet-trace 1 precision 0.01pt';

const LEGEND = "# Points from each page's top-left corner, y down; lines in reading order. Rows: baseline x-start x-end size fonts | text";

/** Within a column, a blank row separates frames: lines this many of their size apart, or of another size. */
const FRAME_GAP_EM = 2;

/**
 * Writes a snapshot as a trace: per page its images, then its columns, each with one row per line. Numbers are
 * right-aligned so that a diff of two traces lines up; blank rows between frames are only for reading.
 */
export function formatTrace(snapshot: Snapshot): string {
  const rows = [TRACE_HEADER, LEGEND];
  snapshot.pages.forEach((page, pageIndex) => {
    rows.push(`page ${pageIndex + 1} size ${formatPt(page.widthPt)} x ${formatPt(page.heightPt)}`);
    for (const image of page.images) {
      rows.push(`  image x ${formatPt(image.xPt)} y ${formatPt(image.yPt)} w ${formatPt(image.widthPt)} h ${formatPt(image.heightPt)}`);
    }
    page.columns.forEach((column, columnIndex) => {
      rows.push(`  column ${columnIndex + 1} x ${formatPt(column.xPt)} right ${column.rightPt === null ? '-' : formatPt(column.rightPt)}`);
      column.lines.forEach((line, lineIndex) => {
        const previous = column.lines[lineIndex - 1];
        if (previous && startsFrame(previous, line)) rows.push('');
        rows.push(formatLine(line));
      });
    });
  });
  return `${rows.join('\n')}\n`;
}

function formatLine(line: SnapshotLine): string {
  const numbers = [line.baselinePt, line.xStartPt, line.xEndPt].map((value) => formatPt(value).padStart(8)).join('');
  return `  ${numbers}${formatPt(line.sizePt).padStart(7)} ${line.fonts.join(',')} | ${line.text}`;
}

function startsFrame(previous: SnapshotLine, line: SnapshotLine): boolean {
  const sizePt = Math.max(previous.sizePt, line.sizePt);
  return previous.sizePt !== line.sizePt || line.baselinePt - previous.baselinePt > FRAME_GAP_EM * sizePt;
}
