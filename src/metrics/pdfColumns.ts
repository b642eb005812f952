import { groupIntoLines } from '../pdf-read/groupIntoLines.js';
import type { PdfTextItem } from '../pdf-read/types.js';
import { isBodySize } from './bodySize.js';

/**
 * A strip no body text crosses is a gutter when it is at least this wide (in em of the body size); a narrower one
 * is where spaces happen to line up in a short column.
 */
const GUTTER_MIN_EM = 0.5;

/** Line starts or ends within this distance are at the same edge. */
const EDGE_CLUSTER_PT = 0.25;

/** Slack when comparing a range's width with the column width. */
const WIDTH_SLACK_PT = 1;

export interface PdfColumnLine {
  /** Left to right. */
  items: PdfTextItem[];
  baselinePt: number;
  startPt: number;
  endPt: number;
}

export interface PdfColumn {
  /** Where most of its lines start: the column's left edge. */
  leftEdgePt: number;
  /** Where most of its lines end: the column's right edge. */
  rightEdgePt: number;
  /** Top to bottom. */
  lines: PdfColumnLine[];
}

/** An x-range that body text covers on a page, with the rows (indices) that have body text in it. */
interface Range {
  startPt: number;
  endPt: number;
  rows: Set<number>;
}

/**
 * Each page's body text in columns, left to right. Over a column's lines the words cover its whole width, while
 * nothing crosses a gutter: columns are the x-ranges that body-size items cover. A column with only a few
 * lines may leave strips uncovered; ranges that share no baseline and together are no wider than the usual
 * column are one column. A row of items on one baseline is a line in each column where it has body-size text;
 * text of another size in that row and column (small caps, inline code) belongs to the line.
 */
export function findColumns(pages: readonly (readonly PdfTextItem[])[], bodySizePt: number): PdfColumn[][] {
  const isBody = (item: PdfTextItem): boolean => isBodySize(item.sizePt, bodySizePt);
  const rowsByPage = pages.map((items) => groupIntoLines(items));
  const rangesByPage = pages.map((items, pageIndex) => {
    const ranges = coveredRanges(items.filter(isBody), GUTTER_MIN_EM * bodySizePt);
    rowsByPage[pageIndex]!.forEach((row, rowIndex) => {
      for (const item of row.filter(isBody)) rangeAt(ranges, item)?.rows.add(rowIndex);
    });
    return ranges;
  });
  const columnWidthPt = usualWidth(rangesByPage.flat());
  return rangesByPage.map((ranges, pageIndex) => {
    const columns = joinSparseRanges(ranges, columnWidthPt);
    const linesByColumn = columns.map((): PdfColumnLine[] => []);
    for (const row of rowsByPage[pageIndex]!) {
      const itemsByColumn = columns.map((): PdfTextItem[] => []);
      for (const item of row) {
        const column = rangeAt(columns, item);
        if (column) itemsByColumn[columns.indexOf(column)]!.push(item);
      }
      itemsByColumn.forEach((items, index) => {
        if (items.some(isBody)) linesByColumn[index]!.push(lineOf(items));
      });
    }
    return linesByColumn.map((lines) => ({
      leftEdgePt: dominantValue(lines.map((line) => line.startPt), 'lowest'),
      rightEdgePt: dominantValue(lines.map((line) => line.endPt), 'highest'),
      lines,
    }));
  });
}

function lineOf(items: PdfTextItem[]): PdfColumnLine {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  return { items, baselinePt: first.baselinePt, startPt: first.xPt, endPt: last.xPt + last.widthPt };
}

function rangeAt(ranges: readonly Range[], item: PdfTextItem): Range | undefined {
  return ranges.find((range) => item.xPt >= range.startPt && item.xPt <= range.endPt);
}

/** The x-ranges the items cover, left to right, joined across strips narrower than `minGapPt`. */
function coveredRanges(items: readonly PdfTextItem[], minGapPt: number): Range[] {
  const ranges: Range[] = [];
  for (const item of [...items].sort((a, b) => a.xPt - b.xPt)) {
    const last = ranges[ranges.length - 1];
    if (last && item.xPt < last.endPt + minGapPt) last.endPt = Math.max(last.endPt, item.xPt + item.widthPt);
    else ranges.push({ startPt: item.xPt, endPt: item.xPt + item.widthPt, rows: new Set() });
  }
  return ranges;
}

/** The width of the ranges holding the most lines: the column measure. */
function usualWidth(ranges: readonly Range[]): number {
  const linesByWidth = new Map<number, number>();
  for (const range of ranges) {
    const widthPt = Math.round(range.endPt - range.startPt);
    linesByWidth.set(widthPt, (linesByWidth.get(widthPt) ?? 0) + range.rows.size);
  }
  let best = { widthPt: 0, lines: -1 };
  for (const [widthPt, lines] of linesByWidth) if (lines > best.lines) best = { widthPt, lines };
  return best.widthPt;
}

/** Joins neighbouring ranges that never hold text on the same baseline and fit in one column together. */
function joinSparseRanges(ranges: readonly Range[], columnWidthPt: number): Range[] {
  const joined: Range[] = [];
  for (const range of ranges) {
    const last = joined[joined.length - 1];
    const sharesBaseline = last !== undefined && [...range.rows].some((row) => last.rows.has(row));
    if (last && !sharesBaseline && range.endPt - last.startPt <= columnWidthPt + WIDTH_SLACK_PT) {
      joined[joined.length - 1] = { startPt: last.startPt, endPt: range.endPt, rows: new Set([...last.rows, ...range.rows]) };
    } else {
      joined.push(range);
    }
  }
  return joined;
}

/** The value most others lie close to; on a tie, the lowest or highest such value. */
function dominantValue(values: readonly number[], onTie: 'lowest' | 'highest'): number {
  let best = { value: NaN, neighbours: -1 };
  for (const value of values) {
    const neighbours = values.filter((other) => Math.abs(other - value) <= EDGE_CLUSTER_PT).length;
    const wins = onTie === 'lowest' ? value < best.value : value > best.value;
    if (neighbours > best.neighbours || (neighbours === best.neighbours && wins)) best = { value, neighbours };
  }
  return best.value;
}
