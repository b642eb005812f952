import { describe, expect, it } from 'vitest';
import { formatColumnEnds, reportColumnEnds } from '../../src/report/columnEnds.js';
import { documentOf, lineOf, textFrame } from './fixtures.js';

// Two body columns and a source line under column 2; frames of other roles are not columns.
const document = documentOf(
  textFrame('headline', 0, [lineOf('Big news today', 10)]),
  textFrame('body', 1, [lineOf('the ferry left', 100), lineOf('the pier at Giga-', 112, { hyphenated: true })]),
  textFrame('body', 2, [lineOf('factory today.', 100), lineOf('“It was fine,” she said.', 112)]),
  textFrame('source', 2, [lineOf('(Agencies)', 124)]),
  textFrame('caption', 0, [lineOf('A caption at the bottom', 700)]),
);

describe('reportColumnEnds', () => {
  it('gives each body column’s lowest line and last word, the source line included', () => {
    expect(reportColumnEnds(document, undefined)).toEqual([
      { column: 1, lastLine: 'the pier at Giga-', lastWord: 'Giga-', originalLastWord: null, matches: null },
      { column: 2, lastLine: '(Agencies)', lastWord: '(Agencies)', originalLastWord: null, matches: null },
    ]);
  });

  it('compares with the original’s column ends, in column order', () => {
    const ends = reportColumnEnds(document, ['pier at Giga-', 'as reported by (Xinhua)']);
    expect(ends.map((end) => [end.originalLastWord, end.matches])).toEqual([
      ['Giga-', true],
      ['(Xinhua)', false],
    ]);
  });

  it('folds typographic quotes, so a curled line matches the original’s typewriter quotes', () => {
    const quoted = documentOf(textFrame('body', 1, [lineOf('she said, “Fine.”', 100)]));
    expect(reportColumnEnds(quoted, ['she said, "Fine."'])[0]).toMatchObject({ lastWord: '"Fine."', matches: true });
  });

  it('takes the lowest line, whatever the order of the lines in the frame', () => {
    const shuffled = documentOf(textFrame('body', 1, [lineOf('lowest line', 200), lineOf('upper line', 100)]));
    expect(reportColumnEnds(shuffled, undefined)[0]!.lastWord).toBe('line');
    expect(reportColumnEnds(shuffled, undefined)[0]!.lastLine).toBe('lowest line');
  });

  it('reports an empty column with an empty last word', () => {
    const empty = documentOf(textFrame('body', 1, [lineOf('text', 100)]), textFrame('body', 2, []));
    expect(reportColumnEnds(empty, ['text', 'more'])[1]).toEqual({ column: 2, lastLine: '', lastWord: '', originalLastWord: 'more', matches: false });
  });

  it('gives nothing for a document without pages', () => {
    expect(reportColumnEnds({ ...document, pages: [] }, ['x'])).toEqual([]);
  });
});

describe('formatColumnEnds', () => {
  it('writes one row per column and a summary when there is an original to compare with', () => {
    const text = formatColumnEnds(reportColumnEnds(document, ['pier at Giga-', 'as reported by (Xinhua)']));
    expect(text).toBe(
      [
        '  column 1: ends on "Giga-"  ✓ matches the original',
        '  column 2: ends on "(Agencies)"  ✗ original ends on "(Xinhua)"',
        'column ends matching the original: 1 of 2',
      ].join('\n'),
    );
  });

  it('writes no verdict and no summary without an original', () => {
    expect(formatColumnEnds(reportColumnEnds(document, undefined))).toBe('  column 1: ends on "Giga-"\n  column 2: ends on "(Agencies)"');
  });
});
