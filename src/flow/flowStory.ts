import type { FontSet } from '../fonts/fontSet.js';
import { setLine } from '../inline/setLine.js';
import type { PreparedParagraph } from '../inline/prepare.js';
import { breakParagraph, type BreakOptions } from '../linebreak/index.js';
import type { LayoutWarning, Overset, PositionedLine } from '../positioned/types.js';
import { lineText } from '../positioned/lineText.js';
import type { ColumnSlot } from './slots.js';

export interface FlowedLine {
  slot: ColumnSlot;
  line: PositionedLine;
}

export interface FlowResult {
  lines: FlowedLine[];
  overset: Overset | null;
  warnings: LayoutWarning[];
}

export type BreakSettings = Omit<BreakOptions, 'widthAt'>;

/**
 * Threads paragraphs through the story's slots in order. Each paragraph is broken with the measures of the slots
 * its lines will occupy (a drop-cap indent, a column beside a photo); lines past the last slot are overset.
 */
export function flowParagraphs(
  paragraphs: readonly PreparedParagraph[],
  slots: readonly ColumnSlot[],
  fonts: FontSet,
  breakSettingsFor: (paragraph: PreparedParagraph) => BreakSettings,
): FlowResult {
  const lines: FlowedLine[] = [];
  const warnings: LayoutWarning[] = [];
  const oversetWords: string[] = [];
  let oversetLines = 0;
  let nextSlot = 0;

  paragraphs.forEach((paragraph, paragraphIndex) => {
    const firstSlot = nextSlot;
    const slotFor = (lineIndex: number): ColumnSlot | undefined => slots[firstSlot + lineIndex];
    // Lines beyond the last slot are broken at the last slot's measure so overset text can be counted in lines.
    const fallbackSlot = slots[slots.length - 1];
    const hyphenateAcrossColumns = paragraph.style.hyphenation.acrossColumns;
    const result = breakParagraph(paragraph.items, {
      ...breakSettingsFor(paragraph),
      widthAt: (lineIndex) => (slotFor(lineIndex) ?? fallbackSlot)?.widthPt ?? 0,
      hyphenAllowedAt: (lineIndex) => hyphenateAcrossColumns || !slotFor(lineIndex)?.lastInColumn,
    });
    let startItem = 0;
    let oversetInParagraph = false;
    result.breaks.forEach((lineBreak, lineIndex) => {
      const slot = slotFor(lineIndex);
      const range = { startItem, breakItem: lineBreak.position, endsParagraph: lineIndex === result.breaks.length - 1 };
      if (slot) {
        const line = setLine(paragraph, range, slot, fonts, paragraphIndex);
        lines.push({ slot, line });
        if (result.overfullLines.includes(lineIndex)) {
          warnings.push({
            where: `column ${slot.column}, line ${slot.row + 1}`,
            message: `overfull line: "${lineText(line)}"`,
          });
        }
      } else {
        // The first line without a slot carries this paragraph's remaining words into the overset.
        if (!oversetInParagraph) oversetWords.push(...paragraph.words.slice(firstWordIndex(paragraph, startItem, lineBreak.position)));
        oversetInParagraph = true;
        oversetLines += 1;
      }
      startItem = lineBreak.position + 1;
    });
    nextSlot = firstSlot + result.breaks.length;
  });

  const overset: Overset | null =
    oversetLines > 0 ? { lineCount: oversetLines, wordCount: oversetWords.length, firstWords: oversetWords.slice(0, 8).join(' ') } : null;
  return { lines, overset, warnings };
}

function firstWordIndex(paragraph: PreparedParagraph, startItem: number, endItem: number): number {
  for (let index = startItem; index <= endItem; index++) {
    const piece = paragraph.pieces[index];
    if (piece && piece.wordIndex >= 0) return piece.wordIndex;
  }
  return paragraph.words.length;
}
