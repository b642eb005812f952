import { describe, expect, it } from 'vitest';
import { edgeHangPt } from '../../src/inline/protrusion.js';

/** Every character half an em wide, so that a hang is its share times 5 pt at 10 pt. */
const face = { widthPt: (text: string, sizePt: number) => [...text].length * 0.5 * sizePt };

describe('edgeHangPt', () => {
  it('hangs the edge character by its share of its own width', () => {
    expect(edgeHangPt('end.', face, 10, 'right')).toBeCloseTo(0.7 * 5, 12);
    expect(edgeHangPt('“Quote', face, 10, 'left')).toBeCloseTo(0.5 * 5, 12);
    expect(edgeHangPt('(a)', face, 10, 'left')).toBeCloseTo(0.2 * 5, 12);
  });

  it('hangs nothing for a letter, an empty piece, or a character outside the basic plane at the edge', () => {
    expect(edgeHangPt('end', face, 10, 'right')).toBe(0);
    expect(edgeHangPt('.end', face, 10, 'right')).toBe(0);
    expect(edgeHangPt('', face, 10, 'left')).toBe(0);
    expect(edgeHangPt('yes😀', face, 10, 'right')).toBe(0);
    expect(edgeHangPt('😀yes', face, 10, 'left')).toBe(0);
  });
});
