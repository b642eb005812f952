import { InputError } from '../errors.js';
import { ptToMm } from '../layout-spec/units.js';
import type { ResolvedBlock } from '../layout-spec/resolve.js';
import { baselinePt, rowTopPt, type BaselineGrid } from '../flow/grid.js';
import { spanBox, type ColumnGrid } from '../flow/columns.js';
import type { Exclusion } from '../flow/slots.js';
import type { Frame } from '../positioned/types.js';
import { placePhoto, type PlacedPhoto } from './photo.js';
import type { FilledSlot } from './photoSlots.js';
import type { Typesetter } from './typesetter.js';

type BodyFloat = Extract<ResolvedBlock, { type: 'body' }>['floats'][number];

/** A float of the body with the photo that fills it. */
export interface FilledFloat {
  float: BodyFloat;
  filled: FilledSlot;
}

/** The rows a body may use, and the depth of its text below the last baseline. */
export interface BodyRegion {
  grid: BaselineGrid;
  columns: ColumnGrid;
  firstRow: number;
  /** Inclusive. */
  lastRow: number;
  descenderPt: number;
}

export interface PlacedFloats {
  /** Each float's photo and caption. */
  frames: Frame[];
  /** What the text must keep clear of: each float with its space around it. */
  exclusions: Exclusion[];
}

/**
 * Places the photos that sit inside a body's columns, at the top of the body (`rowOffset` rows down) or with the
 * caption's ink ending where the columns' last line would. Refuses a float that does not fit in the body, or that
 * would cover another.
 */
export function placeFloats(typesetter: Typesetter, floats: readonly FilledFloat[], region: BodyRegion): PlacedFloats {
  const { grid, columns, firstRow, lastRow, descenderPt } = region;
  const layoutFile = typesetter.layout.filePath;
  const regionTopPt = rowTopPt(grid, firstRow);
  const regionBottomPt = baselinePt(grid, lastRow) + descenderPt;
  const frames: Frame[] = [];
  /** Each float's photo and caption, to check that no two cover each other. */
  const floatBoxes: Exclusion[] = [];
  const exclusions = floats.map(({ float, filled }): Exclusion => {
    const floatWhere = filled.where;
    const span = spanBox(columns, float.columns);
    const place = (topPt: number) =>
      placePhoto(typesetter, filled.image, { ...span, topPt, heightPt: filled.heightPt, crop: float.crop }, float.caption, floatWhere);
    const offsetPt = float.rowOffset * grid.stepPt;
    let placed: PlacedPhoto;
    if (float.position === 'bottom') {
      // The caption's ink ends where the column's last line would (or `rowOffset` rows above it): placed once at the
      // top to learn how far below its top that ink ends.
      const columnBottomPt = regionBottomPt - offsetPt;
      placed = place(regionTopPt + columnBottomPt - place(regionTopPt).bottomPt);
    } else {
      placed = place(regionTopPt + offsetPt);
    }
    const topPt = placed.frames[0]!.yPt;
    if (topPt < regionTopPt - 0.01 || placed.bottomPt > regionBottomPt + 0.01) {
      const neededMm = ptToMm(placed.bottomPt - topPt);
      throw new InputError(
        layoutFile,
        `${floatWhere}.heightMm`,
        `the photo and its caption (${neededMm.toFixed(1)} mm${float.rowOffset ? `, ${float.rowOffset} rows in` : ''}) do not fit in the body's ${ptToMm(regionBottomPt - regionTopPt).toFixed(1)} mm`,
      );
    }
    frames.push(...placed.frames);
    floatBoxes.push({ columns: float.columns, topPt, bottomPt: placed.bottomPt });
    // Text keeps `spacePt` clear of the float on both sides; above a float at the very top there is none anyway.
    return { columns: float.columns, topPt: topPt - float.spacePt, bottomPt: placed.bottomPt + float.spacePt };
  });
  refuseOverlappingFloats(layoutFile, floats.map(({ filled }) => filled.where), floatBoxes);
  return { frames, exclusions };
}

/** Two floats (photo and caption) in one column must not cover each other: the second would be drawn over the first. */
function refuseOverlappingFloats(layoutFile: string, wheres: readonly string[], floats: readonly Exclusion[]): void {
  floats.forEach((float, index) => {
    for (let earlier = 0; earlier < index; earlier++) {
      const other = floats[earlier]!;
      const shared = Math.max(float.columns.first, other.columns.first);
      const overlapsColumns = shared <= Math.min(float.columns.last, other.columns.last);
      const overlapsRows = float.topPt < other.bottomPt && other.topPt < float.bottomPt;
      if (overlapsColumns && overlapsRows) {
        const otherName = wheres[earlier]!.slice(wheres[earlier]!.lastIndexOf('.') + 1);
        throw new InputError(layoutFile, `${wheres[index]}.columns`, `the photo overlaps ${otherName} in column ${shared}`);
      }
    }
  });
}
