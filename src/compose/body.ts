import type { Article } from '../article/types.js';
import type { ResolvedBlock } from '../layout-spec/resolve.js';
import { flowParagraphs, type FlowResult } from '../flow/flowStory.js';
import { baselinePt, lastRowWithBaselineAtOrAbove, rowTopPt, type BaselineGrid } from '../flow/grid.js';
import type { ColumnGrid } from '../flow/columns.js';
import { buildLineSlots } from '../flow/slots.js';
import type { Frame, Overset } from '../positioned/types.js';
import { balanceColumns } from './balance.js';
import { columnFrames } from './columnFrames.js';
import { fitDropCap, splitInitial, type DropCapFit, type DropCapRequest } from './dropCap.js';
import { placeFloats, type BodyRegion, type FilledFloat } from './floats.js';
import type { FilledSlot } from './photoSlots.js';
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
}

/** The story flowed down to one depth, with the drop cap as it fitted there. */
interface BodyFlow {
  flow: FlowResult;
  dropCap: DropCapFit | null;
  bottomRow: number;
}

/**
 * Sets the story's running text: floats are placed first and carve their rows out of the columns they span; the
 * paragraphs (and the source line) flow through what is left, the first lines narrowed beside the drop cap; a
 * balanced body is flowed again at shallower depths; the lines are gathered into a frame per column.
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
  const filledFloats = block.floats.flatMap((float, index): FilledFloat[] => {
    const filled = photoSlots.get(`${where}.floats[${index}]`);
    return filled ? [{ float, filled }] : [];
  });
  const floats = placeFloats(typesetter, filledFloats, region);

  const story = storyParagraphs(typesetter, article, block, columns.widthPt);
  const shaped = story.paragraphs.map((paragraph) => shapeStoryParagraph(typesetter, paragraph));
  const split = block.dropCap && article.dropCap && article.body[0] ? splitInitial(article.body[0]) : null;
  const dropCapRequest: DropCapRequest | null =
    block.dropCap && split
      ? { initial: split.initial, lines: block.dropCap.lines, style: typesetter.style(block.dropCap.style), gapPt: block.dropCap.gapPt }
      : null;

  /** Flows the whole story into the columns down to `bottomRow`, opening with the drop cap where it fits. */
  const flowDownTo = (bottomRow: number): BodyFlow => {
    const slots = buildLineSlots({ columns: block.columns, firstRow, lastRow: bottomRow }, floats.exclusions, grid, columns, descenderPt);
    const dropCap = dropCapRequest ? fitDropCap(typesetter, dropCapRequest, bodyStyle, slots) : null;
    let paragraphs = shaped;
    if (dropCap?.fits && split) {
      const opening = besideDropCap(story.paragraphs[0]!, split.rest, dropCap.measureBesidePt);
      paragraphs = [shapeStoryParagraph(typesetter, opening), ...paragraphs.slice(1)];
    }
    const flow = flowParagraphs(paragraphs, slots, typesetter.fonts, (paragraph) => typesetter.breakSettings(paragraph.style), {
      avoidWidows: block.avoidWidows,
      avoidOrphans: block.avoidOrphans,
      overflowMeasurePt: columns.widthPt,
      ...(dropCap?.fits && { openingHang: dropCap.hang }),
    });
    return { flow, dropCap, bottomRow };
  };

  const deepest = flowDownTo(region.lastRow);
  const holdsStory = (attempt: BodyFlow): boolean => !attempt.flow.overset;
  const { flow, dropCap, bottomRow } = block.balance && holdsStory(deepest) ? balanceColumns(deepest, firstRow, region.lastRow, flowDownTo, holdsStory) : deepest;

  const frames: Frame[] = [...floats.frames];
  if (dropCap?.fits) frames.push(dropCap.frame);
  else if (dropCap) typesetter.warn('drop cap', dropCap.warning);
  for (const warning of flow.warnings) typesetter.warn(warning.where, warning.message);
  const box = { span: block.columns, columns, topPt: rowTopPt(grid, firstRow), bottomPt: baselinePt(grid, bottomRow) + descenderPt };
  frames.push(...columnFrames(flow.lines, box, story.sourceIndex));
  return { frames, overset: flow.overset, nextRow: bottomRow + 1 };
}
