import type { Paragraph } from '../article/types.js';
import { lineText } from '../positioned/lineText.js';
import type { PositionedDocument, PositionedLine } from '../positioned/types.js';

/** How many of a line's last words record where it ended: enough to find the place again in the story's text. */
export const LINE_END_WORDS = 3;

/** How many of the original's line ends a setting reproduces. */
export interface LineEndsMatch {
  matching: number;
  /** The original's line ends (all of them, found in the text or not). */
  total: number;
}

/**
 * Letters and digits only, lowercased: what two settings of the same words share whatever their hyphens (added at
 * a line end or not), quotes, dashes and spaces. A place in the story is an offset into this.
 */
export function lettersOf(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The story's body text as one string of letters, in which line and column ends are places. */
export function storyLetters(body: readonly Paragraph[]): string {
  return lettersOf(body.map((paragraph) => paragraph.spans.map((span) => span.text).join('')).join(' '));
}

/**
 * Where each phrase (a line's last words, as printed) ends in the story's letters, each searched for after the one
 * before: a line ends after its last words, and lines come in reading order. Null for a phrase not found there
 * (a source line, text the story lacks); the search then goes on from the last place found.
 */
export function locateEnds(letters: string, phrases: readonly string[]): (number | null)[] {
  let cursor = 0;
  return phrases.map((phrase) => {
    const wanted = lettersOf(phrase);
    const at = wanted === '' ? -1 : letters.indexOf(wanted, cursor);
    if (at < 0) return null;
    cursor = at + wanted.length;
    return cursor;
  });
}

/** The last words of a line's text, as a line end is recorded. */
export function lastWords(text: string, count: number): string {
  return text.trim().split(/\s+/u).slice(-count).join(' ');
}

/** Each body line of the document, in reading order: page by page, column by column, top to bottom. */
export function bodyLinesInOrder(document: PositionedDocument): PositionedLine[] {
  return document.pages.flatMap((page) => {
    const byColumn = new Map<number, PositionedLine[]>();
    for (const frame of page.frames) {
      if (frame.kind !== 'text' || frame.role !== 'body') continue;
      byColumn.set(frame.column, [...(byColumn.get(frame.column) ?? []), ...frame.lines]);
    }
    return [...byColumn.entries()].sort(([a], [b]) => a - b).flatMap(([, lines]) => [...lines].sort((a, b) => a.baselinePt - b.baselinePt));
  });
}

/** The document's body line ends as `import` records the original's: each line's last words. */
export function recordLineEnds(document: PositionedDocument): string[] {
  return bodyLinesInOrder(document).map((line) => lastWords(lineText(line), LINE_END_WORDS));
}

/**
 * How many of the original's line ends (`originalLineEnds`) the document's body lines also end at: both are placed
 * in the story's letters, so a line end matches when the same letter ends a line in both, however it was hyphenated.
 */
export function matchLineEnds(document: PositionedDocument, body: readonly Paragraph[], originalLineEnds: readonly string[]): LineEndsMatch {
  const letters = storyLetters(body);
  const set = new Set(locateEnds(letters, recordLineEnds(document)));
  const matching = locateEnds(letters, originalLineEnds).filter((end) => end !== null && set.has(end)).length;
  return { matching, total: originalLineEnds.length };
}

export function formatLineEnds(match: LineEndsMatch): string {
  return `line ends matching the original: ${match.matching} of ${match.total}`;
}
