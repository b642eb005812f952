import { POSITIONED_SCHEMA_VERSION, type PositionedDocument, type PositionedLine, type PositionedRun, type TextFrame } from '../../src/positioned/types.js';

export function run(text: string, xPt: number, widthPt: number): PositionedRun {
  return { text, glyphs: [], xPt, widthPt, fontId: 'Body/regular', sizePt: 10, horizontalScalePct: 100, characterSpacingPt: 0 };
}

/** A line of runs laid out from `xPt`: each word 10 pt wide per character, words 3 pt apart. */
export function lineOf(text: string, baselinePt: number, options: Partial<PositionedLine> = {}): PositionedLine {
  const xPt = options.xPt ?? 0;
  let cursorPt = xPt;
  const runs = text.split(' ').map((word) => {
    const placed = run(word, cursorPt, word.length * 10);
    cursorPt += word.length * 10 + 3;
    return placed;
  });
  return {
    baselinePt,
    xPt,
    widthPt: 200,
    runs,
    justified: false,
    hangLeftPt: 0,
    hangRightPt: 0,
    hyphenated: false,
    endsParagraph: false,
    paragraphIndex: 0,
    adjustmentRatio: 0,
    ...options,
  };
}

export function textFrame(role: TextFrame['role'], column: number, lines: PositionedLine[]): TextFrame {
  return { kind: 'text', role, column, xPt: 0, yPt: 0, widthPt: 200, heightPt: 100, lines };
}

export function documentOf(...frames: PositionedDocument['pages'][number]['frames']): PositionedDocument {
  return {
    schemaVersion: POSITIONED_SCHEMA_VERSION,
    title: 'Test',
    lang: 'en-US',
    fonts: [],
    pages: [{ widthPt: 600, heightPt: 800, bleedPt: 8.5, frames }],
    overset: null,
    warnings: [],
  };
}
