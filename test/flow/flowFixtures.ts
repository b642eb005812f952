import type { flowParagraphs } from '../../src/flow/flowStory.js';
import type { ColumnSlot } from '../../src/flow/slots.js';
import { shapeParagraph, type ShapedParagraph } from '../../src/inline/shape.js';
import { lineText } from '../../src/positioned/lineText.js';
import { fonts, paragraph, stubHyphenator, style, widthPt } from '../inline/fixtures.js';

export const noSettings = () => ({});

export function shape(text: string, styleName = 'ragged', breaks: Record<string, number[]> = {}): ShapedParagraph {
  return shapeParagraph(paragraph(text), { style: style(styleName), fonts, hyphenator: stubHyphenator(breaks), indentPt: 0 });
}

/** `rowsPerColumn` slots in each column, `widthPt` wide, rows 12 pt apart; the last of each column marked. */
export function columnSlots(rowsPerColumn: number[], slotWidthPt: number): ColumnSlot[] {
  return rowsPerColumn.flatMap((rows, columnIndex) =>
    Array.from({ length: rows }, (_, row) => ({
      column: columnIndex + 1,
      row,
      xPt: columnIndex * (slotWidthPt + 10),
      widthPt: slotWidthPt,
      baselinePt: 20 + row * 12,
      lastInColumn: row === rows - 1,
    })),
  );
}

// Words of 4–5 letters in a measure that holds one but never two, so every word takes a line of its own.
export const words = ['alpha', 'bravo', 'delta', 'echo', 'golf', 'hotel', 'india', 'kilo', 'lima', 'mike', 'oscar', 'papa'];
export const measurePt = Math.max(...words.map(widthPt)) + 1;
export const placement = (flow: ReturnType<typeof flowParagraphs>) => flow.lines.map((flowed) => [lineText(flowed.line), flowed.slot.column, flowed.slot.row]);
