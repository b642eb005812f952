import type { Paragraph } from '../article/types.js';
import type { HangingIndent } from '../flow/hangingIndent.js';
import type { ColumnSlot } from '../flow/slots.js';
import { shapedGlyphs } from '../inline/glyphs.js';
import type { LineSlot } from '../inline/setLine.js';
import type { ResolvedStyle } from '../layout-spec/resolve.js';
import type { TextFrame } from '../positioned/types.js';
import type { Typesetter } from './typesetter.js';

/**
 * The initial letter (with any opening quote before it) and the paragraph without it; `opensWord` when the initial's
 * word goes on in the rest ("T" of "The", not "A" of "A man").
 */
export function splitInitial(paragraph: Paragraph): { initial: string; rest: Paragraph; opensWord: boolean } | null {
  const [first, ...others] = paragraph.spans;
  if (!first) return null;
  const match = /^([\p{Pi}\p{Ps}"']*\p{L})/u.exec(first.text);
  if (!match) return null;
  const initial = match[1]!;
  const restText = first.text.slice(initial.length);
  const rest = { spans: restText ? [{ ...first, text: restText }, ...others] : others };
  return { initial, rest, opensWord: /^\S/u.test(rest.spans[0]?.text ?? '') };
}

/** Narrowest measure, in ems of the body size, left beside a drop cap before the story opens without one. */
const MIN_ROOM_BESIDE_INITIAL_EM = 4;

/** What the layout asks for: the initial, how many lines it spans, its style and the gap after it. */
export interface DropCapRequest {
  initial: string;
  /** The initial's word goes on in the paragraph's first line. */
  opensWord?: boolean;
  lines: number;
  style: ResolvedStyle;
  gapPt: number;
}

/**
 * The initial placed, with the paragraph shape that makes room for it and the measure left beside it; or why the
 * story opens without it.
 */
export type DropCapFit =
  | { fits: true; frame: TextFrame; hang: HangingIndent; measureBesidePt: number }
  | { fits: false; warning: string };

/**
 * Fits the initial beside the story's first lines (`slots` in reading order): they must lie one under the other at
 * the top of its first column, and leave room beside the initial for a few words.
 */
export function fitDropCap(typesetter: Typesetter, request: DropCapRequest, bodyStyle: ResolvedStyle, slots: readonly ColumnSlot[]): DropCapFit {
  const { initial, lines } = request;
  const beside = slots.slice(0, lines);
  const stacked = beside.length === lines && beside.every((slot, index) => slot.column === beside[0]!.column && slot.row === beside[0]!.row + index);
  if (!stacked) {
    return { fits: false, warning: `the initial "${initial}" needs ${lines} lines one under the other at the top of the story, which its first column does not have; set without a drop cap` };
  }
  const placed = placeDropCap(typesetter, initial, request.style, bodyStyle, beside[0]!, beside[lines - 1]!, request.gapPt);
  const measureBesidePt = beside[0]!.widthPt - placed.indentPt;
  if (measureBesidePt < MIN_ROOM_BESIDE_INITIAL_EM * bodyStyle.sizePt) {
    return { fits: false, warning: `the initial "${initial}" leaves only ${measureBesidePt.toFixed(1)} pt beside it; set without a drop cap` };
  }
  // Extraction gives the whole word when the initial's line says that its word goes on in the paragraph's first line.
  const frame = request.opensWord ? { ...placed.frame, lines: placed.frame.lines.map((line) => ({ ...line, continuesWord: true })) } : placed.frame;
  return { fits: true, frame, hang: { lines, indentPt: placed.indentPt }, measureBesidePt };
}

export interface PlacedDropCap {
  frame: TextFrame;
  /** How far lines beside the initial are indented: its ink width plus the gap. */
  indentPt: number;
}

/**
 * Sizes the initial so that its top touches the cap height of the first line and its baseline sits on the baseline
 * of the last line it spans, and places its ink flush with the column edge.
 */
export function placeDropCap(
  typesetter: Typesetter,
  initial: string,
  style: ResolvedStyle,
  bodyStyle: ResolvedStyle,
  firstSlot: LineSlot,
  lastSlot: LineSlot,
  gapPt: number,
): PlacedDropCap {
  const face = typesetter.fonts.face(style.faces.regular);
  typesetter.checkFaceCovers(face.id, initial, 'drop cap');
  const chars = [...initial];
  const firstInk = face.glyphInkEm(chars[0]!);
  const lastChar = chars[chars.length - 1]!;
  const lastInk = face.glyphInkEm(lastChar);
  const capTopPt = firstSlot.baselinePt - typesetter.capHeightPt(bodyStyle);
  const sizePt = (lastSlot.baselinePt - capTopPt) / lastInk.topEm;
  const inkLeftPt = firstInk.leftEm * sizePt;
  const inkRightPt = (face.widthEm(initial.slice(0, initial.length - lastChar.length)) + lastInk.rightEm) * sizePt;
  const xPt = firstSlot.xPt - inkLeftPt;
  const widthPt = inkRightPt - inkLeftPt;
  const frame: TextFrame = {
    kind: 'text',
    role: 'dropCap',
    column: 0,
    xPt: firstSlot.xPt,
    yPt: capTopPt,
    widthPt,
    heightPt: lastSlot.baselinePt - capTopPt,
    lines: [
      {
        baselinePt: lastSlot.baselinePt,
        xPt,
        widthPt: face.widthPt(initial, sizePt),
        runs: [{ text: initial, glyphs: shapedGlyphs(face, initial), xPt, widthPt: face.widthPt(initial, sizePt), fontId: face.id, sizePt, horizontalScalePct: 100, characterSpacingPt: 0 }],
        justified: false,
        hangLeftPt: 0,
        hangRightPt: 0,
        hyphenated: false,
        endsParagraph: false,
        paragraphIndex: 0,
        adjustmentRatio: 0,
      },
    ],
  };
  return { frame, indentPt: widthPt + gapPt };
}
