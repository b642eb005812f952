import { describe, expect, it } from 'vitest';
import { plainParagraph } from '../../src/article/spans.js';
import { flowParagraphs } from '../../src/flow/flowStory.js';
import type { ColumnSlot } from '../../src/flow/slots.js';
import { sortedByX, wordGapsPt } from '../../src/metrics/spans.js';
import { resolvePage, typesetterFor } from './fixtures.js';


describe('Typesetter.breakSettings: the widest space', () => {
  const typesetter = typesetterFor(resolvePage([{ type: 'body' }]));
  const body = typesetter.style('body');
  // Two short words, then one that can never join them (digits: never hyphenated), so line 1 is "mmmm mmmm" and
  // its one space takes whatever the measure leaves.
  const paragraph = typesetter.shape(plainParagraph('mmmm mmmm 12345678901'), body, 0, 'test');
  const face = typesetter.fonts.face(body.faces.regular);
  const naturalPt = 2 * face.widthPt('mmmm', body.sizePt) + face.widthPt(' ', body.sizePt);
  const limitPt = body.wordSpace.maxEm * body.sizePt;

  const setAt = (widthPt: number) => {
    const slots: ColumnSlot[] = [0, 1].map((row) => ({ column: 1, row, xPt: 0, widthPt, baselinePt: row * 12, lastInColumn: false }));
    const [first] = flowParagraphs([paragraph], slots, typesetter.fonts, () => typesetter.breakSettings(body)).lines;
    return { gapPt: Math.max(...wordGapsPt(sortedByX(first!.line.runs))), pass: first!.line.breakPass };
  };

  it('sets a paragraph in the regular passes exactly when it can keep every space within wordSpace.maxEm', () => {
    const results = Array.from({ length: 60 }, (_, step) => setAt(naturalPt + step * 0.2));
    for (const { gapPt, pass } of results) {
      if (pass === 'first' || pass === 'second') expect(gapPt).toBeLessThanOrEqual(limitPt + 1e-6);
      // Emergency stretch is used only when no breaking could stay within the limit (within the sweep's step).
      else expect(gapPt).toBeGreaterThan(limitPt - 0.2);
    }
    expect(new Set(results.map((result) => result.pass))).toEqual(new Set(['first', 'second', 'emergency']));
  });
});
