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

/** The body lines of the layout (body and source frames), in reading order. */
export function measureLayoutLines(document: PositionedDocument): MeasuredDocument {
  const textFrames = document.pages.flatMap((page) => page.frames.filter((frame): frame is TextFrame => frame.kind === 'text'));
  const bodySizePt = dominantSizePt(textFrames.flatMap((frame) => frame.lines.flatMap((line) => line.runs)));
  const ordered = document.pages.flatMap((page, pageIndex) =>
    columnsOf(page.frames.filter((frame): frame is TextFrame => frame.kind === 'text' && COLUMN_TEXT_ROLES.has(frame.role))).flatMap(
      ({ column, lines }) => lines.map((line) => ({ page: pageIndex + 1, column, line })),
    ),
  );
  const lines = ordered.map(({ page, column, line }, index): MeasuredLine => {
    const runs = sortedByX(line.runs);
    const previous = ordered[index - 1]?.line;
    return {
      page,
      column,
      text: joinWords(runs),
      startsParagraph: !previous || previous.endsParagraph,
      endsParagraph: line.endsParagraph,
      justified: line.justified && !line.endsParagraph,
      hyphenated: endsWithHyphen(runs),
      spacesPt: wordGapsPt(runs),
      unmeasuredSpaces: spacesInsideSpans(runs),
      wideSpaceUnavoidable: line.breakPass === 'emergency' || line.breakPass === 'overfull',
    };
  });
  return { source: 'layout', bodySizePt, pageCount: document.pages.length, lines };
}

/** A page's column text by column number, each column's lines top to bottom. */
function columnsOf(frames: readonly TextFrame[]): { column: number; lines: PositionedLine[] }[] {
  const byColumn = new Map<number, PositionedLine[]>();
  for (const frame of frames) byColumn.set(frame.column, [...(byColumn.get(frame.column) ?? []), ...frame.lines]);
  return [...byColumn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, lines]) => ({ column, lines: [...lines].sort((a, b) => a.baselinePt - b.baselinePt) }));
}
