import { readArticleDocument, resolveArticle } from '../../src/article/parse.js';
import { composePage } from '../../src/compose/composePage.js';
import { FontSet } from '../../src/fonts/fontSet.js';
import type { ResolvedLayout } from '../../src/layout-spec/resolve.js';
import type { Frame, TextFrame } from '../../src/positioned/types.js';
import { generatedArticle } from '../fixtures/generatedArticle.js';

/** The roles of text that ends a body column. */
const COLUMN_TEXT = new Set(['body', 'crosshead', 'source']);

/** How many grid rows apart the body's columns end: the deepest column's last baseline less the shallowest's. */
export function columnEndSpreadRows(frames: readonly Frame[], stepPt: number): number {
  const lastBaselineByColumn = new Map<number, number>();
  for (const frame of frames) {
    if (frame.kind !== 'text' || !COLUMN_TEXT.has(frame.role)) continue;
    const lines = (frame as TextFrame).lines;
    for (const line of lines) lastBaselineByColumn.set(frame.column, Math.max(lastBaselineByColumn.get(frame.column) ?? -Infinity, line.baselinePt));
  }
  const ends = [...lastBaselineByColumn.values()];
  return ends.length < 2 ? 0 : Math.round((Math.max(...ends) - Math.min(...ends)) / stepPt);
}

/**
 * Briefs of `minWords`…`maxWords` words (no photo; seeds 1…count, the words spread evenly) composed in `layout`:
 * how many end their columns 0, 1, 2… rows apart, and the time composing took. What balancing promises is measured
 * on these (a river-ferry story of the test generator).
 */
export function columnSpreadOfBriefs(layout: ResolvedLayout, count: number, minWords: number, maxWords: number): { byRows: Map<number, number>; composeMs: number } {
  const fonts = new FontSet(layout.fontFiles);
  const byRows = new Map<number, number>();
  let composeMs = 0;
  for (let seed = 1; seed <= count; seed++) {
    const words = minWords + Math.round(((maxWords - minWords) * (seed - 1)) / Math.max(1, count - 1));
    const text = generatedArticle({ words, photos: 0, deck: false, byline: false, dateline: false, seed }, '');
    const filePath = `brief-${seed}.md`;
    const article = resolveArticle(readArticleDocument(text, filePath), filePath);
    const started = performance.now();
    const document = composePage(article, layout, fonts);
    composeMs += performance.now() - started;
    const rows = columnEndSpreadRows(document.pages[0]!.frames, layout.grid.stepPt);
    byRows.set(rows, (byRows.get(rows) ?? 0) + 1);
  }
  return { byRows, composeMs };
}
