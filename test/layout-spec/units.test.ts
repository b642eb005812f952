import { describe, expect, it } from 'vitest';
import { mmToPt, POINTS_PER_MM, ptToMm } from '../../src/layout-spec/units.js';

describe('mmToPt / ptToMm', () => {
  it('converts an inch (25.4 mm) to 72 pt and back', () => {
    expect(mmToPt(25.4)).toBeCloseTo(72, 12);
    expect(ptToMm(72)).toBeCloseTo(25.4, 12);
  });

  it('uses 72 / 25.4 ≈ 2.8346 pt per millimetre', () => {
    expect(POINTS_PER_MM).toBeCloseTo(2.834645669, 9);
    expect(mmToPt(1)).toBeCloseTo(2.834645669, 9);
    // A3 is 297 × 420 mm: 841.89 × 1190.55 pt.
    expect(mmToPt(297)).toBeCloseTo(841.8898, 4);
    expect(mmToPt(420)).toBeCloseTo(1190.5512, 4);
  });

  it('round-trips', () => {
    expect(ptToMm(mmToPt(3.7))).toBeCloseTo(3.7, 12);
    expect(mmToPt(0)).toBe(0);
  });
});
