import type { Article } from '../article/types.js';
import type { FontSet } from '../fonts/fontSet.js';
import type { ResolvedLayout } from '../layout-spec/resolve.js';
import { firstRowAtOrBelow, rowTopPt, type BaselineGrid } from '../flow/grid.js';
import { spanBox, type ColumnGrid } from '../flow/columns.js';
import type { Frame, Overset, PositionedDocument } from '../positioned/types.js';
import { InputError } from '../errors.js';
import { ptToMm } from '../layout-spec/units.js';
import { composeBody } from './body.js';
import { findImage, placePhoto } from './photo.js';
import { plainParagraph, setTextBlock } from './textBlock.js';
import { Typesetter } from './typesetter.js';

/**
 * Composes one page: the story's blocks stack from the top margin, each starting on a grid row, so that whatever
 * follows a photo or a headline is back on the baseline grid; the body fills the rest.
 */
export function composePage(article: Article, layout: ResolvedLayout, fonts: FontSet): PositionedDocument {
  const typesetter = new Typesetter(layout, fonts, article.lang, article.filePath);
  const { page } = layout;
  const grid: BaselineGrid = {
    originPt: page.margins.topPt,
    stepPt: layout.grid.stepPt,
    capHeightPt: typesetter.capHeightPt(typesetter.style(layout.grid.capHeightStyle)),
  };
  const columns: ColumnGrid = { leftPt: page.margins.leftPt, count: layout.columns.count, widthPt: layout.columns.widthPt, gutterPt: layout.columns.gutterPt };
  const pageBottomPt = page.heightPt - page.margins.bottomPt;

  const frames: Frame[] = [];
  let overset: Overset | null = null;
  let row = 0;
  layout.story.forEach((block, index) => {
    const where = `story[${index}]`;
    const topPt = rowTopPt(grid, row);
    // A body with no room left still flows, so that all its text is reported as overset rather than lost.
    if (topPt > pageBottomPt && block.type !== 'body') {
      typesetter.warn(where, `no room left on the page for this ${block.type} block`);
      return;
    }
    switch (block.type) {
      case 'image': {
        const image = findImage(article, block.image, layout.filePath, `${where}.image`);
        const placed = placePhoto(typesetter, image, { ...spanBox(columns, block.columns), topPt, heightPt: block.heightPt, crop: block.crop }, block.caption, where);
        if (placed.bottomPt > pageBottomPt + 0.01) {
          const pastMm = ptToMm(placed.bottomPt - pageBottomPt);
          throw new InputError(layout.filePath, `${where}.heightMm`, `the photo and its caption end ${pastMm.toFixed(1)} mm below the page's bottom margin`);
        }
        frames.push(...placed.frames);
        row = firstRowAtOrBelow(grid, placed.bottomPt + block.spaceAfterPt);
        break;
      }
      case 'body': {
        const body = composeBody(typesetter, article, block, where, { grid, columns, firstRow: row, bottomPt: pageBottomPt });
        frames.push(...body.frames);
        overset = body.overset;
        row = body.nextRow;
        break;
      }
      default: {
        const text = article[block.type];
        if (!text) return;
        const set = setTextBlock(typesetter, plainParagraph(text), typesetter.style(block.style), { ...spanBox(columns, block.columns), topPt }, block.type, block.type);
        frames.push(set.frame);
        row = firstRowAtOrBelow(grid, set.bottomPt + block.spaceAfterPt);
      }
    }
  });

  const lowestInkPt = Math.max(...frames.map((frame) => frame.yPt + frame.heightPt));
  if (lowestInkPt > pageBottomPt + grid.stepPt) {
    typesetter.warn('page', `content reaches ${((lowestInkPt - pageBottomPt) / 72 * 25.4).toFixed(1)} mm into the bottom margin`);
  }

  return {
    title: article.headline,
    lang: article.lang,
    fonts: fonts.usedFaces().map((face) => ({ id: face.id, path: face.path })),
    pages: [{ widthPt: page.widthPt, heightPt: page.heightPt, bleedPt: page.bleedPt, frames }],
    overset,
    warnings: typesetter.warnings,
  };
}
