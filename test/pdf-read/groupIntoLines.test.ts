import { describe, expect, it } from 'vitest';
import { groupIntoLines } from '../../src/pdf-read/groupIntoLines.js';
import { readPdfLayout } from '../../src/pdf-read/readPdf.js';
import { buildPdf } from './buildPdf.js';
import { wordsOn } from './pageText.js';

const at = (text: string, xPt: number, baselinePt: number) => ({ text, xPt, baselinePt });
const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((item) => item.text));

describe('groupIntoLines', () => {
  it('puts items on one baseline in one row, rows top to bottom, each left to right', () => {
    const rows = groupIntoLines([at('c', 90, 20), at('d', 10, 40), at('a', 10, 20.3), at('b', 50, 19.9)]);
    expect(texts(rows)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('measures the tolerance from the row’s first item, so a slow drift starts a new row', () => {
    const drifting = [at('a', 0, 10), at('b', 10, 10.4), at('c', 20, 10.8), at('d', 30, 11.2)];
    expect(texts(groupIntoLines(drifting))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(texts(groupIntoLines(drifting, 0.1))).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('does not reorder the caller’s array and handles no items', () => {
    const items = [at('b', 5, 30), at('a', 5, 10)];
    groupIntoLines(items);
    expect(items.map((item) => item.text)).toEqual(['b', 'a']);
    expect(groupIntoLines([])).toEqual([]);
  });

  it('rebuilds the lines of a page read back from a PDF', async () => {
    const layout = await readPdfLayout(
      await buildPdf((doc) => {
        doc.fontSize(10);
        doc.text('world', 60, 20, { lineBreak: false });
        doc.text('second', 10, 40, { lineBreak: false });
        doc.text('hello', 10, 20, { lineBreak: false });
      }),
    );
    expect(texts(groupIntoLines(wordsOn(layout.pages[0]!)))).toEqual([['hello', 'world'], ['second']]);
  });
});
