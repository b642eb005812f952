import type { FontSet } from '../fonts/fontSet.js';
import type { PositionedLine, PositionedRun } from '../positioned/types.js';
import { shapedGlyphs } from './glyphs.js';
import type { ShapedParagraph } from './shape.js';
import { edgeHangPt } from './protrusion.js';

/** Where a line goes: its baseline and the measure it is set to. */
export interface LineSlot {
  xPt: number;
  widthPt: number;
  baselinePt: number;
}

export interface LineRange {
  /** First item of the line (the item after the previous break). */
  startItem: number;
  /** The break item that ends the line. */
  breakItem: number;
  endsParagraph: boolean;
}

/** How much narrower than the style's limit an overfull line's glyphs may still be set: 3 %. */
const OVERFULL_SQUEEZE = 0.03;

interface Word {
  runs: { text: string; faceId: string; sizePt: number }[];
  /** Glue before the word (zero for the first word). */
  gap: { widthPt: number; stretchPt: number; shrinkPt: number };
}

/**
 * Sets one line: measures the strings that will actually be drawn (a hyphenated fragment with its hyphen) and
 * spreads the difference to the measure over the word spaces, letter-spacing and glyph expansion with one ratio,
 * so justified lines end exactly at the edge (plus what optical margin alignment lets hang past it).
 */
export function setLine(
  paragraph: ShapedParagraph,
  range: LineRange,
  slot: LineSlot,
  fonts: FontSet,
  paragraphIndex: number,
): PositionedLine {
  const words = collectWords(paragraph, range);
  const breakText = paragraph.breakTexts.get(range.breakItem);
  const lastWord = words[words.length - 1];
  if (breakText && lastWord) {
    const lastRun = lastWord.runs[lastWord.runs.length - 1]!;
    lastRun.text += breakText;
  }

  const { align, expansionPct, letterSpacing, sizePt } = paragraph.style;
  const justifiable = align === 'justify';
  // Glyph expansion and letter-spacing: one amount each for the whole line, never past the style's limits.
  const expansion = justifiable ? expansionPct / 100 : 0;
  const letterStretchPt = justifiable ? letterSpacing.stretchEm * sizePt : 0;
  const letterShrinkPt = justifiable ? letterSpacing.shrinkEm * sizePt : 0;
  const measured = words.map((word) =>
    word.runs.map((run) => {
      const face = fonts.face(run.faceId);
      return { ...run, naturalPt: run.text ? face.widthPt(run.text, run.sizePt) : 0, letterGaps: Math.max(0, face.glyphCount(run.text) - 1) };
    }),
  );
  let runsPt = 0;
  let letterGaps = 0;
  let gapsPt = 0;
  let gapStretchPt = 0;
  let gapShrinkPt = 0;
  words.forEach((word, index) => {
    gapsPt += word.gap.widthPt;
    gapStretchPt += word.gap.stretchPt;
    gapShrinkPt += word.gap.shrinkPt;
    for (const run of measured[index]!) {
      runsPt += run.naturalPt;
      letterGaps += run.letterGaps;
    }
  });
  const naturalPt = runsPt + gapsPt;
  const glyphStretchPt = runsPt * expansion + letterGaps * letterStretchPt;
  const glyphShrinkPt = runsPt * expansion + letterGaps * letterShrinkPt;

  const justified = justifiable && (!range.endsParagraph || naturalPt > slot.widthPt);
  // Optical margins: the line's measure grows by what its edge characters may hang into the margins.
  const indented = (words[0]?.gap.widthPt ?? 0) > 0;
  const hang = paragraph.style.opticalMargins ? marginHang(measured.flat(), fonts, align, justified, indented) : { leftPt: 0, rightPt: 0 };
  const lineLeftPt = slot.xPt - hang.leftPt;
  const measurePt = slot.widthPt + hang.leftPt + hang.rightPt;
  const excessPt = measurePt - naturalPt;
  let ratio = 0;
  if (justified || excessPt < 0) {
    const capacity = excessPt >= 0 ? gapStretchPt + glyphStretchPt : gapShrinkPt + glyphShrinkPt;
    // Too long with nothing to shrink is overfull; too short with nothing to stretch stays as it is.
    ratio = capacity > 0 ? excessPt / capacity : excessPt < 0 ? -Infinity : 0;
  }
  if (range.endsParagraph && ratio > 0) ratio = 0;
  // Past |r| = 1 the letters stay at their limits and the spaces take the rest.
  const glyphRatio = Math.max(-1, Math.min(1, ratio));
  let scale = 1 + glyphRatio * expansion;
  const letterSpacePt = glyphRatio >= 0 ? glyphRatio * letterStretchPt : glyphRatio * letterShrinkPt;
  const glyphExcessPt = runsPt * (scale - 1) + letterGaps * letterSpacePt;
  const gapExcessPt = ratio === 0 ? 0 : excessPt - glyphExcessPt;
  const gapCapacityPt = gapExcessPt > 0 ? gapStretchPt : gapShrinkPt;
  let gapRatio = gapCapacityPt > 0 ? gapExcessPt / gapCapacityPt : 0;
  // An overfull line is squeezed past the style's limits before it may overflow the column: spaces down to half
  // their width, then glyphs narrowed by up to 3 % more. Only what even that cannot absorb sticks out.
  let squeeze = 0;
  const squeezeGapPt = (gap: Word['gap']): number => Math.max(0, gap.widthPt / 2 - gap.shrinkPt);
  if (ratio < -1) {
    gapRatio = -1;
    const overflowPt = -(excessPt - glyphExcessPt + gapShrinkPt);
    const extraPt = words.reduce((sum, word) => sum + squeezeGapPt(word.gap), 0) + runsPt * OVERFULL_SQUEEZE;
    squeeze = extraPt > 0 ? Math.min(1, overflowPt / extraPt) : 0;
    scale -= squeeze * OVERFULL_SQUEEZE;
  }
  const gapWidthPt = (gap: Word['gap']): number =>
    gap.widthPt + (gapRatio >= 0 ? gapRatio * gap.stretchPt : gapRatio * gap.shrinkPt) - squeeze * squeezeGapPt(gap);

  let offsetPt = 0;
  const leftoverPt = Math.max(0, excessPt - (ratio > 0 ? gapExcessPt + glyphExcessPt : 0));
  if (!justified) {
    if (align === 'right') offsetPt = leftoverPt;
    else if (align === 'center') offsetPt = leftoverPt / 2;
  }

  const runs: PositionedRun[] = [];
  let xPt = lineLeftPt + offsetPt;
  words.forEach((word, index) => {
    const gap = word.gap;
    xPt += gapWidthPt(gap);
    for (const run of measured[index]!) {
      // Glyphs scaled, with letter-spacing between them.
      const inkPt = run.naturalPt * scale + run.letterGaps * letterSpacePt;
      if (run.text) {
        runs.push({
          text: run.text,
          glyphs: shapedGlyphs(fonts.face(run.faceId), run.text),
          xPt,
          widthPt: inkPt,
          fontId: run.faceId,
          sizePt: run.sizePt,
          horizontalScalePct: scale * 100,
          characterSpacingPt: letterSpacePt,
        });
      }
      xPt += inkPt;
    }
  });
  // Floating-point drift must not move the right edge of a justified line: pin the last run to the measure.
  const lastRun = runs[runs.length - 1];
  if (justified && lastRun && squeeze < 1) lastRun.xPt = lineLeftPt + measurePt - lastRun.widthPt;

  return {
    baselinePt: slot.baselinePt,
    xPt: slot.xPt,
    widthPt: slot.widthPt,
    runs,
    justified,
    hangLeftPt: hang.leftPt,
    hangRightPt: hang.rightPt,
    hyphenated: breakText !== undefined,
    endsParagraph: range.endsParagraph,
    paragraphIndex,
    // Past 1, the ratio of the spaces (the glyphs are at their limit), as the breaker rates it; an overfull line with
    // nothing to shrink reports how far past -1 it was squeezed.
    adjustmentRatio: ratio > 1 ? gapRatio : Number.isFinite(ratio) ? ratio : -1 - squeeze,
  };
}

function collectWords(paragraph: ShapedParagraph, range: LineRange): Word[] {
  const { items, pieces } = paragraph;
  const words: Word[] = [];
  let pendingGap = { widthPt: 0, stretchPt: 0, shrinkPt: 0 };
  let current: Word | null = null;
  let started = false;
  for (let index = range.startItem; index < range.breakItem; index++) {
    const item = items[index]!;
    if (item.type === 'box') {
      const piece = pieces[index]!;
      if (piece.text === '') {
        // Blank material (a paragraph indent) is fixed space: it neither stretches nor vanishes at a line start.
        started = true;
        pendingGap.widthPt += item.widthPt;
        continue;
      }
      if (!current) {
        current = { runs: [], gap: pendingGap };
        words.push(current);
      }
      started = true;
      const previousRun = current.runs[current.runs.length - 1];
      if (previousRun && previousRun.faceId === piece.faceId && previousRun.sizePt === piece.sizePt) {
        previousRun.text += piece.text;
      } else {
        current.runs.push({ text: piece.text, faceId: piece.faceId, sizePt: piece.sizePt });
      }
    } else if (item.type === 'glue') {
      // Glue at the start of a line is discarded, as in TeX.
      if (!started) continue;
      if (current) {
        current = null;
        pendingGap = { widthPt: 0, stretchPt: 0, shrinkPt: 0 };
      }
      pendingGap.widthPt += item.widthPt;
      pendingGap.stretchPt += item.stretchPt;
      pendingGap.shrinkPt += item.shrinkPt;
    }
  }
  return words;
}

/**
 * How far the line's first and last characters hang into the margins: the left edge always (a ragged line is flush
 * left) unless the line starts with an indent, the right edge where the line is flush right (justified or
 * right-aligned). The same amounts as the breaker was given by `shapeParagraph`.
 */
function marginHang(
  runs: readonly { text: string; faceId: string; sizePt: number }[],
  fonts: FontSet,
  align: string,
  justified: boolean,
  indented: boolean,
): { leftPt: number; rightPt: number } {
  const first = runs.find((run) => run.text);
  const last = [...runs].reverse().find((run) => run.text);
  if (!first || !last) return { leftPt: 0, rightPt: 0 };
  const hangsLeft = !indented && (align === 'left' || align === 'justify');
  const hangsRight = justified || align === 'right';
  return {
    leftPt: hangsLeft ? edgeHangPt(first.text, fonts.face(first.faceId), first.sizePt, 'left') : 0,
    rightPt: hangsRight ? edgeHangPt(last.text, fonts.face(last.faceId), last.sizePt, 'right') : 0,
  };
}
