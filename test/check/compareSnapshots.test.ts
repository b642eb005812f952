import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/check/compareSnapshots.js';
import type { Snapshot, SnapshotLine, SnapshotPage } from '../../src/snapshot/types.js';

/** A body line on a 12 pt grid in a column starting at `xPt`. */
function line(text: string, row: number, xPt = 30): SnapshotLine {
  return { baselinePt: 100 + 12 * row, xStartPt: xPt, xEndPt: xPt + 150, sizePt: 10, fonts: ['Body'], text };
}

function page(columns: string[][], images: SnapshotPage['images'] = []): SnapshotPage {
  return {
    widthPt: 420,
    heightPt: 600,
    images,
    columns: columns.map((texts, index) => ({ xPt: 30 + 200 * index, rightPt: 180 + 200 * index, lines: texts.map((text, row) => line(text, row, 30 + 200 * index)) })),
  };
}

const words = Array.from({ length: 10 }, (_, index) => `line number ${index + 1} of the story`);
const photo = { xPt: 30, yPt: 20, widthPt: 350, heightPt: 60 };

describe('compareSnapshots', () => {
  it('reports a line pushed onto the next page as reflowed, once', () => {
    const golden: Snapshot = { pages: [page([words.slice(0, 5), words.slice(5, 10)])] };
    const current: Snapshot = { pages: [page([['a new first line', ...words.slice(0, 4)], words.slice(4, 9)]), page([[words[9]!]])] };
    const messages = compareSnapshots(golden, current).differences.map((difference) => difference.message);
    expect(messages).toEqual([
      'page count changed: 1 → 2',
      'page 1, column 1: line added: “a new first line”',
      'page 1, column 1: 4 lines (“line number 1 of the story” … “line number 4 of the story”) moved down 12.00 pt',
      'page 1: 1 line reflowed from column 1 to column 2: “line number 5 of the story”',
      'page 1, column 2: 4 lines (“line number 6 of the story” … “line number 9 of the story”) moved down 12.00 pt',
      '1 line reflowed from page 1, column 2 to page 2, column 1: “line number 10 of the story”',
    ]);
  });

  it('reports lines missing, and images added, missing or resized', () => {
    const golden: Snapshot = { pages: [page([words.slice(0, 6)], [photo])] };
    const current: Snapshot = { pages: [page([[...words.slice(0, 2), ...words.slice(5, 6)]], [{ ...photo, heightPt: 70 }, { xPt: 30, yPt: 400, widthPt: 100, heightPt: 100 }])] };
    const report = compareSnapshots(golden, current);
    expect(report.ok).toBe(false);
    expect(report.differences.map((difference) => difference.message)).toEqual([
      'page 1: image 1 (350.00 × 60.00 pt at x 30.00, y 20.00) resized to 350.00 × 70.00 pt',
      'page 1: image added (100.00 × 100.00 pt at x 30.00, y 400.00)',
      'page 1, column 1: 3 lines missing, “line number 3 of the story” … “line number 5 of the story”',
      'page 1, column 1: line “line number 6 of the story” moved up 36.00 pt',
    ]);
    expect(compareSnapshots(current, golden).differences.map((difference) => difference.kind)).toContain('image-missing');
  });
});
