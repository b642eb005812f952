import type { Article } from '../article/types.js';
import { InputError } from '../errors.js';
import { ptToMm } from '../layout-spec/units.js';
import type { ResolvedBlock } from '../layout-spec/resolve.js';
import { flowParagraphs, type FlowedLine } from '../flow/flowStory.js';
import { baselinePt, lastRowWithBaselineAtOrAbove, rowTopPt, type BaselineGrid } from '../flow/grid.js';
import { columnLeftPt, spanBox, type ColumnGrid } from '../flow/columns.js';
import { buildLineSlots, type Exclusion } from '../flow/slots.js';
import type { ShapedParagraph } from '../inline/shape.js';
import type { Frame, Overset, TextFrame } from '../positioned/types.js';
import { placeDropCap, splitInitial } from './dropCap.js';
import { findImage, placePhoto } from './photo.js';
import { plainParagraph } from './textBlock.js';
import type { Typesetter } from './typesetter.js';

type BodyBlock = Extract<ResolvedBlock, { type: 'body' }>;

/** Narrowest measure, in ems of the body size, left beside a drop cap before the story opens without one. */
const MIN_ROOM_BESIDE_INITIAL_EM = 4;

export interface BodyGeometry {
  grid: BaselineGrid;
  columns: ColumnGrid;
  firstRow: number;
  /** Lowest baseline the body may use. */
  bottomPt: number;
}

export interface ComposedBody {
  frames: Frame[];
  overset: Overset | null;
  /** Row after the body's last row, for blocks that follow a body of fixed height. */
  nextRow: number;
}

/**
 * Sets the story's running text: floats are placed first and carve their rows out of the columns they span, the
 * drop cap indents the first lines, then paragraphs (and the source line) flow through what is left.
 */
export function composeBody(typesetter: Typesetter, article: Article, block: BodyBlock, where: string, geometry: BodyGeometry): ComposedBody {
  const { grid, columns, firstRow } = geometry;
  const bodyStyle = typesetter.style(block.style);
  const descenderPt = typesetter.descenderPt(bodyStyle);
  const regionBottomPt = block.heightPt === null ? geometry.bottomPt : Math.min(geometry.bottomPt, rowTopPt(grid, firstRow) + block.heightPt);
  const lastRow = lastRowWithBaselineAtOrAbove(grid, regionBottomPt);
  const frames: Frame[] = [];

  /** Each float's photo and caption, to check that no two cover each other. */
  const floatBoxes: Exclusion[] = [];
  const exclusions: Exclusion[] = block.floats.map((float, index) => {
    const floatWhere = `${where}.floats[${index}]`;
    const image = findImage(article, float.image, typesetter.layout.filePath, `${floatWhere}.image`);
    const span = spanBox(columns, float.columns);
    const place = (topPt: number) => placePhoto(typesetter, image, { ...span, topPt, heightPt: float.heightPt, crop: float.crop }, float.caption, floatWhere);
    const offsetPt = float.rowOffset * grid.stepPt;
    let placed = place(rowTopPt(grid, firstRow) + offsetPt);
    if (float.position === 'bottom') {
      // The caption's ink ends where the column's last line would (or `rowOffset` rows above it).
      const columnBottomPt = baselinePt(grid, lastRow) + descenderPt - offsetPt;
      placed = place(rowTopPt(grid, firstRow) + columnBottomPt - placed.bottomPt);
    }
    const regionTopPt = rowTopPt(grid, firstRow);
    const regionBottomPt = baselinePt(grid, lastRow) + descenderPt;
    if (placed.frames[0]!.yPt < regionTopPt - 0.01 || placed.bottomPt > regionBottomPt + 0.01) {
      const neededMm = ptToMm(placed.bottomPt - placed.frames[0]!.yPt);
      throw new InputError(
        typesetter.layout.filePath,
        `${floatWhere}.heightMm`,
        `the photo and its caption (${neededMm.toFixed(1)} mm${float.rowOffset ? `, ${float.rowOffset} rows in` : ''}) do not fit in the body's ${ptToMm(regionBottomPt - regionTopPt).toFixed(1)} mm`,
      );
    }
    frames.push(...placed.frames);
    floatBoxes.push({ columns: float.columns, topPt: placed.frames[0]!.yPt, bottomPt: placed.bottomPt });
    // Text keeps `spacePt` clear of the float on both sides; above a float at the very top there is none anyway.
    return { columns: float.columns, topPt: placed.frames[0]!.yPt - float.spacePt, bottomPt: placed.bottomPt + float.spacePt };
  });
  refuseOverlappingFloats(typesetter.layout.filePath, where, floatBoxes);

  const prepared: ShapedParagraph[] = article.body.map((paragraph, index) =>
    typesetter.shape(paragraph, bodyStyle, index === 0 ? 0 : bodyStyle.firstLineIndentEm * bodyStyle.sizePt, `body paragraph ${index + 1}`, columns.widthPt),
  );
  const dropCapSpec = block.dropCap && article.dropCap ? block.dropCap : null;
  const split = dropCapSpec && article.body[0] ? splitInitial(article.body[0]) : null;
  const sourceIndex = prepared.length;
  if (block.sourceLine && article.source) {
    const sourceStyle = typesetter.style(block.sourceLine.style);
    prepared.push(typesetter.shape(plainParagraph(block.sourceLine.format.replace('{source}', article.source)), sourceStyle, 0, 'source', columns.widthPt));
  }

  /** Flows the whole story into the columns down to `bottomRow`, the drop cap taking the first lines. */
  const flowDownTo = (bottomRow: number) => {
    const slots = buildLineSlots({ columns: block.columns, firstRow, lastRow: bottomRow }, exclusions, grid, columns, descenderPt);
    let dropCapFrame: Frame | null = null;
    let paragraphs = prepared;
    // The initial needs its lines one under the other at the top of the story; a float in the way cancels it.
    const besideInitial = dropCapSpec ? slots.slice(0, dropCapSpec.lines) : [];
    const stacked = besideInitial.every((slot, index) => index === 0 || (slot.column === besideInitial[0]!.column && slot.row === besideInitial[0]!.row + index));
    const fitsBeside = besideInitial.length === dropCapSpec?.lines && stacked;
    const dropCap =
      dropCapSpec && split && fitsBeside
        ? placeDropCap(typesetter, split.initial, typesetter.style(dropCapSpec.style), bodyStyle, slots[0]!, slots[dropCapSpec.lines - 1]!, dropCapSpec.gapPt)
        : null;
    if (dropCapSpec && split && !fitsBeside) {
      typesetter.warn('drop cap', `the initial "${split.initial}" needs ${dropCapSpec.lines} lines one under the other at the top of the story, which its first column does not have; set without a drop cap`);
    }
    // Beside the initial there must be room for a few letters at least, or the story opens without it.
    const roomBesidePt = dropCap ? besideInitial[0]!.widthPt - dropCap.indentPt : 0;
    if (dropCap && split && roomBesidePt < MIN_ROOM_BESIDE_INITIAL_EM * bodyStyle.sizePt) {
      typesetter.warn('drop cap', `the initial "${split.initial}" leaves only ${roomBesidePt.toFixed(1)} pt beside it; set without a drop cap`);
    } else if (dropCap && split) {
      dropCapFrame = dropCap.frame;
      for (const slot of besideInitial) {
        slot.xPt += dropCap.indentPt;
        slot.widthPt -= dropCap.indentPt;
      }
      // The opening paragraph without its initial; its words must fit the narrow lines beside the initial too.
      const afterInitial = typesetter.shape(split.rest, bodyStyle, 0, 'body paragraph 1', roomBesidePt);
      paragraphs = [afterInitial, ...prepared.slice(1)];
    }
    const flow = flowParagraphs(paragraphs, slots, typesetter.fonts, (paragraph) => typesetter.breakSettings(paragraph.style), {
      avoidWidows: block.avoidWidows,
      avoidOrphans: block.avoidOrphans,
      overflowMeasurePt: columns.widthPt,
    });
    return { flow, dropCapFrame, bottomRow };
  };

  let result = flowDownTo(lastRow);
  if (block.balance && !result.flow.overset) {
    // Balanced columns: the shallowest depth at which the story still fits, found by bisection (a deeper column
    // never holds less).
    let fitsRow = lastRow;
    let tooShallowRow = firstRow - 1;
    while (fitsRow - tooShallowRow > 1) {
      const middleRow = Math.floor((fitsRow + tooShallowRow) / 2);
      const attempt = flowDownTo(middleRow);
      if (attempt.flow.overset) {
        tooShallowRow = middleRow;
      } else {
        fitsRow = middleRow;
        result = attempt;
      }
    }
  }
  const { flow, dropCapFrame, bottomRow } = result;
  if (dropCapFrame) frames.push(dropCapFrame);
  for (const warning of flow.warnings) typesetter.warn(warning.where, warning.message);

  const frameTopPt = rowTopPt(grid, firstRow);
  const frameBottomPt = baselinePt(grid, bottomRow) + descenderPt;
  for (let column = block.columns.first; column <= block.columns.last; column++) {
    const inColumn = (line: FlowedLine): boolean => line.slot.column === column;
    const columnFrame = (role: TextFrame['role'], lines: FlowedLine[]): TextFrame => ({
      kind: 'text',
      role,
      column,
      xPt: columnLeftPt(columns, column),
      yPt: frameTopPt,
      widthPt: columns.widthPt,
      heightPt: frameBottomPt - frameTopPt,
      lines: lines.map((flowed) => flowed.line),
    });
    const bodyLines = flow.lines.filter((line) => inColumn(line) && line.line.paragraphIndex < sourceIndex);
    const sourceLines = flow.lines.filter((line) => inColumn(line) && line.line.paragraphIndex === sourceIndex);
    frames.push(columnFrame('body', bodyLines));
    if (sourceLines.length > 0) frames.push(columnFrame('source', sourceLines));
  }

  return { frames, overset: flow.overset, nextRow: bottomRow + 1 };
}

/** Two floats (photo and caption) in one column must not cover each other: the second would be drawn over the first. */
function refuseOverlappingFloats(layoutFile: string, where: string, floats: readonly Exclusion[]): void {
  floats.forEach((float, index) => {
    for (let earlier = 0; earlier < index; earlier++) {
      const other = floats[earlier]!;
      const shared = Math.max(float.columns.first, other.columns.first);
      const overlapsColumns = shared <= Math.min(float.columns.last, other.columns.last);
      const overlapsRows = float.topPt < other.bottomPt && other.topPt < float.bottomPt;
      if (overlapsColumns && overlapsRows) {
        throw new InputError(layoutFile, `${where}.floats[${index}].columns`, `the photo overlaps floats[${earlier}] in column ${shared}`);
      }
    }
  });
}
