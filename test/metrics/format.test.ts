import { describe, expect, it } from 'vitest';
import { formatQualityReport, formatQualitySummary, measureLayoutQuality, type QualityReport } from '../../src/metrics/index.js';
import { layoutOf, TWO_PAGE_STORY } from './fixtures.js';

const report = measureLayoutQuality(layoutOf(TWO_PAGE_STORY));

describe('formatQualityReport', () => {
  it('writes a row per page, the total and the targets met or missed, then names the wide lines', () => {
    expect(formatQualityReport(report)).toBe(
      [
        'quality from the layout, body 10 pt; spaces in em of the body size, between words on justified lines',
        'page    lines  justified  spaces  mean em     SD em   max em    > 0.5 em  hyphenated    run  widows  orphans',
        '1          11          9      14    0.329     0.122    0.600  1 (11.1 %)  4 (36.4 %)      3       0        1',
        '2           2          0       0        –         –        –   0 (0.0 %)   0 (0.0 %)      0       1        0',
        'total      13          9      14    0.329     0.122    0.600  1 (11.1 %)  4 (30.8 %)      3       1        1',
        'target                                     ≤ 0.08 ✗  ≤ 0.5 ✗      none ✗    < 20 % ✗  ≤ 2 ✗',
        'lines with a space above 0.5 em, widest first:',
        '  0.600 em  page 1 column 1  "left the"',
        "hyphenated: lines ending in '-', inserted or a compound's own; run: most in a row within a column",
      ].join('\n'),
    );
  });

  it('names five wide lines and counts the rest, and says when spaces could not be measured', () => {
    const worstLines = Array.from({ length: 7 }, (_, index) => ({ page: 1, column: 1, text: `line ${index}`, maxSpaceEm: 0.9 - index / 100, unavoidable: false }));
    const crowded: QualityReport = { ...report, source: 'pdf', worstLines, total: { ...report.total, unmeasuredSpaces: 12 } };
    const text = formatQualityReport(crowded);
    expect(text).toMatch(/^quality read from the PDF \(heuristic\), body 10 pt;/);
    expect(text).toContain('  0.860 em  page 1 column 1  "line 4"\n  … and 2 more');
    expect(text).not.toContain('"line 5"');
    expect(text).toContain('12 spaces could not be measured (their font gives no glyph widths) and are not counted: the space targets are not judged (?)');
    // A space figure from a sample of the spaces gets no ✓ or ✗; the others are judged as usual.
    expect(text).toContain('≤ 0.08 ?  ≤ 0.5 ?      none ?    < 20 % ✗  ≤ 2 ✗');
  });

  it('marks the wide lines no breaking could avoid, and gives the widest space without them', () => {
    const worstLines = [
      { page: 1, column: 2, text: 'Dr. Priya Venkataraman,', maxSpaceEm: 1.9, unavoidable: true },
      { page: 1, column: 1, text: 'left the', maxSpaceEm: 0.6, unavoidable: false },
    ];
    const total = { ...report.total, linesWithSpaceAbove05Em: { count: 2, share: 0.2, unavoidable: 1 }, maxAvoidableSpaceEm: 0.6 };
    const text = formatQualityReport({ ...report, worstLines, total });
    expect(text).toContain('  1.900 em  page 1 column 2  "Dr. Priya Venkataraman,"  (unavoidable)\n  0.600 em  page 1 column 1  "left the"\n');
    expect(text).toContain("unavoidable: no breaking of the paragraph keeps every space within its style's widest (1 line); max without them 0.600 em");
    expect(formatQualitySummary({ ...report, total })).toContain('2 lines above 0.5 em (1 unavoidable);');
  });
});

describe('formatQualitySummary', () => {
  it('puts the totals and the missed targets in two lines', () => {
    expect(formatQualitySummary(report)).toBe(
      [
        'quality: 13 body lines, 9 justified; spaces 0.329 ± 0.122 em, max 0.600 em, 1 line above 0.5 em; 4 hyphenated (30.8 %), longest run 3; widows 1, orphans 1',
        'quality targets missed: SD ≤ 0.08 em, max ≤ 0.5 em, no line above 0.5 em, hyphenated lines in a row ≤ 2, hyphenated lines < 20 %',
      ].join('\n'),
    );
  });

  it('says so when every target is met', () => {
    const tidy = { ...report.total, spaces: { count: 3, meanEm: 0.3, sdEm: 0.05, maxEm: 0.4 }, linesWithSpaceAbove05Em: { count: 0, share: 0, unavoidable: 0 }, maxAvoidableSpaceEm: 0.4, longestHyphenRun: 2, hyphenatedShare: 0.1 };
    expect(formatQualitySummary({ ...report, total: tidy }).split('\n')[1]).toBe('quality targets: all met');
  });
});
