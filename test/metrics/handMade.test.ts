import { describe, expect, it } from 'vitest';
import { checkQualityTargets, measureLayoutQuality, measurePdfQuality, type QualityReport } from '../../src/metrics/index.js';
import { layoutOf, pdfOf, TWO_PAGE_STORY, TWO_PAGE_STORY_SPACES_EM } from './fixtures.js';

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
const sd = (values: readonly number[]): number => Math.sqrt(mean(values.map((value) => (value - mean(values)) ** 2)));

/** Worked out by hand from the fixture's comments: the same page read from either source gives these. */
function expectStoryNumbers(report: QualityReport): void {
  expect(report.bodySizePt).toBe(10);
  const [page1, page2] = report.pages;
  expect(page1).toMatchObject({
    page: 1,
    bodyLines: 11,
    // Column 1: all but the paragraph's last line; column 2: all but the ragged 'the night.'.
    justifiedLines: 9,
    linesWithSpaceAbove05Em: { count: 1, share: 1 / 9 },
    // 'sev-', 'well-' (a compound's own hyphen counts too), 'wav-', 'net-'.
    hyphenatedLines: 4,
    longestHyphenRun: 3,
    widows: 0,
    // Column 1 ends on 'The crossing', the first line of a paragraph that goes on.
    orphans: 1,
  });
  expect(page2).toMatchObject({ page: 2, bodyLines: 2, justifiedLines: 0, spaces: { count: 0 }, hyphenatedLines: 0, widows: 1, orphans: 0 });
  const spaces = TWO_PAGE_STORY_SPACES_EM;
  expect(report.total.spaces.count).toBe(spaces.length);
  expect(report.total.spaces.meanEm).toBeCloseTo(mean(spaces), 9);
  expect(report.total.spaces.sdEm).toBeCloseTo(sd(spaces), 9);
  expect(report.total.spaces.maxEm).toBeCloseTo(0.6, 9);
  expect(report.total).toMatchObject({ bodyLines: 13, justifiedLines: 9, hyphenatedLines: 4, longestHyphenRun: 3, widows: 1, orphans: 1, unmeasuredSpaces: 0 });
  expect(report.total.hyphenatedShare).toBeCloseTo(4 / 13, 9);
  expect(report.worstLines).toEqual([{ page: 1, column: 1, text: 'left the', maxSpaceEm: expect.closeTo(0.6, 9) }]);
}

describe('measureLayoutQuality', () => {
  it('counts a hand-made two-page story exactly', () => {
    expectStoryNumbers(measureLayoutQuality(layoutOf(TWO_PAGE_STORY)));
  });

  it('reads columns in order whatever the order of frames and lines', () => {
    const document = layoutOf(TWO_PAGE_STORY);
    for (const page of document.pages) {
      page.frames.reverse();
      for (const frame of page.frames) if (frame.kind === 'text') frame.lines.reverse();
    }
    expectStoryNumbers(measureLayoutQuality(document));
  });

  it('counts a hyphen run within a column only, not across a column break', () => {
    const hyphenated = { words: ['one', 'two-'], gapsPt: [3], justified: true, hyphenated: true, paragraph: 0 };
    const document = layoutOf({
      pages: 1,
      display: [],
      columns: [
        { page: 1, column: 1, leftPt: 20, firstBaselinePt: 60, lines: [hyphenated, hyphenated] },
        { page: 1, column: 2, leftPt: 140, firstBaselinePt: 60, lines: [hyphenated, hyphenated, { words: ['end.'], gapsPt: [], endsParagraph: true, paragraph: 0 }] },
      ],
    });
    expect(measureLayoutQuality(document).total.longestHyphenRun).toBe(2);
  });

  it('counts a wide line and misses the targets with it whatever pass of the line breaker set its paragraph', () => {
    const document = layoutOf(TWO_PAGE_STORY);
    const unmarked = measureLayoutQuality(document);
    for (const page of document.pages) for (const frame of page.frames) if (frame.kind === 'text') for (const line of frame.lines) line.breakPass = 'emergency';
    const asEmergency = measureLayoutQuality(document);
    expect(asEmergency).toEqual(unmarked);
    const missed = checkQualityTargets(asEmergency.total).filter((check) => !check.met).map((check) => check.key);
    expect(missed).toEqual(expect.arrayContaining(['max', 'wideLines']));
  });

  it('gives zeros for a document without body text', () => {
    const report = measureLayoutQuality(layoutOf({ pages: 1, display: [], columns: [] }));
    expect(report.bodySizePt).toBeNull();
    expect(report.total).toMatchObject({ bodyLines: 0, justifiedLines: 0, spaces: { count: 0, meanEm: 0, sdEm: 0, maxEm: 0 }, widows: 0, orphans: 0 });
    expect(report.pages).toHaveLength(1);
  });
});

describe('measurePdfQuality', () => {
  it('finds the same numbers in the hand-made story read from PDF glyphs', () => {
    expectStoryNumbers(measurePdfQuality(pdfOf(TWO_PAGE_STORY)));
  });

  it('does not depend on where the page sits (bleed offsets)', () => {
    expectStoryNumbers(measurePdfQuality(pdfOf(TWO_PAGE_STORY, 0)));
  });

  it('takes the lines beside a drop cap as the story’s start, not as indented paragraphs', () => {
    const withoutDropCap = pdfOf({ ...TWO_PAGE_STORY, display: TWO_PAGE_STORY.display.filter((display) => display.role !== 'dropCap') });
    // Without the initial, the second line looks indented, so the first looks like a paragraph's last line.
    expect(measurePdfQuality(withoutDropCap).total.justifiedLines).toBe(8);
  });

  it('counts the space after a word whose font gives no widths as unmeasured rather than guessing it', () => {
    const pdf = pdfOf(TWO_PAGE_STORY);
    const line = pdf.pages[0]!.columns.flatMap((column) => column.lines).find((candidate) => candidate.text === 'pier at sev-')!;
    line.words[0]!.endKnown = false;
    const report = measurePdfQuality(pdf);
    expect(report.total.unmeasuredSpaces).toBe(1);
    expect(report.total.spaces.count).toBe(TWO_PAGE_STORY_SPACES_EM.length - 1);
  });

  it('gives zeros for a PDF without text', () => {
    const report = measurePdfQuality({ pageCount: 1, info: {}, pages: [{ pageNumber: 1, widthPt: 100, heightPt: 100, columns: [], images: [], captions: [], skippedGlyphs: 0 }] });
    expect(report.bodySizePt).toBeNull();
    expect(report.total.bodyLines).toBe(0);
  });
});
