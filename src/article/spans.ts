import type { Paragraph, TextSpan } from './types.js';

/**
 * ASCII white space only: a no-break or thin space in the text is deliberate and must survive.
 */
const WHITE_SPACE_RUN = /[ \t\n\f\v]+/g;

/**
 * Puts spans into the one form the engine expects: white-space runs collapsed to one space (also across span
 * boundaries), no space at either end of the paragraph, no empty spans, neighbours with the same style merged.
 */
export function normaliseSpans(spans: readonly TextSpan[]): TextSpan[] {
  const result: TextSpan[] = [];
  for (const span of spans) {
    const previous = result.at(-1);
    let text = span.text.replace(WHITE_SPACE_RUN, ' ');
    if (previous === undefined || previous.text.endsWith(' ')) text = text.replace(/^ /, '');
    if (text === '') continue;
    if (previous !== undefined && previous.italic === span.italic && previous.bold === span.bold) {
      previous.text += text;
    } else {
      result.push({ text, italic: span.italic, bold: span.bold });
    }
  }
  const last = result.at(-1);
  if (last !== undefined) {
    last.text = last.text.replace(/ $/, '');
    if (last.text === '') result.pop();
  }
  return result;
}

/** A paragraph of one plain span: a headline, deck, caption or other text that has no emphasis of its own. */
export function plainParagraph(text: string): Paragraph {
  return { spans: [{ text, italic: false, bold: false }] };
}
