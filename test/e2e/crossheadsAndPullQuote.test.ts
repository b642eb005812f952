import { beforeAll, describe, expect, it } from 'vitest';
import { renderArticle, type RenderResult } from '../../src/render/renderArticle.js';
import { readPdfText } from '../../src/pdf-read/readPdf.js';
import type { TextFrame } from '../../src/positioned/types.js';
import { lineText } from '../../src/positioned/lineText.js';

/** An article with two crossheads and a pull quote, through the default layout (its optional pull-quote slot). */
describe('crossheads and a pull quote in the default layout', () => {
  let result: RenderResult;
  let pageText: string;

  beforeAll(async () => {
    result = await renderArticle('test/fixtures/articles/ferry-sections.md', 'layouts/default.json');
    [pageText = ''] = await readPdfText(result.pdf);
  });

  const framesOf = (role: TextFrame['role']): TextFrame[] =>
    result.document.pages[0]!.frames.filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === role);

  it('prints both crossheads, the quote and its attribution, with no warnings and nothing overset', () => {
    const text = pageText.replace(/\s+/gu, ' ');
    expect(text).toContain('A boat built for bicycles');
    expect(text).toContain('Not everyone is convinced');
    expect(text).toContain('“We kept the timetable on the kitchen wall the whole time.”');
    expect(text).toContain('— A retired dock worker');
    expect(result.document.warnings).toEqual([]);
    expect(result.document.overset).toBeNull();
  });

  it('sets each crosshead in the crosshead style, above two lines or more of its text in the same column', () => {
    const crossheads = framesOf('crosshead');
    expect(crossheads.flatMap((frame) => frame.lines.map(lineText))).toEqual(['A boat built for bicycles', 'Not everyone is convinced']);
    for (const frame of crossheads) {
      expect(frame.lines[0]!.runs[0]!.fontId).toBe('Libre Franklin/bold');
      const below = framesOf('body')
        .filter((body) => body.column === frame.column)
        .flatMap((body) => body.lines)
        .filter((line) => line.baselinePt > frame.lines.at(-1)!.baselinePt);
      expect(below.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('sets the pull quote across columns 4 and 5, with no body line inside it', () => {
    const [quote, attribution] = framesOf('pullQuote');
    const columns = result.document.pages[0]!.frames.filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === 'body');
    const column4 = columns.find((frame) => frame.column === 4)!;
    const column5 = columns.find((frame) => frame.column === 5)!;
    expect(quote!.xPt).toBeCloseTo(column4.xPt, 6);
    expect(quote!.xPt + quote!.widthPt).toBeCloseTo(column5.xPt + column5.widthPt, 6);
    const bottomPt = attribution!.yPt + attribution!.heightPt;
    const inside = [column4, column5].flatMap((frame) => frame.lines).filter((line) => line.baselinePt > quote!.yPt && line.baselinePt < bottomPt + 9.5);
    expect(inside.map(lineText)).toEqual([]);
  });

  it('ends the balanced columns within a line of each other', () => {
    const columnText = [...framesOf('body'), ...framesOf('crosshead'), ...framesOf('source')];
    const lastBaselines = framesOf('body').map((column) =>
      Math.max(...columnText.filter((frame) => frame.column === column.column).flatMap((frame) => frame.lines.map((line) => line.baselinePt))),
    );
    expect(Math.max(...lastBaselines) - Math.min(...lastBaselines)).toBeLessThanOrEqual(11.5 + 0.01);
  });
});
