import { readPage } from '../../src/pdf-read/readPage.js';
import type { PdfGlyph, PdfLayout } from '../../src/pdf-read/types.js';
import { POSITIONED_SCHEMA_VERSION, type Frame, type PositionedDocument, type PositionedLine, type PositionedRun, type TextFrame } from '../../src/positioned/types.js';

/** Body text of the hand-made pages: 10 pt, so that a space of 3 pt is 0.3 em. */
export const BODY_PT = 10;
export const COLUMN_WIDTH_PT = 100;
/** Each character of a hand-made word is this wide. */
const CHARACTER_PT = 5;
const LEADING_PT = 12;

export interface LineSpec {
  /** Words left to right; `|` splits a word into touching runs (a change to italic). */
  words: string[];
  /** Between consecutive words. */
  gapsPt: number[];
  paragraph: number;
  /** Start this far right of the column edge (a first-line indent, a drop cap). */
  indentPt?: number;
  /** Set to the measure: the last word is widened so that the line ends at the column's right edge. */
  justified?: boolean;
  /** Ragged, ending at the column's right edge (a source line). */
  alignRight?: boolean;
  endsParagraph?: boolean;
  /** The engine's flag: it inserted the final hyphen. */
  hyphenated?: boolean;
}

export interface ColumnSpec {
  page: number;
  column: number;
  role?: 'body' | 'source';
  leftPt: number;
  firstBaselinePt: number;
  lines: LineSpec[];
}

/** Other text on a page: a headline, a caption, a drop cap. */
export interface DisplaySpec {
  page: number;
  role: TextFrame['role'];
  text: string;
  xPt: number;
  baselinePt: number;
  sizePt: number;
}

export interface PageSpec {
  pages: number;
  columns: ColumnSpec[];
  display: DisplaySpec[];
}

/** Lays out a hand-made page as the engine would hand it to the PDF writer. */
export function layoutOf(spec: PageSpec): PositionedDocument {
  const pages = Array.from({ length: spec.pages }, (_, index) => ({
    widthPt: 400,
    heightPt: 300,
    bleedPt: 0,
    frames: [
      ...spec.display.filter((display) => display.page === index + 1).map(displayFrame),
      ...spec.columns.filter((column) => column.page === index + 1).map(columnFrame),
    ],
  }));
  return { schemaVersion: POSITIONED_SCHEMA_VERSION, title: 'Test', lang: 'en-US', fonts: [], pages, overset: null, warnings: [] };
}

/**
 * The same page as `readPdfLayout` would read it back, moved by a bleed of `offsetPt`: each run drawn as glyphs of
 * equal width (its width shared among its characters), read by the reader into lines and columns.
 */
export function pdfOf(spec: PageSpec, offsetPt = 8.5): PdfLayout {
  const document = layoutOf(spec);
  return {
    pageCount: document.pages.length,
    info: {},
    pages: document.pages.map((page, index) =>
      readPage({
        pageNumber: index + 1,
        widthPt: page.widthPt + 2 * offsetPt,
        heightPt: page.heightPt + 2 * offsetPt,
        images: [],
        skippedGlyphs: 0,
        glyphs: page.frames.flatMap((frame) => (frame.kind === 'text' ? frame.lines.flatMap((line) => glyphsOf(line, offsetPt)) : [])),
      }),
    ),
  };
}

function glyphsOf(line: PositionedLine, offsetPt: number): PdfGlyph[] {
  return line.runs.flatMap((run) => {
    const characters = [...run.text];
    const widthPt = run.widthPt / characters.length;
    return characters.map((text, index) => ({
      text,
      xPt: run.xPt + offsetPt + index * widthPt,
      baselinePt: line.baselinePt + offsetPt,
      widthPt,
      sizePt: run.sizePt,
      fontName: 'ABCDEF+Newsreader-Regular',
      isSpace: text === ' ',
    }));
  });
}

function columnFrame(spec: ColumnSpec): TextFrame {
  const lines = spec.lines.map((line, index) => lineOf(line, spec.leftPt, spec.firstBaselinePt + index * LEADING_PT));
  return { kind: 'text', role: spec.role ?? 'body', column: spec.column, xPt: spec.leftPt, yPt: 0, widthPt: COLUMN_WIDTH_PT, heightPt: 200, lines };
}

function lineOf(spec: LineSpec, leftPt: number, baselinePt: number): PositionedLine {
  const pieces = spec.words.map((word) => word.split('|'));
  const naturalPt = (piece: string): number => piece.length * CHARACTER_PT;
  const contentPt = pieces.flat().reduce((sum, piece) => sum + naturalPt(piece), 0) + spec.gapsPt.reduce((sum, gap) => sum + gap, 0);
  const rightPt = leftPt + COLUMN_WIDTH_PT;
  let cursorPt = spec.alignRight ? rightPt - contentPt : leftPt + (spec.indentPt ?? 0);
  const runs: PositionedRun[] = [];
  pieces.forEach((word, wordIndex) => {
    if (wordIndex > 0) cursorPt += spec.gapsPt[wordIndex - 1] ?? 0;
    word.forEach((piece, pieceIndex) => {
      const isLast = wordIndex === pieces.length - 1 && pieceIndex === word.length - 1;
      const widthPt = isLast && spec.justified ? rightPt - cursorPt : naturalPt(piece);
      runs.push(bodyRun(piece, cursorPt, widthPt, BODY_PT));
      cursorPt += widthPt;
    });
  });
  return {
    baselinePt,
    xPt: leftPt + (spec.indentPt ?? 0),
    widthPt: COLUMN_WIDTH_PT - (spec.indentPt ?? 0),
    runs,
    justified: spec.justified ?? false,
    hangLeftPt: 0,
    hangRightPt: 0,
    hyphenated: spec.hyphenated ?? false,
    endsParagraph: spec.endsParagraph ?? false,
    paragraphIndex: spec.paragraph,
    adjustmentRatio: 0,
  };
}

function displayFrame(spec: DisplaySpec): Frame {
  const widthPt = spec.text.length * spec.sizePt * 0.5;
  const line: PositionedLine = {
    baselinePt: spec.baselinePt,
    xPt: spec.xPt,
    widthPt,
    runs: [bodyRun(spec.text, spec.xPt, widthPt, spec.sizePt)],
    justified: false,
    hangLeftPt: 0,
    hangRightPt: 0,
    hyphenated: false,
    endsParagraph: true,
    paragraphIndex: -1,
    adjustmentRatio: 0,
  };
  return { kind: 'text', role: spec.role, column: 0, xPt: spec.xPt, yPt: 0, widthPt, heightPt: spec.sizePt, lines: [line] };
}

function bodyRun(text: string, xPt: number, widthPt: number, sizePt: number): PositionedRun {
  return { text, glyphs: [], xPt, widthPt, fontId: 'Body/regular', sizePt, horizontalScalePct: 100, characterSpacingPt: 0 };
}

/**
 * Two pages. Page 1: a headline, a drop cap beside the first two lines of column 1, a caption over column 2;
 * column 1 ends on the first line of a paragraph (an orphan), column 2 on a hyphen. Page 2 opens with that
 * paragraph's last line (a widow), then a right-aligned source line.
 */
export const TWO_PAGE_STORY: PageSpec = {
  pages: 2,
  display: [
    { page: 1, role: 'headline', text: 'Ferry returns', xPt: 20, baselinePt: 40, sizePt: 30 },
    { page: 1, role: 'dropCap', text: 'T', xPt: 20, baselinePt: 72, sizePt: 30 },
    { page: 1, role: 'caption', text: 'The ferry at the north pier.', xPt: 140, baselinePt: 90, sizePt: 8 },
  ],
  columns: [
    {
      page: 1,
      column: 1,
      leftPt: 20,
      firstBaselinePt: 60,
      lines: [
        { words: ['he', 'night', 'ferry'], gapsPt: [3, 4], indentPt: 16, justified: true, paragraph: 0 },
        { words: ['left', 'the'], gapsPt: [6], indentPt: 16, justified: true, paragraph: 0 },
        { words: ['pier', 'at', 'sev-'], gapsPt: [2, 2], justified: true, hyphenated: true, paragraph: 0 },
        { words: ['en', 'with', 'well-'], gapsPt: [2, 2], justified: true, paragraph: 0 },
        { words: ['wishers', 'wav-'], gapsPt: [5], justified: true, hyphenated: true, paragraph: 0 },
        { words: ['ing', 'flags.'], gapsPt: [1], justified: true, endsParagraph: true, paragraph: 0 },
        { words: ['The', 'crossing'], gapsPt: [3], indentPt: 10, justified: true, paragraph: 1 },
      ],
    },
    {
      page: 1,
      column: 2,
      leftPt: 140,
      firstBaselinePt: 108,
      lines: [
        { words: ['once', 'ran|late', 'into'], gapsPt: [4, 4], justified: true, paragraph: 1 },
        { words: ['the', 'night.'], gapsPt: [3], endsParagraph: true, paragraph: 1 },
        { words: ['Fares', 'match', 'the'], gapsPt: [2, 3], indentPt: 10, justified: true, paragraph: 2 },
        { words: ['bus', 'net-'], gapsPt: [4], justified: true, hyphenated: true, paragraph: 2 },
      ],
    },
    {
      page: 2,
      column: 1,
      leftPt: 20,
      firstBaselinePt: 60,
      lines: [{ words: ['work.'], gapsPt: [], endsParagraph: true, paragraph: 2 }],
    },
    {
      page: 2,
      column: 1,
      role: 'source',
      leftPt: 20,
      firstBaselinePt: 72,
      lines: [{ words: ['(Agency)'], gapsPt: [], alignRight: true, endsParagraph: true, paragraph: -1 }],
    },
  ],
};

/** The interword spaces of TWO_PAGE_STORY's justified lines that do not end a paragraph, in em (all on page 1). */
export const TWO_PAGE_STORY_SPACES_EM = [0.3, 0.4, 0.6, 0.2, 0.2, 0.2, 0.2, 0.5, 0.3, 0.4, 0.4, 0.2, 0.3, 0.4];
