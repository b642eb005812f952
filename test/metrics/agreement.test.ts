import { describe, expect, it } from 'vitest';
import { measureLayoutLines } from '../../src/metrics/fromLayout.js';
import { measurePdfLines } from '../../src/metrics/fromPdf.js';
import { summariseLines, type MeasuredDocument } from '../../src/metrics/summarise.js';
import type { QualityNumbers } from '../../src/metrics/types.js';
import { readPdfLayout } from '../../src/pdf-read/readPdf.js';
import { renderShared } from '../sharedRenders.js';

const SPACE_TOLERANCE_EM = 0.005;

const PAGES = [
  { name: 'the seed page', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/shanghai-daily.json' },
  { name: 'the four-column ferry story', article: 'test/fixtures/articles/river-ferry.md', layout: 'test/fixtures/layouts/four-column.json' },
  { name: 'the long feature in the default layout’s columns', article: 'test/fixtures/articles/long-feature.md', layout: 'test/fixtures/layouts/long-feature.json' },
];

/** What each line was taken to be, without the spaces (compared separately, within a tolerance). */
function lineKinds(measured: MeasuredDocument): string[] {
  return measured.lines.map((line) => {
    const flags = [line.startsParagraph && 'start', line.endsParagraph && 'end', line.justified && 'J', line.hyphenated && 'hyphen'];
    return `p${line.page} | ${line.text} | ${flags.filter(Boolean).join(' ')}`;
  });
}

/** The counts both sources must find exactly; spaces are compared within SPACE_TOLERANCE_EM. */
const COUNTS = ['bodyLines', 'justifiedLines', 'hyphenatedLines', 'longestHyphenRun', 'widows', 'orphans', 'unmeasuredSpaces'] as const;
const SPACE_STATS = ['meanEm', 'sdEm', 'maxEm'] as const;

function expectSameNumbers(fromPdf: QualityNumbers, fromLayout: QualityNumbers): void {
  for (const key of COUNTS) expect({ [key]: fromPdf[key] }).toEqual({ [key]: fromLayout[key] });
  expect(fromPdf.spaces.count).toBe(fromLayout.spaces.count);
  for (const key of SPACE_STATS) expect(Math.abs(fromPdf.spaces[key] - fromLayout.spaces[key])).toBeLessThanOrEqual(SPACE_TOLERANCE_EM);
}

describe.each(PAGES)('the layout and its PDF agree on $name', ({ article, layout }) => {
  const measured = renderShared(article, layout).then(async (result) => ({
    layout: measureLayoutLines(result.document),
    pdf: measurePdfLines(await readPdfLayout(result.pdf)),
  }));

  it('line by line: text, paragraph starts and ends, justified, hyphenated', async () => {
    const { layout: fromLayout, pdf: fromPdf } = await measured;
    expect(fromLayout.lines.length).toBeGreaterThan(40);
    expect(lineKinds(fromPdf)).toEqual(lineKinds(fromLayout));
    fromLayout.lines.forEach((line, index) => {
      const pdfSpaces = fromPdf.lines[index]!.spacesPt;
      expect(pdfSpaces).toHaveLength(line.spacesPt.length);
      pdfSpaces.forEach((spacePt, space) => expect(Math.abs(spacePt - line.spacesPt[space]!)).toBeLessThan(0.01));
    });
  });

  it('on every number of the report, spaces within 0.005 em', async () => {
    const { layout: fromLayout, pdf: fromPdf } = await measured;
    const layoutReport = summariseLines(fromLayout);
    const pdfReport = summariseLines(fromPdf);
    expect(pdfReport.bodySizePt).toBe(layoutReport.bodySizePt);
    expect(pdfReport.pages.length).toBe(layoutReport.pages.length);
    pdfReport.pages.forEach((page, index) => expectSameNumbers(page, layoutReport.pages[index]!));
    expectSameNumbers(pdfReport.total, layoutReport.total);
    expect(pdfReport.worstLines.map((line) => line.text)).toEqual(layoutReport.worstLines.map((line) => line.text));
  });
});
