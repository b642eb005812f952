import { lineText } from '../../src/positioned/lineText.js';
import type { PositionedDocument, TextFrame } from '../../src/positioned/types.js';

/** Body frames in reading order: page by page, column by column (frames of one column top to bottom). */
export function bodyFrames(document: PositionedDocument): TextFrame[] {
  return document.pages.flatMap((page) =>
    page.frames
      .filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === 'body')
      .sort((a, b) => a.column - b.column || a.yPt - b.yPt),
  );
}

/**
 * The words of the placed body text in reading order, with words hyphenated at a line end joined again, and the
 * drop cap put back in front of the first line it belongs to.
 */
export function placedBodyWords(document: PositionedDocument): string[] {
  const dropCap = document.pages
    .flatMap((page) => page.frames)
    .filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === 'dropCap')
    .flatMap((frame) => frame.lines.map(lineText))
    .join('');
  let text = dropCap;
  for (const line of bodyFrames(document).flatMap((frame) => frame.lines)) {
    const words = lineText(line);
    text += line.hyphenated ? words.replace(/-$/, '') : `${words} `;
  }
  return text.split(/\s+/).filter((word) => word.length > 0);
}
