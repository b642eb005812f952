import type { ColumnSpan } from '../layout-spec/resolve.js';
import { columnLeftPt, type ColumnGrid } from '../flow/columns.js';
import type { FlowedLine } from '../flow/flowStory.js';
import type { TextFrame } from '../positioned/types.js';

/** The body's extent on the page: its columns, from the top of its first row to the ink of its last. */
export interface BodyFrameBox {
  span: ColumnSpan;
  columns: ColumnGrid;
  topPt: number;
  bottomPt: number;
}

/**
 * Gathers the flowed lines into one text frame per column of the body; the source line, from paragraph
 * `sourceParagraphIndex` on, goes into a frame of its own after them.
 */
export function columnFrames(lines: readonly FlowedLine[], box: BodyFrameBox, sourceParagraphIndex: number): TextFrame[] {
  const frames: TextFrame[] = [];
  for (let column = box.span.first; column <= box.span.last; column++) {
    const columnFrame = (role: TextFrame['role'], flowed: readonly FlowedLine[]): TextFrame => ({
      kind: 'text',
      role,
      column,
      xPt: columnLeftPt(box.columns, column),
      yPt: box.topPt,
      widthPt: box.columns.widthPt,
      heightPt: box.bottomPt - box.topPt,
      lines: flowed.map(({ line }) => line),
    });
    const inColumn = lines.filter((flowed) => flowed.slot.column === column);
    frames.push(columnFrame('body', inColumn.filter(({ line }) => line.paragraphIndex < sourceParagraphIndex)));
    const sourceLines = inColumn.filter(({ line }) => line.paragraphIndex >= sourceParagraphIndex);
    if (sourceLines.length > 0) frames.push(columnFrame('source', sourceLines));
  }
  return frames;
}
