import type { Article } from '../article/types.js';
import type { FontSet } from '../fonts/fontSet.js';
import type { ResolvedLayout } from '../layout-spec/resolve.js';
import { ptToMm } from '../layout-spec/units.js';
import type { BaselineGrid } from '../flow/grid.js';
import type { ColumnGrid } from '../flow/columns.js';
import { POSITIONED_SCHEMA_VERSION, type PositionedDocument } from '../positioned/types.js';
import { chooseVariant } from './chooseVariant.js';
import { copyfit, type PhotoResize } from './copyfit.js';
import { reportLeftOut } from './leftOut.js';
import { fillPhotoSlots } from './photoSlots.js';
import { lowestInk, stackStory, type PageGeometry } from './stackStory.js';
import { Typesetter } from './typesetter.js';

/** What copyfitting did to the page, as plain data. */
export interface CopyfitReport {
  /** Photos resized by whole grid rows, in story order. */
  photos: PhotoResize[];
  /** A body that ends at its content (`heightMm: "auto"`): the page it leaves free below the story; else null. */
  freeBelowMm: number | null;
  /** How many times the page was composed to fit it (each a whole composition). */
  compositions: number;
}

/** The composed page, with which of the layout's stories it used and what copyfitting changed. */
export interface ComposedDocument extends PositionedDocument {
  /** The story used: `story`, or `variants[1].story` with the variant's name. */
  variant: { where: string; name: string | null };
  copyfit: CopyfitReport;
}

/**
 * Composes one page: the layout's story for this article (the first variant it matches), its photo slots filled,
 * then fitted by resizing photos (see copyfit.ts); every article element the page leaves out gets a warning.
 */
export function composePage(article: Article, layout: ResolvedLayout, fonts: FontSet): ComposedDocument {
  const typesetter = new Typesetter(layout, fonts, article.lang, article.filePath);
  const { page } = layout;
  const grid: BaselineGrid = {
    originPt: page.margins.topPt,
    stepPt: layout.grid.stepPt,
    capHeightPt: typesetter.capHeightPt(typesetter.style(layout.grid.capHeightStyle)),
  };
  const columns: ColumnGrid = { leftPt: page.margins.leftPt, count: layout.columns.count, widthPt: layout.columns.widthPt, gutterPt: layout.columns.gutterPt };
  const geometry: PageGeometry = { grid, columns, bottomPt: page.heightPt - page.margins.bottomPt };

  const variant = chooseVariant(layout, article);
  const body = variant.story.find((block) => block.type === 'body');
  const endsAtContent = body?.type === 'body' && body.endsAtContent;
  const fitted = copyfit(
    fillPhotoSlots(article, variant, layout.filePath),
    grid.stepPt,
    (slots) => {
      const { result, warnings } = typesetter.collectWarnings(() => stackStory(typesetter, article, variant, new Map(slots.map((slot) => [slot.where, slot])), geometry));
      return { ...result, warnings, warningCount: warnings.length };
    },
    // A body that ends at its content gives the rest of the page back rather than filling it.
    !endsAtContent,
  );
  const { frames, overset, warnings } = fitted.attempt;

  return {
    schemaVersion: POSITIONED_SCHEMA_VERSION,
    title: article.headline,
    lang: article.lang,
    fonts: fonts.usedFaces().map((face) => ({ id: face.id, path: face.path, unitsPerEm: face.font.unitsPerEm })),
    pages: [{ widthPt: page.widthPt, heightPt: page.heightPt, bleedPt: page.bleedPt, frames }],
    overset,
    warnings: [...typesetter.warnings, ...warnings, ...reportLeftOut(article, variant, fitted.slots, frames, layout.filePath)],
    variant: { where: variant.where, name: variant.name },
    copyfit: { photos: fitted.resized, freeBelowMm: endsAtContent ? ptToMm(geometry.bottomPt - lowestInk(frames)) : null, compositions: fitted.compositions },
  };
}
