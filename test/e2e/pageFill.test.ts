import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/render/renderArticle.js';
import type { Frame, ImageFrame, TextFrame } from '../../src/positioned/types.js';

const STEP_PT = 11.5;
/** The default layout's bottom margin (12 mm), space between a float and the text (3 mm), the body's descender. */
const BOTTOM_MARGIN_PT = (12 * 72) / 25.4;
const FLOAT_SPACE_PT = (3 * 72) / 25.4;
const COLUMN_TEXT = new Set(['body', 'crosshead', 'source']);

/**
 * Rows of text each body column could still take below its last line, before what is below it: the top of a float
 * in the column (less its space), or the page's bottom margin. Read from the composed frames, as a make-up editor
 * reads the page.
 */
function emptyRowsByColumn(frames: readonly Frame[], pageHeightPt: number): number[] {
  const columns = frames.filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === 'body');
  const images = frames.filter((frame): frame is ImageFrame => frame.kind === 'image');
  return columns.map((column) => {
    const baselines = frames
      .filter((frame): frame is TextFrame => frame.kind === 'text' && COLUMN_TEXT.has(frame.role) && frame.column === column.column)
      .flatMap((frame) => frame.lines.map((line) => line.baselinePt));
    const lastBaselinePt = Math.max(...baselines);
    const below = images
      .filter((image) => image.xPt < column.xPt + column.widthPt && image.xPt + image.widthPt > column.xPt && image.yPt > lastBaselinePt)
      .map((image) => image.yPt - FLOAT_SPACE_PT);
    const limitPt = Math.min(pageHeightPt - BOTTOM_MARGIN_PT, ...below);
    // A row more fits when its baseline (and a descender's 2.5 pt) stays above the limit.
    return Math.floor((limitPt - 2.5 - lastBaselinePt) / STEP_PT);
  });
}

describe('a page that runs to its foot is filled', () => {
  // The one-photo page is left out: its one photo a row smaller frees a row in all five columns for a line of text.
  it.each(['three-photos', 'two-photos'])('no column of the %s page ends more than one row above what is below it', async (name) => {
    const result = await renderArticle(`test/fixtures/articles/generated/${name}.md`, 'layouts/default.json');
    const page = result.document.pages[0]!;
    expect(result.document.overset).toBeNull();
    const empty = emptyRowsByColumn(page.frames, page.heightPt);
    expect(empty.every((rows) => rows <= 1), `empty rows by column: ${empty.join(', ')}`).toBe(true);
    expect(result.document.copyfit.compositions).toBeLessThanOrEqual(20);
  });
});
