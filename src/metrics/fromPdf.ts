import { wordGapsOf } from '../pdf-read/lines.js';
import type { PdfColumn, PdfLayout, PdfLine } from '../pdf-read/types.js';
import { dominantSizePt, isBodySize } from './bodySize.js';
import { endsWithHyphen } from './spans.js';
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
  leftEdgePt: number;
  /** Null when neither the column nor the document has a measure (ragged text). */
  rightEdgePt: number | null;
  line: PdfLine;
}

/**
 * The quality numbers read back from any PDF, by heuristics, from the lines and columns the reader found: the body
 * is the text at the most common size; a paragraph starts with an indent, beside a drop cap or (in justified text)
 * after a line that stops short of its column's right edge; a line is justified when it reaches that edge (or
 * hangs past it) and is not the last of its paragraph. Spaces are measured from where the glyphs are drawn.
 */
export function measurePdfQuality(pdf: PdfLayout): QualityReport {
  return summariseLines(measurePdfLines(pdf));
}

/** The body lines found on the pages, in reading order. */
export function measurePdfLines(pdf: PdfLayout): MeasuredDocument {
  const allLines = pdf.pages.flatMap((page) => page.columns.flatMap((column) => column.lines));
  const bodySizePt = dominantSizePt(allLines.flatMap((line) => line.words));
  const pageCount = pdf.pages.length;
  if (bodySizePt === null) return { source: 'pdf', bodySizePt, pageCount, lines: [] };

  const isBody = (line: PdfLine): boolean => line.words.some((word) => isBodySize(word.sizePt, bodySizePt));
  const isDisplay = (line: PdfLine): boolean => line.sizePt >= DISPLAY_MIN_SCALE * bodySizePt;
  const measurePt = usualMeasurePt(pdf.pages.flatMap((page) => page.columns));
  const placed: PlacedLine[] = [];
  const besideDropCap = new Set<PdfLine>();
  const storyTops = new Set<PdfLine>();
  for (const page of pdf.pages) {
    page.columns.forEach((column, index) => {
      const rightEdgePt = column.rightPt ?? (measurePt === null ? null : column.xPt + measurePt);
      for (const lines of linesBesideDropCaps(column.lines.filter(isDisplay), column)) {
        lines.forEach((line) => besideDropCap.add(line));
        storyTops.add(lines[0]!);
      }
      for (const line of column.lines.filter(isBody)) {
        placed.push({ page: page.pageNumber, column: index + 1, leftEdgePt: column.xPt, rightEdgePt, line });
      }
    });
  }

  // In justified text only a paragraph's last line stops short of the edge; in ragged text any line may.
  const isJustifiedText = placed.filter(reachesEdge).length >= JUSTIFIED_TEXT_SHARE * placed.length;
  const stopsShort = (placedLine: PlacedLine): boolean => isJustifiedText && !reachesEdge(placedLine);
  const starts = placed.map(({ leftEdgePt, line }, index) => {
    if (index === 0 || storyTops.has(line) || stopsShort(placed[index - 1]!)) return true;
    return !besideDropCap.has(line) && line.xStartPt - leftEdgePt > INDENT_MIN_PT;
  });
  const lines = placed.map((placedLine, index): MeasuredLine => {
    const { page, column, line } = placedLine;
    const endsParagraph = index === placed.length - 1 || starts[index + 1]!;
    const gaps = wordGapsOf(line);
    return {
      page,
      column,
      text: line.text,
      startsParagraph: starts[index]!,
      endsParagraph,
      justified: !endsParagraph && reachesEdge(placedLine),
      hyphenated: endsWithHyphen(line.words),
      spacesPt: gaps.gapsPt,
      unmeasuredSpaces: gaps.unmeasured,
    };
  });
  return { source: 'pdf', bodySizePt, pageCount, lines };
}

/** Ends at the column's right edge, or hangs past it (punctuation in the margin, an overfull line). */
function reachesEdge({ line, rightEdgePt }: PlacedLine): boolean {
  return rightEdgePt !== null && line.xEndPt >= rightEdgePt - RIGHT_EDGE_TOLERANCE_PT;
}

/**
 * The measure of the columns whose lines agree on a right edge, weighted by their lines: it stands in for the
 * right edge of a column too short to show one (a balanced column of two lines).
 */
function usualMeasurePt(columns: readonly PdfColumn[]): number | null {
  const linesByMeasure = new Map<number, number>();
  for (const column of columns) {
    if (column.rightPt === null) continue;
    const measurePt = column.rightPt - column.xPt;
    linesByMeasure.set(measurePt, (linesByMeasure.get(measurePt) ?? 0) + column.lines.length);
  }
  let best: { measurePt: number; lines: number } | null = null;
  for (const [measurePt, lines] of linesByMeasure) if (!best || lines > best.lines) best = { measurePt, lines };
  return best?.measurePt ?? null;
}

/**
 * For each drop cap among a column's display lines, the body lines set beside it, top to bottom: a large initial at
 * the column's left edge, with lines starting right of it whose baselines lie between its top and its baseline.
 */
function linesBesideDropCaps(initials: readonly PdfLine[], column: PdfColumn): PdfLine[][] {
  return initials.flatMap((initial) => {
    // An initial's side bearing may set it a little left or right of the edge, never by half its size.
    if (Math.abs(initial.xStartPt - column.xPt) > initial.sizePt / 2) return [];
    const beside = column.lines.filter((line) => line !== initial && isBeside(line, initial));
    return beside.length > 0 ? [beside] : [];
  });
}

function isBeside(line: PdfLine, initial: PdfLine): boolean {
  const withinHeight = line.baselinePt <= initial.baselinePt + DROP_CAP_SLACK_PT && line.baselinePt >= initial.baselinePt - initial.sizePt;
  return withinHeight && line.xStartPt >= initial.xEndPt - DROP_CAP_SLACK_PT;
}
