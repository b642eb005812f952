import type { Paragraph } from '../article/types.js';
import type { LineSlot } from '../inline/setLine.js';
import type { ResolvedStyle } from '../layout-spec/resolve.js';
import type { TextFrame } from '../positioned/types.js';
import type { Typesetter } from './typesetter.js';

/** The initial letter (with any opening quote before it) and the paragraph without it. */
export function splitInitial(paragraph: Paragraph): { initial: string; rest: Paragraph } | null {
  const [first, ...others] = paragraph.spans;
  if (!first) return null;
  const match = /^([\p{Pi}\p{Ps}"']*\p{L})/u.exec(first.text);
  if (!match) return null;
  const initial = match[1]!;
  const restText = first.text.slice(initial.length);
  return { initial, rest: { spans: restText ? [{ ...first, text: restText }, ...others] : others } };
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
        runs: [{ text: initial, xPt, widthPt: face.widthPt(initial, sizePt), fontId: face.id, sizePt, horizontalScalePct: 100, characterSpacingPt: 0 }],
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
