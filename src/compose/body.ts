import type { Article } from '../article/types.js';
import type { ResolvedBlock } from '../layout-spec/resolve.js';
import { flowParagraphs, type FlowedLine } from '../flow/flowStory.js';
import { baselinePt, lastRowWithBaselineAtOrAbove, rowTopPt, type BaselineGrid } from '../flow/grid.js';
import { columnLeftPt, spanBox, type ColumnGrid } from '../flow/columns.js';
import { buildLineSlots, type Exclusion } from '../flow/slots.js';
import type { PreparedParagraph } from '../inline/prepare.js';
import type { Frame, Overset, TextFrame } from '../positioned/types.js';
import { placeDropCap, splitInitial } from './dropCap.js';
import { findImage, placePhoto } from './photo.js';
import { plainParagraph } from './textBlock.js';
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
    frames.push(...placed.frames);
    // Text keeps `spacePt` clear of the float on both sides; above a float at the very top there is none anyway.
    return { columns: float.columns, topPt: placed.frames[0]!.yPt - float.spacePt, bottomPt: placed.bottomPt + float.spacePt };
  });

  const prepared: PreparedParagraph[] = article.body.map((paragraph, index) =>
    typesetter.prepare(paragraph, bodyStyle, index === 0 ? 0 : bodyStyle.firstLineIndentEm * bodyStyle.sizePt, `body paragraph ${index + 1}`),
  );
  const dropCapSpec = block.dropCap && article.dropCap ? block.dropCap : null;
  const split = dropCapSpec && article.body[0] ? splitInitial(article.body[0]) : null;
  // The opening paragraph without its initial, for when the drop cap finds room.
  const afterInitial = split ? typesetter.prepare(split.rest, bodyStyle, 0, 'body paragraph 1') : null;
  const sourceIndex = prepared.length;
  if (block.sourceLine && article.source) {
    const sourceStyle = typesetter.style(block.sourceLine.style);
    prepared.push(typesetter.prepare(plainParagraph(block.sourceLine.format.replace('{source}', article.source)), sourceStyle, 0, 'source'));
  }

  /** Flows the whole story into the columns down to `bottomRow`, the drop cap taking the first lines. */
  const flowDownTo = (bottomRow: number) => {
    const slots = buildLineSlots({ columns: block.columns, firstRow, lastRow: bottomRow }, exclusions, grid, columns, descenderPt);
    let dropCapFrame: Frame | null = null;
    let paragraphs = prepared;
    if (dropCapSpec && split && afterInitial && slots.length >= dropCapSpec.lines) {
      const dropCap = placeDropCap(typesetter, split.initial, typesetter.style(dropCapSpec.style), bodyStyle, slots[0]!, slots[dropCapSpec.lines - 1]!, dropCapSpec.gapPt);
      dropCapFrame = dropCap.frame;
      for (const slot of slots.slice(0, dropCapSpec.lines)) {
        slot.xPt += dropCap.indentPt;
        slot.widthPt -= dropCap.indentPt;
      }
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
