import type { Paragraph } from '../article/types.js';
import type { ResolvedStyle } from '../layout-spec/resolve.js';
import { breakParagraph } from '../linebreak/index.js';
import { setLine } from '../inline/setLine.js';
import type { ShapedParagraph } from '../inline/shape.js';
import type { StyleBreakSettings } from '../flow/flowStory.js';
import type { PositionedLine, TextFrame, TextRole } from '../positioned/types.js';
import type { Typesetter } from './typesetter.js';

export interface BlockBox {
  xPt: number;
  widthPt: number;
  /** Where the block's capitals start. */
  topPt: number;
}

/** A set block of text and where its ink ends, so the next block can keep clear of its descenders. */
export interface SetBlock {
  frame: TextFrame;
  bottomPt: number;
}

/**
 * Sets a short text (headline, deck, caption) in one box at its style's own leading, off the body grid; the block
 * that follows comes back onto the grid.
 */
export function setTextBlock(typesetter: Typesetter, paragraph: Paragraph, style: ResolvedStyle, box: BlockBox, role: TextRole, where: string): SetBlock {
  const shaped = typesetter.shape(paragraph, style, 0, where, box.widthPt);
  const settings = typesetter.breakSettings(style);
  // Balanced lines are broken at a narrower measure but set in the box, so centred or right-aligned text sits as before.
  const measurePt = style.balanceRagged ? balancedMeasurePt(shaped.items, settings, box.widthPt) : box.widthPt;
  const result = breakParagraph(shaped.items, { ...settings, widthAt: () => measurePt });
  const firstBaselinePt = box.topPt + typesetter.capHeightPt(style);
  let startItem = 0;
  const lines = result.breaks.map((lineBreak, lineIndex) => {
    const slot = { xPt: box.xPt, widthPt: box.widthPt, baselinePt: firstBaselinePt + lineIndex * style.leadingPt };
    const range = { startItem, breakItem: lineBreak.position, endsParagraph: lineIndex === result.breaks.length - 1 };
    const line: PositionedLine = { ...setLine(shaped, range, slot, typesetter.fonts, -1), breakPass: result.pass };
    startItem = lineBreak.position + 1;
    return line;
  });
  for (const lineIndex of result.overfullLines) typesetter.warn(where, `line ${lineIndex + 1} is wider than its ${box.widthPt.toFixed(1)} pt measure`);
  const lastBaselinePt = firstBaselinePt + (lines.length - 1) * style.leadingPt;
  const bottomPt = lastBaselinePt + typesetter.descenderPt(style);
  return {
    frame: { kind: 'text', role, column: 0, xPt: box.xPt, yPt: box.topPt, widthPt: box.widthPt, heightPt: bottomPt - box.topPt, lines },
    bottomPt,
  };
}

/** How finely the balanced measure is sought: a quarter point. */
const BALANCE_PRECISION_PT = 0.25;

/**
 * The narrowest measure at which the text still breaks into as few lines as at `widthPt`, none overfull: there the
 * lines are as even as that many lines can be (InDesign's Balance Ragged Lines, CSS `text-wrap: balance`), found by
 * bisection — a narrower measure never needs fewer lines. One line stays at the full measure.
 */
export function balancedMeasurePt(items: ShapedParagraph['items'], settings: StyleBreakSettings, widthPt: number): number {
  const linesAt = (measurePt: number): number => {
    const result = breakParagraph(items, { ...settings, widthAt: () => measurePt });
    return result.overfullLines.length > 0 ? Infinity : result.breaks.length;
  };
  const lineCount = linesAt(widthPt);
  if (lineCount < 2) return widthPt;
  let fitsPt = widthPt;
  let tooNarrowPt = 0;
  while (fitsPt - tooNarrowPt > BALANCE_PRECISION_PT) {
    const middlePt = (fitsPt + tooNarrowPt) / 2;
    if (linesAt(middlePt) <= lineCount) fitsPt = middlePt;
    else tooNarrowPt = middlePt;
  }
  return fitsPt;
}
