import type { Typesetter } from '../compose/typesetter.js';
import { setLine, type LineSlot } from '../inline/setLine.js';
import type { ResolvedStyle } from '../layout-spec/resolve.js';
import { breakParagraph } from '../linebreak/index.js';
import type { PositionedLine } from '../positioned/types.js';
import { shapeStoryParagraph, type StoryParagraph } from '../compose/storyParagraphs.js';
import type { ShapedParagraph } from '../inline/shape.js';

/** A place for one line, as the story's lines had them. */
export interface StorySlot extends LineSlot {
  /** A hyphen here would continue the word at the top of the next column. */
  lastInColumn: boolean;
}

/** A line of a paragraph broken again, with the words it holds (indices into the paragraph's words). */
export interface SetAgainLine {
  /** The line set; set on first call, as only the lines beside a wide one are ever looked at. */
  line: () => PositionedLine;
  firstWord: number;
  lastWord: number;
}

/** `story`'s paragraph shaped in `style` (a relaxed copy of its own), as the body block shapes it. */
export function prepareStory(typesetter: Typesetter, story: StoryParagraph, style: ResolvedStyle): ShapedParagraph {
  return shapeStoryParagraph(typesetter, { ...story, style });
}

/**
 * Breaks a prepared paragraph as the flow does (src/flow/flowStory.ts): `style`'s break settings, line i at slot i's
 * measure (past the last slot, `overflowMeasurePt`), no hyphen on a column's last line unless the style allows it;
 * then sets each line.
 */
export function breakIntoSlots(
  typesetter: Typesetter,
  prepared: ShapedParagraph,
  style: ResolvedStyle,
  slots: readonly StorySlot[],
  overflowMeasurePt: number,
  paragraphIndex: number,
): SetAgainLine[] {
  const result = breakParagraph(prepared.items, {
    ...typesetter.breakSettings(style),
    widthAt: (lineIndex) => slots[lineIndex]?.widthPt ?? overflowMeasurePt,
    hyphenAllowedAt: (lineIndex) => style.hyphenation.acrossColumns || !slots[lineIndex]?.lastInColumn,
  });
  const lastSlot = slots[slots.length - 1]!;
  let startItem = 0;
  return result.breaks.map((lineBreak, lineIndex) => {
    const slot = slots[lineIndex] ?? { ...lastSlot, widthPt: overflowMeasurePt };
    const range = { startItem, breakItem: lineBreak.position, endsParagraph: lineIndex === result.breaks.length - 1 };
    let firstWord = Infinity;
    let lastWord = -Infinity;
    for (let item = startItem; item < lineBreak.position; item++) {
      const wordIndex = prepared.pieces[item]?.wordIndex ?? -1;
      if (wordIndex < 0) continue;
      firstWord = Math.min(firstWord, wordIndex);
      lastWord = Math.max(lastWord, wordIndex);
    }
    startItem = lineBreak.position + 1;
    let line: PositionedLine | undefined;
    return { line: () => (line ??= setLine(prepared, range, slot, typesetter.fonts, paragraphIndex)), firstWord, lastWord };
  });
}
