import type { PositionedDocument, PositionedLine } from '../positioned/types.js';
import { lineText } from '../positioned/lineText.js';

export interface ColumnEnd {
  column: number;
  /** The column's last line as set. */
  lastLine: string;
  /** The last word of that line ("Giga-" when it ends in a hyphen). */
  lastWord: string;
  /** The original's last word for this column, when the article records it. */
  originalLastWord: string | null;
  matches: boolean | null;
}

/** The last word, with typographic quotes folded to typewriter ones so the original's text compares equal. */
function lastWordOf(text: string): string {
  const words = text.trim().split(/\s+/u);
  return (words[words.length - 1] ?? '').replace(/[\u201C\u201D]/gu, '"').replace(/[\u2018\u2019]/gu, "'");
}

/**
 * For each body column of the first page, the word it ends on, compared with where the printed original's
 * columns ended (`originalColumnEnds` in the article).
 */
export function reportColumnEnds(document: PositionedDocument, originalColumnEnds: readonly string[] | undefined): ColumnEnd[] {
  const page = document.pages[0];
  if (!page) return [];
  const linesByColumn = new Map<number, PositionedLine[]>();
  for (const frame of page.frames) {
    if (frame.kind !== 'text' || (frame.role !== 'body' && frame.role !== 'source')) continue;
    const lines = linesByColumn.get(frame.column) ?? [];
    lines.push(...frame.lines);
    linesByColumn.set(frame.column, lines);
  }
  return [...linesByColumn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, lines], index) => {
      const last = lines.reduce<PositionedLine | null>((lowest, line) => (!lowest || line.baselinePt > lowest.baselinePt ? line : lowest), null);
      const lastLine = last ? lineText(last) : '';
      const lastWord = lastWordOf(lastLine);
      const original = originalColumnEnds?.[index];
      const originalLastWord = original === undefined ? null : lastWordOf(original);
      return { column, lastLine, lastWord, originalLastWord, matches: originalLastWord === null ? null : originalLastWord === lastWord };
    });
}

export function formatColumnEnds(ends: readonly ColumnEnd[]): string {
  const rows = ends.map((end) => {
    const verdict = end.matches === null ? '' : end.matches ? '  ✓ matches the original' : `  ✗ original ends on "${end.originalLastWord}"`;
    return `  column ${end.column}: ends on "${end.lastWord}"${verdict}`;
  });
  const compared = ends.filter((end) => end.matches !== null);
  const summary = compared.length > 0 ? `column ends matching the original: ${compared.filter((end) => end.matches).length} of ${compared.length}` : '';
  return [...rows, summary].filter(Boolean).join('\n');
}
