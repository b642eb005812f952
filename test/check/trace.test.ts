import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { formatTrace, TRACE_HEADER } from '../../src/snapshot/formatTrace.js';
import { parseTrace } from '../../src/snapshot/parseTrace.js';
import type { Snapshot } from '../../src/snapshot/types.js';

const snapshot: Snapshot = {
  pages: [
    {
      widthPt: 400,
      heightPt: 300.5,
      images: [{ xPt: 30, yPt: 20.25, widthPt: 340, heightPt: 100 }],
      columns: [
        {
          xPt: 30,
          rightPt: 190.12,
          lines: [
            { baselinePt: 40, xStartPt: 30, xEndPt: 370, sizePt: 24, fonts: ['Head-Bold'], text: 'A headline | with a bar' },
            { baselinePt: 147.5, xStartPt: 30, xEndPt: 190.12, sizePt: 10, fonts: ['Body-Regular', 'Body-Italic'], text: 'first line' },
            { baselinePt: 159.5, xStartPt: -1.5, xEndPt: 190.12, sizePt: 10, fonts: ['?'], text: 'second line' },
          ],
        },
        { xPt: 220, rightPt: null, lines: [{ baselinePt: 147.5, xStartPt: 220, xEndPt: 300.01, sizePt: 10, fonts: ['Body-Regular'], text: 'right' }] },
      ],
    },
    { widthPt: 400, heightPt: 300.5, images: [], columns: [] },
  ],
};

function parseError(text: string): InputError {
  try {
    parseTrace(text, 'x.trace');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('parsed without error');
}

describe('trace format', () => {
  it('writes the header, pages, images, columns and aligned line rows, frames apart', () => {
    expect(formatTrace(snapshot).split('\n')).toEqual([
      TRACE_HEADER,
      expect.stringMatching(/^# /u),
      'page 1 size 400.00 x 300.50',
      '  image x 30.00 y 20.25 w 340.00 h 100.00',
      '  column 1 x 30.00 right 190.12',
      '     40.00   30.00  370.00  24.00 Head-Bold | A headline | with a bar',
      '',
      '    147.50   30.00  190.12  10.00 Body-Regular,Body-Italic | first line',
      '    159.50   -1.50  190.12  10.00 ? | second line',
      '  column 2 x 220.00 right -',
      '    147.50  220.00  300.01  10.00 Body-Regular | right',
      'page 2 size 400.00 x 300.50',
      '',
    ]);
  });

  it('reads back exactly what it wrote', () => {
    expect(parseTrace(formatTrace(snapshot), 'x.trace')).toEqual(snapshot);
  });

  it('names the line of a row out of place or not understood', () => {
    expect(parseError(`${TRACE_HEADER}\npage 2 size 1.00 x 1.00\n`).message).toBe('x.trace: line 2: expected page 1, found page 2');
    expect(parseError(`${TRACE_HEADER}\n    1.00 2.00 3.00 4.00 F | text\n`).message).toBe('x.trace: line 2: a line row before any column row');
    expect(parseError(`${TRACE_HEADER}\npage 1 size 1.00 x 1.00\n  colum 1 x 1.00 right -\n`).message).toBe(
      'x.trace: line 3: not a row of a broadsheet trace: "  colum 1 x 1.00 right -"',
    );
  });

  it('refuses other files and other versions in one line', () => {
    expect(parseError('hello\n').message).toBe(`x.trace: not a PDF or a broadsheet trace (the first line should be "${TRACE_HEADER}")`);
    expect(parseError('broadsheet-trace 2 precision 0.1pt\n').message).toBe(
      `x.trace: line 1: trace format "broadsheet-trace 2 precision 0.1pt" is not supported (expected "${TRACE_HEADER}")`,
    );
  });
});
