import { describe, expect, it } from 'vitest';
import { columnFrames } from '../../src/compose/columnFrames.js';
import type { FlowedLine } from '../../src/flow/flowStory.js';
import type { PositionedLine } from '../../src/positioned/types.js';

const columns = { leftPt: 72, count: 3, widthPt: 100, gutterPt: 10 };

/** A line of paragraph `paragraphIndex` in `column`, row `row`; only where it sits matters here. */
function flowed(column: number, row: number, paragraphIndex: number): FlowedLine {
  const xPt = 72 + (column - 1) * 110;
  const baselinePt = 80 + 12 * row;
  const line: PositionedLine = {
    baselinePt,
    xPt,
    widthPt: 100,
    runs: [],
    justified: true,
    hangLeftPt: 0,
    hangRightPt: 0,
    hyphenated: false,
    endsParagraph: false,
    paragraphIndex,
    adjustmentRatio: 0,
  };
  return { slot: { column, row, xPt, widthPt: 100, baselinePt, lastInColumn: false }, line };
}

describe('columnFrames', () => {
  const box = { span: { first: 2, last: 3 }, columns, topPt: 72, bottomPt: 300 };

  it('gives each of the body’s columns a frame of the body’s depth with its lines, empty columns too', () => {
    const lines = [flowed(2, 0, 0), flowed(2, 1, 1)];
    expect(columnFrames(lines, box, () => 'body')).toEqual([
      { kind: 'text', role: 'body', column: 2, xPt: 182, yPt: 72, widthPt: 100, heightPt: 228, lines: lines.map(({ line }) => line) },
      { kind: 'text', role: 'body', column: 3, xPt: 292, yPt: 72, widthPt: 100, heightPt: 228, lines: [] },
    ]);
  });

  it('puts crossheads and the source line in frames of their own after their column’s body frame', () => {
    const lines = [flowed(2, 0, 0), flowed(2, 2, 1), flowed(2, 3, 2), flowed(3, 0, 2), flowed(3, 1, 3)];
    const roles = ['body', 'crosshead', 'body', 'source'] as const;
    const frames = columnFrames(lines, box, (paragraphIndex) => roles[paragraphIndex]!);
    expect(frames.map((frame) => [frame.role, frame.column, frame.lines.map((line) => line.paragraphIndex)])).toEqual([
      ['body', 2, [0, 2]],
      ['crosshead', 2, [1]],
      ['body', 3, [2]],
      ['source', 3, [3]],
    ]);
  });
});
