import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_MARK, drawPlaceholderSvg, makePlaceholderImage } from '../../src/images/placeholder.js';
import { near, pixelAt } from './fixtures.js';

const BOX_GREY = { r: 228, g: 228, b: 228 };

describe('drawPlaceholderSvg', () => {
  it('draws its text as paths, never as SVG text', () => {
    const svg = drawPlaceholderSvg({ widthPx: 400, heightPx: 200, fileName: 'ferry & pier.jpg' });
    expect(svg).not.toMatch(/<text|font-family/);
    expect(svg).toContain(`<title>${PLACEHOLDER_MARK}: ferry &amp; pier.jpg</title>`);
    // The mark and the file name.
    expect(svg.match(/<path d="M/g)).toHaveLength(2);
  });

  it('draws a character the font lacks as a question mark', () => {
    const title = /<title>.*<\/title>/;
    const chinese = drawPlaceholderSvg({ widthPx: 400, heightPx: 200, fileName: '陈.jpg' });
    const question = drawPlaceholderSvg({ widthPx: 400, heightPx: 200, fileName: '?.jpg' });
    expect(chinese.replace(title, '')).toBe(question.replace(title, ''));
  });

  it('refuses a size that is not whole pixels', () => {
    expect(() => drawPlaceholderSvg({ widthPx: 10.5, heightPx: 20, fileName: 'x.jpg' })).toThrow(RangeError);
  });
});

describe('makePlaceholderImage', () => {
  const frame = { widthPt: 216, heightPt: 108 };

  it('fills the frame at its pixel size: a light grey box, a darker border, dark text in the middle', async () => {
    const image = await makePlaceholderImage(frame, 'river-ferry.jpg', { ppi: 100 });
    expect(image).toMatchObject({ widthPx: 300, heightPx: 150, sourceWidthPx: 300, sourceHeightPx: 150, effectivePpi: 100 });
    const meta = await sharp(image.jpeg).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 300, height: 150, space: 'srgb', channels: 3, isProgressive: false });

    expect(near(await pixelAt(image.jpeg, 20, 20), BOX_GREY, 6)).toBe(true);
    expect((await pixelAt(image.jpeg, 0, 75)).r).toBeLessThan(190);
    const { data, info } = await sharp(image.jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
    const dark = inkBox(data, info.width, info.height, 160);
    expect(dark).not.toBeNull();
    // Centred: the ink's middle is within a few pixels of the frame's.
    expect(Math.abs((dark!.left + dark!.right) / 2 - 150)).toBeLessThan(4);
    expect(Math.abs((dark!.top + dark!.bottom) / 2 - 75)).toBeLessThan(4);
  });

  it('gives the same bytes every time, and different ones for another file name', async () => {
    const first = await makePlaceholderImage(frame, 'river-ferry.jpg', { ppi: 100 });
    const second = await makePlaceholderImage(frame, 'river-ferry.jpg', { ppi: 100 });
    const other = await makePlaceholderImage(frame, 'harbour.jpg', { ppi: 100 });
    expect(first.jpeg.equals(second.jpeg)).toBe(true);
    expect(first.jpeg.equals(other.jpeg)).toBe(false);
  });

  it('defaults to print resolution', async () => {
    const image = await makePlaceholderImage({ widthPt: 72, heightPt: 36 }, 'x.jpg');
    expect([image.widthPx, image.heightPx, image.effectivePpi]).toEqual([300, 150, 300]);
  });
});

/** The bounding box of pixels darker than `threshold`, border excluded (a margin of 4 pixels). */
function inkBox(grey: Buffer, width: number, height: number, threshold: number): { left: number; right: number; top: number; bottom: number } | null {
  let box: { left: number; right: number; top: number; bottom: number } | null = null;
  for (let y = 4; y < height - 4; y++) {
    for (let x = 4; x < width - 4; x++) {
      if (grey[y * width + x]! >= threshold) continue;
      box = box
        ? { left: Math.min(box.left, x), right: Math.max(box.right, x), top: Math.min(box.top, y), bottom: Math.max(box.bottom, y) }
        : { left: x, right: x, top: y, bottom: y };
    }
  }
  return box;
}
