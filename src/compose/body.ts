import type { Article } from '../article/types.js';
import type { ColumnSpan, ResolvedBlock } from '../layout-spec/resolve.js';
import { placeParagraphs, setPlacedLines, type PlacedStory } from '../flow/flowStory.js';
import { baselinePt, lastRowWithBaselineAtOrAbove, rowTopPt, type BaselineGrid } from '../flow/grid.js';
import type { ColumnGrid } from '../flow/columns.js';
import { buildLineSlots, type ColumnSlot } from '../flow/slots.js';
import type { Frame, Overset } from '../positioned/types.js';
import { balanceColumns, depthsOf, evenColumnEnds, spreadOf, type ColumnDepths } from './balance.js';
import { columnFrames } from './columnFrames.js';
import { fitDropCap, splitInitial, type DropCapFit, type DropCapRequest } from './dropCap.js';
import { photoFloats, placeFloats, type BodyRegion } from './floats.js';
import type { FilledSlot } from './photoSlots.js';
import { pullQuoteFloats } from './pullQuotes.js';
import { besideDropCap, shapeStoryParagraph, storyParagraphs } from './storyParagraphs.js';
import type { Typesetter } from './typesetter.js';

type BodyBlock = Extract<ResolvedBlock, { type: 'body' }>;

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
  /**
   * Per column of the body, left to right: the line slots left empty below its last line, down to what is below it
   * (a float, the body's foot), as if the body ran its full depth — the hole a make-up editor would see.
   */
  unusedRowsByColumn: number[];
}

/** The story placed down to one depth (its lines not yet set), with the drop cap as it fitted there. */
interface BodyFlow {
  placed: PlacedStory;
  dropCap: DropCapFit | null;
  /** The deepest column's last row. */
  bottomRow: number;
  depths: ColumnDepths;
}

/**
 * Sets the story's running text: floats (photos, pull quotes) are placed first and carve their rows out of the
 * columns they span; the paragraphs, crossheads and the source line flow through what is left, the first lines
 * narrowed beside the drop cap; a balanced body is flowed again at shallower depths; the lines are gathered into
 * frames per column.
 */
export function composeBody(
  typesetter: Typesetter,
  article: Article,
  block: BodyBlock,
  where: string,
  geometry: BodyGeometry,
  photoSlots: ReadonlyMap<string, FilledSlot>,
): ComposedBody {
  const { grid, columns, firstRow } = geometry;
  const bodyStyle = typesetter.style(block.style);
  const descenderPt = typesetter.descenderPt(bodyStyle);
  const regionBottomPt = block.heightPt === null ? geometry.bottomPt : Math.min(geometry.bottomPt, rowTopPt(grid, firstRow) + block.heightPt);
  const region: BodyRegion = { grid, columns, firstRow, lastRow: lastRowWithBaselineAtOrAbove(grid, regionBottomPt), descenderPt };
  const floatRequests = [...photoFloats(typesetter, block.floats, where, photoSlots), ...pullQuoteFloats(typesetter, article, block.pullQuotes, where)];
  const floats = placeFloats(typesetter.layout.filePath, floatRequests, region);

  if (block.crossheads.style === null && article.body.some((paragraph) => paragraph.kind === 'crosshead')) {
    typesetter.warn(`${where}.crossheads.style`, `${typesetter.layout.filePath} has no style 'crosshead'; crossheads set in the body style, bold`);
  }
  const story = storyParagraphs(typesetter, article, block, columns.widthPt);
  const shaped = story.paragraphs.map((paragraph) => shapeStoryParagraph(typesetter, paragraph));
  const split = block.dropCap && article.dropCap && article.body[0] ? splitInitial(article.body[0]) : null;
  const dropCapRequest: DropCapRequest | null =
    block.dropCap && split
      ? { initial: split.initial, opensWord: split.opensWord, lines: block.dropCap.lines, style: typesetter.style(block.dropCap.style), gapPt: block.dropCap.gapPt }
      : null;

  /** Flows the whole story into the columns, each down to its depth, opening with the drop cap where it fits. */
  const flowTo = (depths: ColumnDepths, loosenessOf?: (paragraphIndex: number) => number): BodyFlow => {
    const lastRowOf = (column: number): number => firstRow + depths.rows - 1 + (column - block.columns.first < depths.deeperColumns ? 1 : 0);
    const slots = buildLineSlots({ columns: block.columns, firstRow, lastRowOf }, floats.exclusions, grid, columns, descenderPt);
    const dropCap = dropCapRequest ? fitDropCap(typesetter, dropCapRequest, bodyStyle, slots) : null;
    let paragraphs = shaped;
    if (dropCap?.fits && split) {
      const opening = besideDropCap(story.paragraphs[0]!, split.rest, dropCap.measureBesidePt);
      paragraphs = [shapeStoryParagraph(typesetter, opening), ...paragraphs.slice(1)];
    }
    // Only where the lines go: balancing flows the story many times, and only the flow it keeps is set.
    const placed = placeParagraphs(paragraphs, slots, (paragraph) => typesetter.breakSettings(paragraph.style), {
      avoidWidows: block.avoidWidows,
      avoidOrphans: block.avoidOrphans,
      overflowMeasurePt: columns.widthPt,
      placementOf: (paragraphIndex) => story.paragraphs[paragraphIndex]!.placement,
      ...(dropCap?.fits && { openingHang: dropCap.hang }),
      ...(loosenessOf && { loosenessOf }),
    });
    return { placed, dropCap, bottomRow: lastRowOf(block.columns.first), depths };
  };

  const maxRows = region.lastRow - firstRow + 1;
  const deepest = flowTo({ rows: maxRows, deeperColumns: 0 });
  const holdsStory = (attempt: BodyFlow): boolean => !attempt.placed.overset;
  const columnCount = block.columns.last - block.columns.first + 1;
  const balanced = block.balance && holdsStory(deepest) ? balanceColumns(deepest, maxRows, columnCount, flowTo, holdsStory) : null;
  const endSpreadRows = (attempt: BodyFlow): number => spreadOf(lastRowByColumn(attempt.placed.lineSlots, block.columns, firstRow - 1));
  const { placed, dropCap, bottomRow } = balanced
    ? evenColumnEnds(
        balanced,
        shaped.length,
        endSpreadRows,
        (loosened, looseness, extraRows) => {
          const depths = depthsOf(balanced.depths, columnCount, extraRows);
          if (depths.rows + (depths.deeperColumns > 0 ? 1 : 0) > maxRows) return null;
          return flowTo(depths, (paragraphIndex) => (paragraphIndex === loosened ? looseness : 0));
        },
        holdsStory,
      )
    : deepest;

  const flow = setPlacedLines(placed, typesetter.fonts);
  const frames: Frame[] = [...floats.frames];
  if (dropCap?.fits) frames.push(dropCap.frame);
  else if (dropCap) typesetter.warn('drop cap', dropCap.warning);
  for (const warning of flow.warnings) typesetter.warn(warning.where, warning.message);
  const box = { span: block.columns, columns, topPt: rowTopPt(grid, firstRow), bottomPt: baselinePt(grid, bottomRow) + descenderPt };
  frames.push(...columnFrames(flow.lines, box, (paragraphIndex) => story.paragraphs[paragraphIndex]?.role ?? 'body'));
  const fullDepthSlots = buildLineSlots({ columns: block.columns, firstRow, lastRowOf: () => region.lastRow }, floats.exclusions, grid, columns, descenderPt);
  return { frames, overset: placed.overset, nextRow: bottomRow + 1, unusedRowsByColumn: unusedRowsByColumn(fullDepthSlots, placed.lineSlots, block.columns) };
}

/** Each column's slots below its last line (all of them in a column the story does not reach); `lineSlots`: the lines'. */
export function unusedRowsByColumn(slots: readonly ColumnSlot[], lineSlots: readonly ColumnSlot[], span: ColumnSpan): number[] {
  return lastRowByColumn(lineSlots, span, -Infinity).map((lastRow, index) => slots.filter((slot) => slot.column === span.first + index && slot.row > lastRow).length);
}

/** Each column's last row with a line, left to right; `noLineRow` for a column the story does not reach. */
function lastRowByColumn(lineSlots: readonly ColumnSlot[], span: ColumnSpan, noLineRow: number): number[] {
  const lastRows: number[] = [];
  for (let column = span.first; column <= span.last; column++) {
    lastRows.push(Math.max(noLineRow, ...lineSlots.filter((slot) => slot.column === column).map((slot) => slot.row)));
  }
  return lastRows;
}

