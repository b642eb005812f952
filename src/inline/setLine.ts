import type { FontSet } from '../fonts/fontSet.js';
import { boxRatio, lineRatio, measureLine } from '../linebreak/index.js';
import type { PositionedLine, PositionedRun } from '../positioned/types.js';
import { shapedGlyphs } from './glyphs.js';
import type { ShapedParagraph } from './shape.js';

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

/** The glue before a word, summed (zero for the first word, the indent's width before a paragraph's first). */
interface Gap {
  widthPt: number;
  stretchPt: number;
  shrinkPt: number;
}

interface Word {
  runs: { text: string; faceId: string; sizePt: number }[];
  gap: Gap;
}

/**
 * Sets one line with the ratio the line breaker rated it with: the same items, measured the same way (`measureLine`,
 * `lineRatio`). Glyph expansion and letter-spacing take their share at that ratio, capped at their limits; the word
 * spaces take what the drawn glyphs leave, so that justified lines end exactly at the edge (plus what optical margin
 * alignment lets hang past it). Ragged lines and a paragraph's last line keep their natural spacing unless too long.
 */
export function setLine(
  paragraph: ShapedParagraph,
  range: LineRange,
  slot: LineSlot,
  fonts: FontSet,
  paragraphIndex: number,
): PositionedLine {
  const measure = measureLine(paragraph.items, range.startItem - 1, range.breakItem);
  const words = collectWords(paragraph, measure.start, range.breakItem);
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

  // A paragraph's last line is justified (shrunk to end flush right) only when it is longer than its measure.
  const justified = justifiable && (!range.endsParagraph || measure.naturalWidthPt > slot.widthPt + measure.allowancePt - measure.hangRightPt);
  const ratedRatio = lineRatio(measure, slot.widthPt);
  const ratio = justified || ratedRatio < 0 ? ratedRatio : 0;
  // Optical margins, as the breaker counted them: the right edge hangs where the line is flush right.
  const hangLeftPt = measure.hangLeftPt;
  const hangRightPt = justified || align === 'right' ? measure.hangRightPt : 0;
  const lineLeftPt = slot.xPt - hangLeftPt;
  const measurePt = slot.widthPt + hangLeftPt + hangRightPt;

  // What is drawn: each run shaped whole, with letter-spacing between its glyphs.
  const measured = words.map((word) =>
    word.runs.map((run) => {
      const face = fonts.face(run.faceId);
      const naturalPt = run.text ? face.widthPt(run.text, run.sizePt) : 0;
      return { text: run.text, faceId: run.faceId, sizePt: run.sizePt, naturalPt, letterGaps: Math.max(0, face.glyphCount(run.text) - 1) };
    }),
  );
  let runsPt = 0;
  let letterGaps = 0;
  let gapsPt = 0;
  words.forEach((word, index) => {
    gapsPt += word.gap.widthPt;
    for (const run of measured[index]!) {
      runsPt += run.naturalPt;
      letterGaps += run.letterGaps;
    }
  });
  const excessPt = measurePt - (runsPt + gapsPt);

  // The glyphs contribute what the breaker rated for them: at ±1 or past it, all their stretch or shrink; below, the
  // ratio's share of what the boxes carry. This is the one place where what is drawn differs from what was rated: a
  // run is shaped whole, so its glyphs are not its characters (a ligature is one glyph, with no letter gap inside;
  // an unbroken compound keeps the gap at its hyphen, which the breaker leaves out as it vanishes at a break there),
  // so the glyphs' own ratio is a hair off the rated one, and the spaces take up the difference. A line without
  // spaces to do so is filled by its glyphs alone, within their limits.
  const glueStretchPt = measure.stretchPt - measure.boxStretchPt;
  const glueShrinkPt = measure.shrinkPt - measure.boxShrinkPt;
  const glyphCapacityPt = runsPt * expansion + letterGaps * (ratio >= 0 ? letterStretchPt : letterShrinkPt);
  let glyphRatio = boxRatio(ratio);
  if (glyphCapacityPt > 0 && ratio !== 0) {
    if ((ratio >= 0 ? glueStretchPt : glueShrinkPt) <= 0) glyphRatio = boxRatio(excessPt / glyphCapacityPt);
    else if (Math.abs(ratio) < 1) glyphRatio = boxRatio((ratio * (ratio >= 0 ? measure.boxStretchPt : measure.boxShrinkPt)) / glyphCapacityPt);
  }
  let scale = 1 + glyphRatio * expansion;
  const letterSpacePt = glyphRatio >= 0 ? glyphRatio * letterStretchPt : glyphRatio * letterShrinkPt;
  const glyphExcessPt = runsPt * (scale - 1) + letterGaps * letterSpacePt;
  const gapExcessPt = ratio === 0 ? 0 : excessPt - glyphExcessPt;
  const gapCapacityPt = gapExcessPt > 0 ? glueStretchPt : glueShrinkPt;
  let gapRatio = gapCapacityPt > 0 ? gapExcessPt / gapCapacityPt : 0;
  // An overfull line is squeezed past the style's limits before it may overflow the column: spaces down to half
  // their width, then glyphs narrowed by up to 3 % more. Only what even that cannot absorb sticks out.
  let squeeze = 0;
  const squeezeGapPt = (gap: Gap): number => Math.max(0, gap.widthPt / 2 - gap.shrinkPt);
  if (ratio < -1) {
    gapRatio = -1;
    const overflowPt = -(excessPt - glyphExcessPt + glueShrinkPt);
    const extraPt = words.reduce((sum, word) => sum + squeezeGapPt(word.gap), 0) + runsPt * OVERFULL_SQUEEZE;
    squeeze = extraPt > 0 ? Math.min(1, Math.max(0, overflowPt / extraPt)) : 0;
    scale -= squeeze * OVERFULL_SQUEEZE;
  }
  const gapWidthPt = (gap: Gap): number =>
    gap.widthPt + (gapRatio >= 0 ? gapRatio * gap.stretchPt : gapRatio * gap.shrinkPt) - squeeze * squeezeGapPt(gap);

  // Only a line short of its measure is not justified: what it lacks goes before it (right) or around it (center).
  let offsetPt = 0;
  if (!justified && align === 'right') offsetPt = Math.max(0, excessPt);
  else if (!justified && align === 'center') offsetPt = Math.max(0, excessPt) / 2;

  const runs: PositionedRun[] = [];
  let xPt = lineLeftPt + offsetPt;
  words.forEach((word, index) => {
    xPt += gapWidthPt(word.gap);
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
    hangLeftPt,
    hangRightPt,
    hyphenated: breakText !== undefined,
    endsParagraph: range.endsParagraph,
    paragraphIndex,
    // The breaker's ratio (past 1, the spaces'). A line with nothing to stretch reports 0; an overfull line with
    // nothing to shrink, how far past -1 it was squeezed.
    adjustmentRatio: Number.isFinite(ratio) ? ratio : ratio < 0 ? -1 - squeeze : 0,
  };
}

/** The words a line draws, from its first item (`start`, after the glue a break drops) up to its break. */
function collectWords(paragraph: ShapedParagraph, start: number, breakItem: number): Word[] {
  const { items, pieces } = paragraph;
  const words: Word[] = [];
  let pendingGap: Gap = { widthPt: 0, stretchPt: 0, shrinkPt: 0 };
  let current: Word | null = null;
  for (let index = start; index < breakItem; index++) {
    const item = items[index]!;
    if (item.type === 'box') {
      const piece = pieces[index]!;
      if (piece.text === '') {
        // Blank material (a paragraph indent) is fixed space: it neither stretches nor vanishes at a line start.
        pendingGap.widthPt += item.widthPt;
        continue;
      }
      if (!current) {
        current = { runs: [], gap: pendingGap };
        words.push(current);
      }
      const previousRun = current.runs[current.runs.length - 1];
      if (previousRun && previousRun.faceId === piece.faceId && previousRun.sizePt === piece.sizePt) {
        previousRun.text += piece.text;
      } else {
        current.runs.push({ text: piece.text, faceId: piece.faceId, sizePt: piece.sizePt });
      }
    } else if (item.type === 'glue') {
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
