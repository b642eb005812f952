import type { PdfLayout, PdfTextItem } from '../pdf-read/types.js';
import { dominantSizePt } from './bodySize.js';
import { findColumns, type PdfColumn, type PdfColumnLine } from './pdfColumns.js';
import { endsWithHyphen, joinWords, spacesInsideSpans, wordGapsPt } from './spans.js';
import { summariseLines, type MeasuredDocument, type MeasuredLine } from './summarise.js';
import type { QualityReport } from './types.js';

/** A line starting further than this right of its column's left edge is indented: it starts a paragraph. */
const INDENT_MIN_PT = 1;

/** A line ending less than this short of its column's right edge (or past it) is set to the full measure. */
const RIGHT_EDGE_TOLERANCE_PT = 0.5;

/** Text where at least this share of the body lines reach their column's right edge is set justified. */
const JUSTIFIED_TEXT_SHARE = 0.5;

/** Text at least this many times the body size is display text (a headline, a drop cap), never part of a line. */
const DISPLAY_MIN_SCALE = 1.5;

/** Slack for a drop cap's baseline against a line's, and for where lines beside it start. */
const DROP_CAP_SLACK_PT = 0.5;

interface PlacedLine {
  page: number;
  column: number;
  edges: PdfColumn;
  line: PdfColumnLine;
}

/**
 * The quality numbers read back from any PDF, by heuristics: the body is the text at the most common size,
 * columns are the ranges that text covers, a paragraph starts with an indent, beside a drop cap or (in justified
 * text) after a line that stops short of its column's right edge; a line is justified when it reaches that edge
 * (or hangs past it) and is not the last of its paragraph.
 */
export function measurePdfQuality(pdf: PdfLayout): QualityReport {
  return summariseLines(measurePdfLines(pdf));
}

/** The body lines found on the pages, in reading order. */
export function measurePdfLines(pdf: PdfLayout): MeasuredDocument {
  const bodySizePt = dominantSizePt(pdf.pages.flatMap((page) => page.items));
  const pageCount = pdf.pages.length;
  if (bodySizePt === null) return { source: 'pdf', bodySizePt, pageCount, lines: [] };

  const placed: PlacedLine[] = [];
  const besideDropCap = new Set<PdfColumnLine>();
  const storyTops = new Set<PdfColumnLine>();
  const isDisplay = (item: PdfTextItem): boolean => item.sizePt >= DISPLAY_MIN_SCALE * bodySizePt;
  const columnsByPage = findColumns(
    pdf.pages.map((page) => page.items.filter((item) => !isDisplay(item))),
    bodySizePt,
  );
  pdf.pages.forEach((page, pageIndex) => {
    const columns = columnsByPage[pageIndex]!;
    for (const lines of linesBesideDropCaps(page.items.filter(isDisplay), columns)) {
      lines.forEach((line) => besideDropCap.add(line));
      storyTops.add(lines[0]!);
    }
    columns.forEach((edges, index) => {
      for (const line of edges.lines) placed.push({ page: page.pageNumber, column: index + 1, edges, line });
    });
  });

  // In justified text only a paragraph's last line stops short of the edge; in ragged text any line may.
  const isJustifiedText = placed.filter(({ edges, line }) => reachesEdge(line, edges)).length >= JUSTIFIED_TEXT_SHARE * placed.length;
  const stopsShort = ({ edges, line }: PlacedLine): boolean => isJustifiedText && !reachesEdge(line, edges);
  const starts = placed.map(({ edges, line }, index) => {
    if (index === 0 || storyTops.has(line) || stopsShort(placed[index - 1]!)) return true;
    return !besideDropCap.has(line) && line.startPt - edges.leftEdgePt > INDENT_MIN_PT;
  });
  const lines = placed.map(({ page, column, edges, line }, index): MeasuredLine => {
    const endsParagraph = index === placed.length - 1 || starts[index + 1]!;
    return {
      page,
      column,
      text: joinWords(line.items),
      startsParagraph: starts[index]!,
      endsParagraph,
      justified: !endsParagraph && reachesEdge(line, edges),
      hyphenated: endsWithHyphen(line.items),
      spacesPt: wordGapsPt(line.items),
      unmeasuredSpaces: spacesInsideSpans(line.items),
      // A PDF does not say how a paragraph could have been broken.
      wideSpaceUnavoidable: false,
    };
  });
  return { source: 'pdf', bodySizePt, pageCount, lines };
}

/** Ends at the column's right edge, or hangs past it (punctuation in the margin, an overfull line). */
function reachesEdge(line: PdfColumnLine, column: PdfColumn): boolean {
  return line.endPt >= column.rightEdgePt - RIGHT_EDGE_TOLERANCE_PT;
}

/**
 * For each drop cap among a page's display text, the body lines set beside it, top to bottom: a large initial at a
 * column's left edge, with lines starting right of it whose baselines lie between its top and its baseline.
 */
function linesBesideDropCaps(initials: readonly PdfTextItem[], columns: readonly PdfColumn[]): PdfColumnLine[][] {
  return initials.flatMap((initial) => {
    // An initial's side bearing may set it a little left or right of the edge, never by half its size.
    const column = columns.find((candidate) => Math.abs(initial.xPt - candidate.leftEdgePt) <= initial.sizePt / 2);
    const beside = column?.lines.filter((line) => isBeside(line, initial)) ?? [];
    return beside.length > 0 ? [beside] : [];
  });
}

function isBeside(line: PdfColumnLine, initial: PdfTextItem): boolean {
  const withinHeight = line.baselinePt <= initial.baselinePt + DROP_CAP_SLACK_PT && line.baselinePt >= initial.baselinePt - initial.sizePt;
  return withinHeight && line.startPt >= initial.xPt + initial.widthPt - DROP_CAP_SLACK_PT;
}

