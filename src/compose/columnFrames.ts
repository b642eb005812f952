import type { ColumnSpan } from '../layout-spec/resolve.js';
import { columnLeftPt, type ColumnGrid } from '../flow/columns.js';
import type { FlowedLine } from '../flow/flowStory.js';
import type { TextFrame, TextRole } from '../positioned/types.js';

/** The body's extent on the page: its columns, from the top of its first row to the ink of its last. */
export interface BodyFrameBox {
  span: ColumnSpan;
  columns: ColumnGrid;
  topPt: number;
  bottomPt: number;
}

/** The roles of a story's column text, in the order their frames are listed in each column. */
const STORY_ROLES: readonly TextRole[] = ['body', 'crosshead', 'source'];

/**
 * Gathers the flowed lines into text frames per column of the body: the body text's frame (empty columns too), then
 * the column's crossheads and its source line, each role in a frame of its own, as `roleOf` gives a paragraph's.
 */
export function columnFrames(lines: readonly FlowedLine[], box: BodyFrameBox, roleOf: (paragraphIndex: number) => TextRole): TextFrame[] {
  const frames: TextFrame[] = [];
  for (let column = box.span.first; column <= box.span.last; column++) {
    const inColumn = lines.filter((flowed) => flowed.slot.column === column);
    for (const role of STORY_ROLES) {
      const withRole = inColumn.filter(({ line }) => roleOf(line.paragraphIndex) === role);
      if (role !== 'body' && withRole.length === 0) continue;
      frames.push({
        kind: 'text',
        role,
        column,
        xPt: columnLeftPt(box.columns, column),
        yPt: box.topPt,
        widthPt: box.columns.widthPt,
        heightPt: box.bottomPt - box.topPt,
        lines: withRole.map(({ line }) => line),
      });
    }
  }
  return frames;
}
