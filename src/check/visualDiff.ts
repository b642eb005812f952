import sharp from 'sharp';

/** Grey between the three pictures, so that white page edges show. */
const SEPARATOR = { r: 128, g: 128, b: 128 };
const SEPARATOR_PX = 12;
/** Unchanged pixels of the diff picture: the golden page, faded to this share of its contrast. */
const FADE = 0.2;

export interface PixelDiff {
  changedPixels: number;
  totalPixels: number;
  /** PNG: the golden page, the new page and the changed pixels in red on the faded golden page, side by side. */
  picture: Buffer;
}

interface RawImage {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Compares two renders of a page pixel by pixel. A pixel has changed when one of its channels differs by more
 * than `threshold` (0–1) of the full range; pages of different sizes are compared over the larger, white beyond
 * the smaller.
 */
export async function diffPixels(goldenPng: Buffer, currentPng: Buffer, threshold: number): Promise<PixelDiff> {
  const [golden, current] = await Promise.all([decodeRgb(goldenPng), decodeRgb(currentPng)]);
  const width = Math.max(golden.width, current.width);
  const height = Math.max(golden.height, current.height);
  const diff = Buffer.alloc(width * height * 3);
  const limit = threshold * 255;
  let changedPixels = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = offsetOf(golden, x, y);
      const b = offsetOf(current, x, y);
      const offset = (y * width + x) * 3;
      let changed = false;
      for (let channel = 0; channel < 3; channel++) {
        if (Math.abs(channelAt(golden, a, channel) - channelAt(current, b, channel)) > limit) changed = true;
      }
      if (changed) {
        changedPixels++;
        diff[offset] = 255;
      } else {
        const luminance = 0.299 * channelAt(golden, a, 0) + 0.587 * channelAt(golden, a, 1) + 0.114 * channelAt(golden, a, 2);
        diff.fill(Math.round(255 - (255 - luminance) * FADE), offset, offset + 3);
      }
    }
  }
  const picture = await sharp({ create: { width: 3 * width + 2 * SEPARATOR_PX, height, channels: 3, background: SEPARATOR } })
    .composite([
      { input: goldenPng, left: 0, top: 0 },
      { input: currentPng, left: width + SEPARATOR_PX, top: 0 },
      { input: diff, raw: { width, height, channels: 3 }, left: 2 * (width + SEPARATOR_PX), top: 0 },
    ])
    .png()
    .toBuffer();
  return { changedPixels, totalPixels: width * height, picture };
}

async function decodeRgb(png: Buffer): Promise<RawImage> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Byte offset of a pixel, or -1 outside the image. */
function offsetOf(image: RawImage, x: number, y: number): number {
  return x < image.width && y < image.height ? (y * image.width + x) * 3 : -1;
}

/** A channel's value; white outside the image. */
function channelAt(image: RawImage, offset: number, channel: number): number {
  return offset < 0 ? 255 : image.data[offset + channel]!;
}
