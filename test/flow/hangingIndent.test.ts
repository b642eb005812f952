import { describe, expect, it } from 'vitest';
import { hangAt, narrowedSlot, remainingHang } from '../../src/flow/hangingIndent.js';

const hang = { lines: 3, indentPt: 40 };
const slot = { xPt: 72, widthPt: 200, baselinePt: 90 };

describe('hanging indent', () => {
  it('narrows the first `lines` lines only', () => {
    expect([0, 1, 2, 3, 10].map((lineIndex) => hangAt(hang, lineIndex))).toEqual([40, 40, 40, 0, 0]);
    expect(hangAt(null, 0)).toBe(0);
  });

  it('sets a hung line beside the hang, the rest in the whole slot', () => {
    expect(narrowedSlot(slot, hang, 2)).toEqual({ xPt: 112, widthPt: 160, baselinePt: 90 });
    expect(narrowedSlot(slot, hang, 3)).toBe(slot);
    expect(narrowedSlot(slot, null, 0)).toBe(slot);
  });

  it('hands on what a paragraph shorter than the hang leaves of it', () => {
    expect(remainingHang(hang, 1)).toEqual({ lines: 2, indentPt: 40 });
    expect(remainingHang(hang, 3)).toBeNull();
    expect(remainingHang(hang, 7)).toBeNull();
    expect(remainingHang(null, 0)).toBeNull();
  });
});
