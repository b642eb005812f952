import { InputError } from '../errors.js';
import { ptToMm } from '../layout-spec/units.js';
import type { ColumnSpan, ResolvedBlock } from '../layout-spec/resolve.js';
import { baselinePt, rowTopPt, type BaselineGrid } from '../flow/grid.js';
import { spanBox, type ColumnGrid } from '../flow/columns.js';
import type { Exclusion } from '../flow/slots.js';
import type { Frame } from '../positioned/types.js';
import { placePhoto, type PlacedPhoto } from './photo.js';
import type { FilledSlot } from './photoSlots.js';
import type { Typesetter } from './typesetter.js';

type BodyBlock = Extract<ResolvedBlock, { type: 'body' }>;

/** The rows a body may use, and the depth of its text below the last baseline. */
export interface BodyRegion {
  grid: BaselineGrid;
  columns: ColumnGrid;
  firstRow: number;
  /** Inclusive. */
  lastRow: number;
  descenderPt: number;
}

/** What a float sets, and where its ink ends. */
export type PlacedFloat = PlacedPhoto;

/** Something set inside the body's columns, its rows carved out of them: a photo with its caption, a pull quote. */
export interface FloatRequest {
  columns: ColumnSpan;
  position: 'top' | 'bottom';
  /** Grid rows from the body's top (or bottom). */
  rowOffset: number;
  /** Space kept between it and the text. */
  spacePt: number;
  /** Where the layout declares it (`story[2].floats[0]`); errors name its fields. */
  where: string;
  /** How errors call it: `the photo`. */
  name: string;
  /** How errors call all it sets: `the photo and its caption`. */
  contents: string;
  /** The layout field that sets its height, named when it does not fit. */
  sizeField: string;
  /** Sets it across the box of its columns, its top at `topPt`. */
  setAt: (box: { xPt: number; widthPt: number; topPt: number }) => PlacedFloat;
}

export interface PlacedFloats {
  /** Each float's frames. */
  frames: Frame[];
  /** What the text must keep clear of: each float with its space around it. */
  exclusions: Exclusion[];
}

/** The body's photo floats the article fills (see photoSlots.ts), as float requests, at the heights copyfitting gave them. */
export function photoFloats(typesetter: Typesetter, floats: BodyBlock['floats'], where: string, photoSlots: ReadonlyMap<string, FilledSlot>): FloatRequest[] {
  return floats.flatMap((float, index): FloatRequest[] => {
    const floatWhere = `${where}.floats[${index}]`;
    const filled = photoSlots.get(floatWhere);
    if (!filled) return [];
    return [
      {
        columns: float.columns,
        position: float.position,
        rowOffset: float.rowOffset,
        spacePt: float.spacePt,
        where: floatWhere,
        name: 'the photo',
        contents: 'the photo and its caption',
        sizeField: 'heightMm',
        setAt: (box) => placePhoto(typesetter, filled.image, { ...box, heightPt: filled.heightPt, crop: float.crop }, float.caption, floatWhere),
      },
    ];
  });
}

/**
 * Places what sits inside a body's columns, at the top of the body (`rowOffset` rows down) or with its ink ending
 * where the columns' last line would. Refuses a float that does not fit in the body, or that would cover another.
 */
export function placeFloats(layoutFile: string, floats: readonly FloatRequest[], region: BodyRegion): PlacedFloats {
  const { grid, columns, firstRow, lastRow, descenderPt } = region;
  const regionTopPt = rowTopPt(grid, firstRow);
  const regionBottomPt = baselinePt(grid, lastRow) + descenderPt;
  const frames: Frame[] = [];
  /** Each float's ink, to check that no two cover each other. */
  const floatBoxes: Exclusion[] = [];
  const exclusions = floats.map((float): Exclusion => {
    const span = spanBox(columns, float.columns);
    const place = (topPt: number) => float.setAt({ ...span, topPt });
    const offsetPt = float.rowOffset * grid.stepPt;
    let placed: PlacedFloat;
    if (float.position === 'bottom') {
      // The ink ends where the column's last line would (or `rowOffset` rows above it): placed once at the top to
      // learn how far below its top that ink ends.
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
        `${float.where}.${float.sizeField}`,
        `${float.contents} (${neededMm.toFixed(1)} mm${float.rowOffset ? `, ${float.rowOffset} rows in` : ''}) do not fit in the body's ${ptToMm(regionBottomPt - regionTopPt).toFixed(1)} mm`,
      );
    }
    frames.push(...placed.frames);
    floatBoxes.push({ columns: float.columns, topPt, bottomPt: placed.bottomPt });
    // Text keeps `spacePt` clear of the float on both sides; above a float at the very top there is none anyway.
    return { columns: float.columns, topPt: topPt - float.spacePt, bottomPt: placed.bottomPt + float.spacePt };
  });
  refuseOverlappingFloats(layoutFile, floats, floatBoxes);
  return { frames, exclusions };
}

/** Two floats in one column must not cover each other: the second would be drawn over the first. */
function refuseOverlappingFloats(layoutFile: string, floats: readonly FloatRequest[], boxes: readonly Exclusion[]): void {
  boxes.forEach((box, index) => {
    for (let earlier = 0; earlier < index; earlier++) {
      const other = boxes[earlier]!;
      const shared = Math.max(box.columns.first, other.columns.first);
      const overlapsColumns = shared <= Math.min(box.columns.last, other.columns.last);
      const overlapsRows = box.topPt < other.bottomPt && other.topPt < box.bottomPt;
      if (overlapsColumns && overlapsRows) {
        const float = floats[index]!;
        // The other float by its own field in the block: `floats[0]`, `pullQuotes[1]`.
        const otherName = floats[earlier]!.where.replace(/^.*\./u, '');
        throw new InputError(layoutFile, `${float.where}.columns`, `${float.name} overlaps ${otherName} in column ${shared}`);
      }
    }
  });
}
