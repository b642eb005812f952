import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';

export const RED = { r: 220, g: 20, b: 20 };
export const GREEN = { r: 20, g: 200, b: 20 };
export const BLUE = { r: 20, g: 20, b: 220 };

type Rgb = typeof RED;

/** An image in vertical stripes of equal width, one colour each, left to right. */
export function stripes(widthPx: number, heightPx: number, colours: Rgb[]): Sharp {
  const stripeWidth = Math.floor(widthPx / colours.length);
  return sharp({ create: { width: widthPx, height: heightPx, channels: 3, background: colours[0]! } }).composite(
    colours.slice(1).map((background, i) => ({
      input: { create: { width: stripeWidth, height: heightPx, channels: 3 as const, background } },
      left: (i + 1) * stripeWidth,
      top: 0,
    })),
  );
}

/** A folder of files for one test file; `cleanup` removes it. */
export async function makeScratch(): Promise<{ dir: string; path: (name: string) => string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-images-'));
  return { dir, path: (name) => join(dir, name), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The first half of a file: a JPEG cut off mid-scan. */
export async function truncateCopy(from: string, to: string): Promise<void> {
  const bytes = await readFile(from);
  await writeFile(to, bytes.subarray(0, Math.floor(bytes.length / 2)));
}

/** RGB of the pixel at (x, y) of an encoded image. */
export async function pixelAt(image: Buffer, x: number, y: number): Promise<Rgb> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return { r: data[i]!, g: data[i + 1]!, b: data[i + 2]! };
}

/** True when two colours differ by at most `tolerance` in every channel (JPEG is lossy). */
export function near(actual: Rgb, expected: Rgb, tolerance = 30): boolean {
  return (
    Math.abs(actual.r - expected.r) <= tolerance &&
    Math.abs(actual.g - expected.g) <= tolerance &&
    Math.abs(actual.b - expected.b) <= tolerance
  );
}
