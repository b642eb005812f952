import { describe, expect, it } from 'vitest';
import { measurePdfQuality } from '../../src/metrics/index.js';
import { readPdfLayout } from '../../src/pdf-read/readPdf.js';
import { advanceWidth, baselineOf, buildPdf, NEWSREADER_REGULAR, openFont } from '../pdf-read/buildPdf.js';

const SIZE_PT = 10;
const LEFT_PT = 20;
const MEASURE_PT = 120;
const INDENT_PT = 10;
const LEADING_PT = 13;

interface Line {
  words: string[];
  justified: boolean;
  indent?: boolean;
}

/** Two paragraphs set by hand: justified lines spread their words to the measure, one of them very loosely. */
const LINES: Line[] = [
  { words: ['The', 'night', 'ferry', 'crossed', 'the'], justified: true },
  { words: ['river', 'at', 'a', 'quarter', 'past'], justified: true },
  { words: ['seven', 'with', 'two', 'hundred', 'peo-'], justified: true },
  { words: ['ple', 'on', 'board.'], justified: false },
  { words: ['A', 'band', 'played', 'on', 'the', 'quay'], justified: true, indent: true },
  { words: ['as', 'it', 'left.'], justified: false },
];
const NATURAL_SPACE_PT = 2.5;

const font = openFont(NEWSREADER_REGULAR);

/** Each line's spaces in points, as drawn. */
function spacesOf(line: Line): number[] {
  const startPt = line.indent ? INDENT_PT : 0;
  const wordsPt = line.words.reduce((sum, word) => sum + advanceWidth(font, word, SIZE_PT), 0);
  const spacePt = line.justified ? (MEASURE_PT - startPt - wordsPt) / (line.words.length - 1) : NATURAL_SPACE_PT;
  return line.words.slice(1).map(() => spacePt);
}

const pdf = buildPdf((doc) => {
  doc.registerFont('body', NEWSREADER_REGULAR);
  doc.font('body').fontSize(SIZE_PT);
  LINES.forEach((line, index) => {
    const spaces = spacesOf(line);
    let xPt = LEFT_PT + (line.indent ? INDENT_PT : 0);
    const yTopPt = 30 + index * LEADING_PT - baselineOf(font, 0, SIZE_PT);
    line.words.forEach((word, wordIndex) => {
      doc.text(word, xPt, yTopPt, { lineBreak: false });
      xPt += advanceWidth(font, word, SIZE_PT) + (spaces[wordIndex] ?? 0);
    });
  });
});

describe('measurePdfQuality on a PDF drawn with pdfkit', () => {
  it('measures the spaces it was drawn with, on the justified lines only', async () => {
    const report = measurePdfQuality(await readPdfLayout(await pdf));
    const expectedEm = LINES.filter((line) => line.justified).flatMap((line) => spacesOf(line).map((spacePt) => spacePt / SIZE_PT));
    const meanEm = expectedEm.reduce((sum, value) => sum + value, 0) / expectedEm.length;
    const sdEm = Math.sqrt(expectedEm.reduce((sum, value) => sum + (value - meanEm) ** 2, 0) / expectedEm.length);
    expect(report.bodySizePt).toBe(SIZE_PT);
    expect(report.total).toMatchObject({ bodyLines: 6, justifiedLines: 4, hyphenatedLines: 1, longestHyphenRun: 1, widows: 0, orphans: 0 });
    expect(report.total.spaces.count).toBe(expectedEm.length);
    expect(report.total.spaces.meanEm).toBeCloseTo(meanEm, 3);
    expect(report.total.spaces.sdEm).toBeCloseTo(sdEm, 3);
    expect(report.total.spaces.maxEm).toBeCloseTo(Math.max(...expectedEm), 3);
  });

  it('names the lines whose spaces are wider than 0.5 em', async () => {
    const report = measurePdfQuality(await readPdfLayout(await pdf));
    const wide = LINES.filter((line) => line.justified && spacesOf(line)[0]! / SIZE_PT > 0.5).map((line) => line.words.join(' '));
    expect(wide.length).toBeGreaterThan(0);
    expect(report.worstLines.map((line) => line.text).sort()).toEqual(wide.sort());
  });
});
