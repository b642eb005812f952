import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { capTotalInk, readCmykPixels, separateCmyk } from '../../src/images/cmyk.js';
import { NEWSPRINT_ICC_PATH } from '../../src/profiles/profiles.js';
import { fileURLToPath } from 'node:url';

const total = (pixels: Uint8Array, at: number): number => pixels[at]! + pixels[at + 1]! + pixels[at + 2]! + pixels[at + 3]!;

describe('capTotalInk', () => {
  it('brings every pixel to the limit, grey first into black, and leaves pixels under it alone', () => {
    const pixels = new Uint8Array([200, 180, 170, 200, 10, 20, 30, 40, 255, 0, 255, 0, 255, 255, 255, 255]);
    capTotalInk(pixels, 200);
    expect([0, 4, 8, 12].map((at) => total(pixels, at))).toEqual([509, 100, 510, 510]);
    expect([...pixels.subarray(4, 8)]).toEqual([10, 20, 30, 40]);
    // A rich black loses its colour before its black.
    expect(pixels[3]).toBe(255);
    expect(pixels[15]).toBe(255);
  });
});

describe('separateCmyk', () => {
  it('separates through the newsprint profile within the page’s ink limit, and its pixels read back unchanged', async () => {
    const richBlack = sharp({ create: { width: 32, height: 16, channels: 3, background: { r: 20, g: 10, b: 40 } } });
    const separated = await separateCmyk(richBlack, { iccProfilePath: fileURLToPath(NEWSPRINT_ICC_PATH), inkLimitPct: 200 });
    const { data, info } = await separated.raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(4);
    expect(Math.max(...Array.from({ length: data.length / 4 }, (_, index) => total(data, index * 4)))).toBeLessThanOrEqual(510);
    const tiffAgain = await readCmykPixels(await separated.tiff().toBuffer()).raw().toBuffer();
    expect(tiffAgain.subarray(0, 8)).toEqual(data.subarray(0, 8));
  });
});
