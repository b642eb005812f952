import type { PositionedDocument, PositionedLine, TextFrame } from '../positioned/types.js';
import { dominantSizePt } from './bodySize.js';
import { endsWithHyphen, joinWords, sortedByX, spacesInsideSpans, wordGapsPt } from './spans.js';
import { summariseLines, type MeasuredDocument, type MeasuredLine } from './summarise.js';
import type { QualityReport } from './types.js';

/** Frames holding the story's column text: the body and the source line set under it. */
const COLUMN_TEXT_ROLES: ReadonlySet<TextFrame['role']> = new Set(['body', 'source']);

/**
 * The quality numbers from the layout itself, exactly: the engine knows which lines it justified, where
 * paragraphs end and which column each line is in.
 */
export function measureLayoutQuality(document: PositionedDocument): QualityReport {
  return summariseLines(measureLayoutLines(document));
}

/** A body line of the layout with where it stands: page and column, 1-based. */
export interface PlacedLayoutLine {
  page: number;
  column: number;
  /** The last line of its column: a hyphen there would send the reader to the next column mid-word. */
  lastInColumn: boolean;
  line: PositionedLine;
}

/** The body lines of the layout (body and source frames), in reading order. */
export function measureLayoutLines(document: PositionedDocument): MeasuredDocument {
  const textFrames = document.pages.flatMap((page) => page.frames.filter((frame): frame is TextFrame => frame.kind === 'text'));
  const bodySizePt = dominantSizePt(textFrames.flatMap((frame) => frame.lines.flatMap((line) => line.runs)));
  const ordered = layoutBodyLines(document);
  const lines = ordered.map(({ page, column, line }, index): MeasuredLine => ({
    page,
    column,
    startsParagraph: index === 0 || ordered[index - 1]!.line.endsParagraph,
    ...measureLayoutLine(line),
  }));
  return { source: 'layout', bodySizePt, pageCount: document.pages.length, lines };
}

/** The layout's body lines (body and source frames) in reading order: pages, columns left to right, top to bottom. */
export function layoutBodyLines(document: PositionedDocument): PlacedLayoutLine[] {
  return document.pages.flatMap((page, pageIndex) =>
    columnsOf(page.frames.filter((frame): frame is TextFrame => frame.kind === 'text' && COLUMN_TEXT_ROLES.has(frame.role))).flatMap(
      ({ column, lines }) => lines.map((line, index) => ({ page: pageIndex + 1, column, lastInColumn: index === lines.length - 1, line })),
    ),
  );
}

/** One laid-out line as the quality numbers count it, but for where it stands, which its neighbours tell. */
export function measureLayoutLine(line: PositionedLine): Omit<MeasuredLine, 'page' | 'column' | 'startsParagraph'> {
  const runs = sortedByX(line.runs);
  return {
    text: joinWords(runs),
    endsParagraph: line.endsParagraph,
    justified: line.justified && !line.endsParagraph,
    hyphenated: endsWithHyphen(runs),
    spacesPt: wordGapsPt(runs),
    unmeasuredSpaces: spacesInsideSpans(runs),
  };
}

/** A page's column text by column number, each column's lines top to bottom. */
function columnsOf(frames: readonly TextFrame[]): { column: number; lines: PositionedLine[] }[] {
  const byColumn = new Map<number, PositionedLine[]>();
  for (const frame of frames) byColumn.set(frame.column, [...(byColumn.get(frame.column) ?? []), ...frame.lines]);
  return [...byColumn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, lines]) => ({ column, lines: [...lines].sort((a, b) => a.baselinePt - b.baselinePt) }));
}
