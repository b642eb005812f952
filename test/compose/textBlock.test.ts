import { describe, expect, it } from 'vitest';
import { plainParagraph } from '../../src/article/spans.js';
import { setTextBlock } from '../../src/compose/textBlock.js';
import { lineText } from '../../src/positioned/lineText.js';
import { resolveTestLayout } from '../layout-spec/minimalLayout.js';
import { pageLayoutJson, typesetterFor } from './fixtures.js';

const HEADLINE = 'River ferry returns with a longer timetable and a new pier';

/** The headline set across `widthPt` at 24/26 pt, its lines balanced or not, centred or flush left. */
function headlineLines(widthPt: number, balanceRagged: boolean, align: 'left' | 'center' = 'left') {
  const json = pageLayoutJson([{ type: 'body' }]);
  json.styles!.headline = { font: 'Libre Franklin', bold: true, sizePt: 24, leadingPt: 26, align, balanceRagged };
  const typesetter = typesetterFor(resolveTestLayout(json, 'layouts/test.json'));
  const set = setTextBlock(typesetter, plainParagraph(HEADLINE), typesetter.style('headline'), { xPt: 72, widthPt, topPt: 72 }, 'headline', 'headline');
  const widths = set.frame.lines.map((line) => {
    const last = line.runs.at(-1)!;
    return last.xPt + last.widthPt - line.runs[0]!.xPt;
  });
  return { texts: set.frame.lines.map(lineText), widths, lines: set.frame.lines };
}

describe('balanced ragged lines', () => {
  it('sets the lines as evenly as the same line count allows, not a long line over two words', () => {
    const ragged = headlineLines(620, false);
    const balanced = headlineLines(620, true);
    expect(balanced.texts).toHaveLength(ragged.texts.length);
    expect(ragged.texts.at(-1)!.split(' ').length).toBeLessThanOrEqual(3);
    const spread = (widths: number[]) => Math.max(...widths) - Math.min(...widths);
    expect(spread(balanced.widths)).toBeLessThan(spread(ragged.widths) / 2);
    expect(balanced.texts.join(' ')).toBe(HEADLINE);
  });

  it('keeps one line whole and centres balanced lines in the full box', () => {
    expect(headlineLines(2000, true).texts).toEqual([HEADLINE]);
    const centred = headlineLines(620, true, 'center');
    for (const [index, line] of centred.lines.entries()) {
      const left = line.runs[0]!.xPt;
      expect(left - 72).toBeCloseTo(72 + 620 - (left + centred.widths[index]!), 0);
    }
  });
});
