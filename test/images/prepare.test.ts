import { readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { prepareImage } from '../../src/images/prepare.js';
import { framePixels } from '../../src/images/request.js';
import { BLUE, GREEN, RED, jpegClaimingSize, makeScratch, near, pixelAt, pngClaimingSize, stripes, truncateCopy } from './fixtures.js';

let scratch: Awaited<ReturnType<typeof makeScratch>>;

beforeAll(async () => {
  scratch = await makeScratch();
  const path = scratch.path;
  await stripes(600, 400, [RED, GREEN, BLUE]).jpeg().toFile(path('landscape.jpg'));
  await stripes(400, 600, [RED, GREEN, BLUE]).jpeg().toFile(path('portrait.jpg'));
  // Stored 60 × 40 with red on the left; orientation 6 means "turn 90° clockwise to view", so red ends on top.
  await stripes(60, 40, [RED, BLUE]).jpeg().withMetadata({ orientation: 6 }).toFile(path('exif-6.jpg'));
  await stripes(300, 200, [RED, GREEN, BLUE]).toColourspace('cmyk').jpeg().toFile(path('cmyk.jpg'));
  await stripes(300, 200, [RED, GREEN, BLUE]).toColourspace('rgb16').png().toFile(path('16bit.png'));
  await stripes(300, 200, [RED, GREEN, BLUE]).toColourspace('b-w').png().toFile(path('grey.png'));
  await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .png()
    .toFile(path('transparent.png'));
  // Smooth gradients and edges, so that the salience crop has something to choose from.
  const noise = Buffer.alloc(320 * 240 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + ((i / 960) | 0) * 31) % 256;
  await sharp(noise, { raw: { width: 320, height: 240, channels: 3 } }).jpeg().toFile(path('busy.jpg'));
  await truncateCopy(path('landscape.jpg'), path('truncated.jpg'));
  await writeFile(path('not-an-image.jpg'), 'This is a caption, not a photo.\n');
  await writeFile(path('huge.png'), pngClaimingSize(30_000, 30_000));
  await writeFile(path('huge.jpg'), await jpegClaimingSize(30_000, 30_000));
  await writeFile(path('just-over.png'), pngClaimingSize(0x3fff, 0x3fff + 1));
});

afterAll(() => scratch.cleanup());

describe('framePixels', () => {
  it('gives ppi pixels per inch of the placed size', () => {
    expect(framePixels({ widthPt: 72, heightPt: 36 }, 300)).toEqual({ widthPx: 300, heightPx: 150 });
    // 250 mm × 150 mm at 300 ppi.
    expect(framePixels({ widthPt: (250 / 25.4) * 72, heightPt: (150 / 25.4) * 72 }, 300)).toEqual({ widthPx: 2953, heightPx: 1772 });
  });

  it('refuses an empty frame', () => {
    expect(() => framePixels({ widthPt: 0, heightPt: 10 }, 300)).toThrow(RangeError);
  });
});

describe('prepareImage', () => {
  it('crops a landscape source to a portrait frame, keeping the centre when asked', async () => {
    const image = await prepareImage(scratch.path('landscape.jpg'), { widthPt: 72, heightPt: 144 }, { ppi: 100, focus: 'centre' });
    expect([image.widthPx, image.heightPx]).toEqual([100, 200]);
    expect([image.sourceWidthPx, image.sourceHeightPx]).toEqual([600, 400]);
    expect(image.effectivePpi).toBe(100);
    const meta = await sharp(image.jpeg).metadata();
    expect([meta.width, meta.height]).toEqual([100, 200]);
    // A 1:2 crop of a 3:2 picture is narrower than its middle stripe.
    expect(near(await pixelAt(image.jpeg, 5, 100), GREEN)).toBe(true);
    expect(near(await pixelAt(image.jpeg, 94, 100), GREEN)).toBe(true);
  });

  it('crops a portrait source to a landscape frame', async () => {
    const image = await prepareImage(scratch.path('portrait.jpg'), { widthPt: 216, heightPt: 72 }, { ppi: 100 });
    expect([image.widthPx, image.heightPx]).toEqual([300, 100]);
    const meta = await sharp(image.jpeg).metadata();
    expect([meta.width, meta.height]).toEqual([300, 100]);
    // The full width is kept, so all three stripes are still there.
    expect(near(await pixelAt(image.jpeg, 20, 50), RED)).toBe(true);
    expect(near(await pixelAt(image.jpeg, 150, 50), GREEN)).toBe(true);
    expect(near(await pixelAt(image.jpeg, 280, 50), BLUE)).toBe(true);
  });

  it('does not enlarge a small source and reports the ppi it reaches', async () => {
    // The frame wants 1200 × 600 px; the 600 × 400 source can give a 2:1 crop of 600 × 300.
    const image = await prepareImage(scratch.path('landscape.jpg'), { widthPt: 288, heightPt: 144 }, { ppi: 300 });
    expect([image.widthPx, image.heightPx]).toEqual([600, 300]);
    expect(image.effectivePpi).toBe(150);
    const meta = await sharp(image.jpeg).metadata();
    expect([meta.width, meta.height]).toEqual([600, 300]);
  });

  it('turns a picture upright according to its EXIF orientation', async () => {
    const image = await prepareImage(scratch.path('exif-6.jpg'), { widthPt: 40, heightPt: 60 }, { ppi: 72, focus: 'centre' });
    expect([image.sourceWidthPx, image.sourceHeightPx]).toEqual([40, 60]);
    expect([image.widthPx, image.heightPx]).toEqual([40, 60]);
    expect(near(await pixelAt(image.jpeg, 20, 8), RED)).toBe(true);
    expect(near(await pixelAt(image.jpeg, 20, 52), BLUE)).toBe(true);
    expect((await sharp(image.jpeg).metadata()).orientation).toBeUndefined();
  });

  it.each(['cmyk.jpg', '16bit.png', 'grey.png', 'transparent.png', 'exif-6.jpg'])(
    'writes %s as a baseline 8-bit sRGB JPEG without metadata',
    async (name) => {
      const image = await prepareImage(scratch.path(name), { widthPt: 72, heightPt: 48 }, { ppi: 100 });
      const meta = await sharp(image.jpeg).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', space: 'srgb', channels: 3, depth: 'uchar', isProgressive: false });
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
    },
  );

  it('keeps the hues of a CMYK and a 16-bit source', async () => {
    // A CMYK round trip loses some saturation, so compare which channel leads, not exact values.
    for (const name of ['cmyk.jpg', '16bit.png']) {
      const image = await prepareImage(scratch.path(name), { widthPt: 72, heightPt: 48 }, { ppi: 100 });
      const leads = await Promise.all([10, 50, 90].map(async (x) => leadingChannel(await pixelAt(image.jpeg, x, 33))));
      expect(leads, name).toEqual(['r', 'g', 'b']);
    }
  });

  it('flattens transparency onto white', async () => {
    const image = await prepareImage(scratch.path('transparent.png'), { widthPt: 72, heightPt: 48 }, { ppi: 100 });
    expect(near(await pixelAt(image.jpeg, 50, 33), { r: 255, g: 255, b: 255 }, 3)).toBe(true);
  });

  it('gives the same bytes every time', async () => {
    const frame = { widthPt: 100, heightPt: 120 };
    const first = await prepareImage(scratch.path('busy.jpg'), frame, { ppi: 150 });
    const second = await prepareImage(scratch.path('busy.jpg'), frame, { ppi: 150 });
    expect(first.jpeg.equals(second.jpeg)).toBe(true);
  });

  it('encodes at the quality asked for', async () => {
    const frame = { widthPt: 150, heightPt: 100 };
    const low = await prepareImage(scratch.path('busy.jpg'), frame, { ppi: 150, jpegQuality: 30 });
    const high = await prepareImage(scratch.path('busy.jpg'), frame, { ppi: 150, jpegQuality: 95 });
    expect(low.jpeg.length).toBeLessThan(high.jpeg.length);
  });

  it.each([
    ['truncated.jpg', /not a readable image \(.*premature end/i],
    ['not-an-image.jpg', /not a readable image \(.*unsupported image format/i],
    ['missing.jpg', /not a readable image \(file not found\)/],
  ])('reports %s as an input error', async (name, message) => {
    const srcPath = scratch.path(name);
    const error = await prepareImage(srcPath, { widthPt: 72, heightPt: 48 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe(srcPath);
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).message).not.toContain('\n');
  });

  it.each(['huge.png', 'huge.jpg'])('refuses %s, which claims 30,000 × 30,000 pixels, with its size', async (name) => {
    expect((await readFile(scratch.path(name))).length).toBeLessThan(1000);
    const error = await prepareImage(scratch.path(name), { widthPt: 72, heightPt: 48 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problem).toBe('image too large (30000 × 30000 px, 900 megapixels; the limit is 268 megapixels)');
  });

  it('refuses an image one row over the limit', async () => {
    const error = await prepareImage(scratch.path('just-over.png'), { widthPt: 72, heightPt: 48 }).catch((e: unknown) => e);
    expect((error as InputError).problem).toMatch(/^image too large \(16383 × 16384 px, /);
  });
});

function leadingChannel(colour: { r: number; g: number; b: number }): 'r' | 'g' | 'b' {
  const { r, g, b } = colour;
  return r >= g && r >= b ? 'r' : g >= b ? 'g' : 'b';
}
