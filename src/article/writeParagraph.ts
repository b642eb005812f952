import { normaliseSpans } from './spans.js';
import type { Paragraph, TextSpan } from './types.js';

type Style = 'italic' | 'bold';

const STYLES: readonly Style[] = ['italic', 'bold'];
const DELIMITERS: Record<Style, string> = { italic: '*', bold: '**' };

/** Writes a paragraph as one line of Markdown (`## …` for a crosshead) that `parseBody` reads back to the same paragraph. */
export function writeParagraph(paragraph: Paragraph): string {
  const normal = normaliseSpans(paragraph.spans);
  const text = escapeLineStart(writeRange(normal, 0, normal.length, new Set()));
  // A run of '#' at a heading's end would be read as its closing sequence.
  return paragraph.kind === 'crosshead' ? `## ${text.replace(/(^| )(#+)$/, '$1\\$2')}` : text;
}

/**
 * Writes spans [from, to) when the styles in `open` are already open. Each new style opens over the longest run
 * of spans that carry it, so `**a *b* c**` nests instead of closing and reopening delimiters back to back,
 * which CommonMark would read differently.
 */
function writeRange(spans: readonly TextSpan[], from: number, to: number, open: ReadonlySet<Style>): string {
  let markdown = '';
  let index = from;
  while (index < to) {
    const span = spans[index];
    if (span === undefined) break;
    const missing = STYLES.filter((style) => span[style] && !open.has(style));
    if (missing.length === 0) {
      markdown += escapeText(span.text);
      index += 1;
      continue;
    }
    const runs = missing.map((style) => ({ style, end: runEnd(spans, index, to, style) }));
    const longest = runs.reduce((best, run) => (run.end > best.end ? run : best));
    const inner = writeRange(spans, index, longest.end, new Set([...open, longest.style]));
    markdown += wrap(inner, DELIMITERS[longest.style]);
    index = longest.end;
  }
  return markdown;
}

function runEnd(spans: readonly TextSpan[], from: number, to: number, style: Style): number {
  let end = from;
  while (end < to && spans[end]?.[style]) end += 1;
  return end;
}

/** Emphasis may not start or end with a space in CommonMark, so spaces at the edges go outside the delimiters. */
function wrap(inner: string, delimiter: string): string {
  const match = /^( ?)(.*?)( ?)$/s.exec(inner);
  const [, before = '', core = '', after = ''] = match ?? [];
  if (core === '') return inner;
  return `${before}${delimiter}${core}${delimiter}${after}`;
}

function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, '\\$&').replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
}

/** A paragraph must not start like a heading, quote, list, thematic break or code fence. */
function escapeLineStart(line: string): string {
  if (/^[#>+=~-]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
