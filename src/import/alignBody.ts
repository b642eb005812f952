import { parseArticle } from '../article/parse.js';
import { composePage } from '../compose/composePage.js';
import { FontSet } from '../fonts/fontSet.js';
import { parseLayout } from '../layout-spec/load.js';
import { ptToMm } from '../layout-spec/units.js';
import { bodyLinesInOrder } from '../report/lineEnds.js';

/**
 * The imported layout with the space above its body set so that the body's first line sits on the original's
 * first baseline: the blocks above it (photo, caption, headline, deck) are measured from the page, but our stacking
 * rounds them onto the grid its own way, and a column a row longer or shorter than the original's ends elsewhere.
 * Composes the page once to see where the body starts.
 */
export function alignBodyStart(layout: Record<string, unknown>, articleMarkdown: string, firstBaselinePt: number, folder: string): Record<string, unknown> {
  const resolved = parseLayout(JSON.stringify(layout), `${folder}/layout.json`);
  const article = parseArticle(articleMarkdown, `${folder}/article.md`);
  const first = bodyLinesInOrder(composePage(article, resolved, new FontSet(resolved.fontFiles)))[0];
  const story = layout.story as Record<string, unknown>[];
  const before = story[story.findIndex((block) => block.type === 'body') - 1];
  if (!first || !before) return layout;
  const spaceAfterMm = Number(before.spaceAfterMm ?? 0) + ptToMm(firstBaselinePt - first.baselinePt);
  before.spaceAfterMm = Number(Math.max(0, spaceAfterMm).toFixed(3));
  return layout;
}
