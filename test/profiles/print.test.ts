import { describe, expect, it } from 'vitest';
import { preflightPdf } from '../../src/preflight/preflight.js';
import { readPdfFacts } from '../../src/preflight/readFacts.js';
import { xmpValue } from '../../src/preflight/rules.js';
import { PROFILED_PAGES, renderProfiled } from './profiledPages.js';

const MM = 72 / 25.4;

describe.each(PROFILED_PAGES)('print profile: $name', (page) => {
  it('passes the print preflight (a photo under 300 ppi only warns)', async () => {
    const report = await preflightPdf((await renderProfiled(page, 'print')).pdf, { profile: 'print' });
    expect(report.rules.filter((rule) => rule.status === 'fail')).toEqual([]);
    expect(report.claims).toEqual(['PDF/X-4']);
  });

  it('has the trim as the page, the bleed around it and room for the crop marks, which lie outside the bleed', async () => {
    const result = await renderProfiled(page, 'print');
    const facts = await readPdfFacts(result.pdf);
    const [{ trimBox, bleedBox, mediaBox, content }] = facts.pages as [(typeof facts.pages)[number]];
    const { widthPt, heightPt, bleedPt } = result.document.pages[0]!;
    expect(bleedPt).toBeGreaterThan(2 * MM);
    expect(trimBox![2] - trimBox![0]).toBeCloseTo(widthPt, 2);
    expect(trimBox![3] - trimBox![1]).toBeCloseTo(heightPt, 2);
    expect(bleedBox).toEqual(trimBox!.map((edge, index) => edge + (index < 2 ? -bleedPt : bleedPt)).map((edge) => expect.closeTo(edge, 3)));
    expect(mediaBox[0]).toBe(0);
    const strokes = content.paths.filter((path) => path.stroke).flatMap((path) => path.segments);
    expect(strokes).toHaveLength(8);
    for (const [from, to] of strokes) {
      // Each mark lies on a trim line and wholly outside the bleed, inside the sheet.
      const onTrimLine = [trimBox![0], trimBox![2]].some((x) => Math.abs(from[0] - x) < 0.01 && Math.abs(to[0] - x) < 0.01) || [trimBox![1], trimBox![3]].some((y) => Math.abs(from[1] - y) < 0.01 && Math.abs(to[1] - y) < 0.01);
      expect(onTrimLine).toBe(true);
      for (const [x, y] of [from, to]) {
        const inBleed = x > bleedBox![0] && x < bleedBox![2] && y > bleedBox![1] && y < bleedBox![3];
        expect(inBleed).toBe(false);
        expect(x >= mediaBox[0] && x <= mediaBox[2] && y >= mediaBox[1] && y <= mediaBox[3]).toBe(true);
      }
    }
  });

  it('separates the photos into CMYK at their placed size, within the ink limit, and prints text in 100 % K', async () => {
    const result = await renderProfiled(page, 'print');
    const report = await preflightPdf(result.pdf, { profile: 'print' });
    expect(report.images.length).toBe(result.document.pages[0]!.frames.filter((frame) => frame.kind === 'image').length);
    for (const image of report.images) {
      expect(image.colourSpace).toBe('DeviceCMYK');
      expect(image.totalInkPct).toBeLessThanOrEqual(242);
      expect(image.effectivePpi).toBeGreaterThan(250);
    }
    const facts = await readPdfFacts(result.pdf);
    const fills = new Set(facts.pages[0]!.content.texts.map((text) => `${text.fill.space} ${text.fill.values.join(' ')}`));
    expect([...fills]).toEqual(['DeviceCMYK 0 0 0 1']);
    // A photo below 300 ppi is named with its figure, in the render's warnings and the preflight alike.
    const low = report.images.filter((image) => image.effectivePpi < 300);
    expect(result.warnings.filter((warning) => warning.message.includes('the print profile wants 300')).length).toBe(low.length);
  });

  it('records the headline, byline and date in Info and XMP, with PDF/X identification and trapping', async () => {
    const result = await renderProfiled(page, 'print');
    const facts = await readPdfFacts(result.pdf);
    expect(facts.info.get('Title')).toBe(result.article.headline);
    expect(xmpValue(facts.xmp, 'dc:title')).toBe(result.article.headline);
    expect(xmpValue(facts.xmp, 'dc:creator')).toBe(result.article.byline);
    expect(facts.info.get('GTS_PDFXVersion')).toBe('PDF/X-4');
    expect(facts.info.get('Trapped')).toBe('/False');
    expect(xmpValue(facts.xmp, 'xmp:CreateDate')).toBe('2000-01-01T00:00:00Z');
  });
});
