import { describe, expect, it } from 'vitest';
import { formatQualityReport, formatQualitySummary, formatWideLineCauses, measureLayoutQuality, type QualityReport, type WideLineCause } from '../../src/metrics/index.js';
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
    const worstLines = Array.from({ length: 7 }, (_, index) => ({ page: 1, column: 1, text: `line ${index}`, maxSpaceEm: 0.9 - index / 100 }));
    const crowded: QualityReport = { ...report, source: 'pdf', worstLines, total: { ...report.total, unmeasuredSpaces: 12 } };
    const text = formatQualityReport(crowded);
    expect(text).toMatch(/^quality read from the PDF \(heuristic\), body 10 pt;/);
    expect(text).toContain('  0.860 em  page 1 column 1  "line 4"\n  … and 2 more');
    expect(text).not.toContain('"line 5"');
    expect(text).toContain('12 spaces could not be measured (their font gives no glyph widths) and are not counted: the space targets are not judged (?)');
    // A space figure from a sample of the spaces gets no ✓ or ✗; the others are judged as usual.
    expect(text).toContain('≤ 0.08 ?  ≤ 0.5 ?      none ?    < 20 % ✗  ≤ 2 ✗');
  });

});

describe('formatWideLineCauses', () => {
  const cause = (verdict: WideLineCause['verdict'], rules: WideLineCause['rules'] = []): WideLineCause => ({ page: 1, column: 1, text: 'a line', maxSpaceEm: 0.7, verdict, rules });
  const withCauses = (causes: WideLineCause[]): QualityReport => ({ ...report, wideLineCauses: causes });

  it('says nothing when the causes were not analysed or no line is wide', () => {
    expect(formatWideLineCauses(report)).toBeNull();
    expect(formatWideLineCauses(withCauses([]))).toBeNull();
  });

  it('names the one rule that forbade the breakings, then the lines no breaking helps', () => {
    const causes = [...Array.from({ length: 19 }, () => cause('styleForbids', ['capitalized'])), ...Array.from({ length: 8 }, () => cause('noBreaking'))];
    expect(formatWideLineCauses(withCauses(causes))).toBe(
      'why: 27 lines above 0.5 em: 19 would need a hyphenated name, which this style forbids; 8 have no breaking within 0.5 em at this measure',
    );
  });

  it('counts a line that several rules would mend once, under the first of them, larger groups first', () => {
    const causes = [
      cause('styleForbids', ['minima']),
      cause('styleForbids', ['capitalized', 'acrossColumns']),
      cause('styleForbids', ['minima', 'maxConsecutive']),
      cause('severalRules'),
      cause('noBreaking'),
      cause('notAnalysed'),
    ];
    expect(formatWideLineCauses(withCauses(causes))).toBe(
      'why: 6 lines above 0.5 em: 3 would need what this style forbids: a hyphen closer to the end of a word (2), a hyphenated name (1); ' +
        "1 would need several of this style's rules relaxed at once; 1 has no breaking within 0.5 em at this measure; " +
        "1 not analysed (breaking the paragraph again did not give the layout's lines)",
    );
  });

  it('ends the report and the summary', () => {
    const analysed = withCauses([cause('noBreaking')]);
    const line = 'why: 1 line above 0.5 em: 1 has no breaking within 0.5 em at this measure';
    expect(formatQualityReport(analysed).split('\n')).toContain(line);
    expect(formatQualitySummary(analysed).split('\n')).toEqual([expect.stringMatching(/^quality: /), expect.stringMatching(/^quality targets missed: /), line]);
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
    const tidy = { ...report.total, spaces: { count: 3, meanEm: 0.3, sdEm: 0.05, maxEm: 0.4 }, linesWithSpaceAbove05Em: { count: 0, share: 0 }, longestHyphenRun: 2, hyphenatedShare: 0.1 };
    expect(formatQualitySummary({ ...report, total: tidy }).split('\n')[1]).toBe('quality targets: all met');
  });
});
