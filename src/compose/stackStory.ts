import type { Article } from '../article/types.js';
import type { ResolvedVariant } from '../layout-spec/resolve.js';
import { firstRowAtOrBelow, rowTopPt, type BaselineGrid } from '../flow/grid.js';
import { spanBox, type ColumnGrid } from '../flow/columns.js';
import type { Frame, Overset } from '../positioned/types.js';
import { InputError } from '../errors.js';
import { ptToMm } from '../layout-spec/units.js';
import { composeBody } from './body.js';
import { placePhoto } from './photo.js';
import type { FilledSlot } from './photoSlots.js';
import { setTextBlock } from './textBlock.js';
import type { Typesetter } from './typesetter.js';

export interface PageGeometry {
  grid: BaselineGrid;
  columns: ColumnGrid;
  /** The bottom margin's edge. */
  bottomPt: number;
}

export interface StackedStory {
  frames: Frame[];
  overset: Overset | null;
  /** The body's empty line slots per column (see ComposedBody); none without a body. */
  unusedRowsByColumn: number[];
}

/**
 * Stacks a story's blocks from the top margin, each starting on a grid row, so that whatever follows a photo or a
 * headline is back on the baseline grid; the body fills the rest. Photos come at the heights of `photoSlots`;
 * a block whose element the article lacks (no deck, an optional photo slot left empty) takes no room.
 */
export function stackStory(typesetter: Typesetter, article: Article, variant: ResolvedVariant, photoSlots: ReadonlyMap<string, FilledSlot>, page: PageGeometry): StackedStory {
  const { grid, columns } = page;
  const layoutFile = typesetter.layout.filePath;
  const frames: Frame[] = [];
  let overset: Overset | null = null;
  let unusedRowsByColumn: number[] = [];
  let row = 0;
  /** Below a body that ends at its content, where a block starts depends on the article, not on the layout alone. */
  let belowContent = false;
  variant.story.forEach((block, index) => {
    const where = `${variant.where}[${index}]`;
    const topPt = rowTopPt(grid, row);
    // A body with no room left still flows, so that all its text is reported as overset rather than lost; any
    // other block left out for want of room is reported with what it would have printed (see leftOut.ts).
    if (topPt > page.bottomPt && block.type !== 'body') return;
    switch (block.type) {
      case 'image': {
        const filled = photoSlots.get(where);
        if (!filled) return;
        const box = { ...spanBox(columns, block.columns), topPt, heightPt: filled.heightPt, crop: block.crop };
        const placed = placePhoto(typesetter, filled.image, box, block.caption, where);
        if (placed.bottomPt > page.bottomPt + 0.01) {
          // Left out for want of room, and reported as such (see leftOut.ts); a layout that puts it there is wrong.
          if (belowContent) return;
          const pastMm = ptToMm(placed.bottomPt - page.bottomPt);
          throw new InputError(layoutFile, `${where}.heightMm`, `the photo and its caption end ${pastMm.toFixed(1)} mm below the page's bottom margin`);
        }
        frames.push(...placed.frames);
        row = firstRowAtOrBelow(grid, placed.bottomPt + block.spaceAfterPt);
        break;
      }
      case 'body': {
        const body = composeBody(typesetter, article, block, where, { grid, columns, firstRow: row, bottomPt: page.bottomPt }, photoSlots);
        frames.push(...body.frames);
        overset = body.overset;
        unusedRowsByColumn = body.unusedRowsByColumn;
        row = body.nextRow;
        belowContent = block.endsAtContent;
        break;
      }
      default: {
        const text = article[block.type];
        if (!text) return;
        const set = setTextBlock(typesetter, typesetter.plainParagraph(text), typesetter.style(block.style), { ...spanBox(columns, block.columns), topPt }, block.type, block.type);
        frames.push(set.frame);
        row = firstRowAtOrBelow(grid, set.bottomPt + block.spaceAfterPt);
      }
    }
  });

  const lowestInkPt = lowestInk(frames);
  if (lowestInkPt > page.bottomPt + grid.stepPt) {
    typesetter.warn('page', `content reaches ${ptToMm(lowestInkPt - page.bottomPt).toFixed(1)} mm into the bottom margin`);
  }
  return { frames, overset, unusedRowsByColumn };
}

/** Where the lowest frame ends. */
export function lowestInk(frames: readonly Frame[]): number {
  return Math.max(...frames.map((frame) => frame.yPt + frame.heightPt));
}
