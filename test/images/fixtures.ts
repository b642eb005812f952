import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
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

/** An image whose top half is one colour and bottom half another: easy to tell upright from turned. */
export function halves(widthPx: number, heightPx: number, top: Rgb, bottom: Rgb): Sharp {
  const half = Math.floor(heightPx / 2);
  return sharp({ create: { width: widthPx, height: heightPx, channels: 3, background: top } }).composite([
    { input: { create: { width: widthPx, height: heightPx - half, channels: 3, background: bottom } }, left: 0, top: half },
  ]);
}

/** An RGBA image, its top half opaque `top` and its bottom half fully transparent. */
export function opaqueOverTransparent(widthPx: number, heightPx: number, top: Rgb): Sharp {
  const pixels = Buffer.alloc(widthPx * heightPx * 4);
  const opaqueBytes = Math.floor(heightPx / 2) * widthPx * 4;
  for (let i = 0; i < opaqueBytes; i += 4) pixels.set([top.r, top.g, top.b, 255], i);
  return sharp(pixels, { raw: { width: widthPx, height: heightPx, channels: 4 } });
}

/**
 * A greyscale PNG of a few hundred bytes whose header claims `widthPx` × `heightPx`: a decompression bomb's
 * shape without its weight. Its pixel data holds only a few rows, so only the header can be read.
 */
export function pngClaimingSize(widthPx: number, heightPx: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(widthPx, 0);
  header.writeUInt32BE(heightPx, 4);
  header[8] = 8; // bits per sample; colour type 0 (grey) and the three zero methods follow
  const rows = deflateSync(Buffer.alloc(4 * (widthPx + 1)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', rows), pngChunk('IEND', Buffer.alloc(0))]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A small real JPEG with the size in its frame header changed to `widthPx` × `heightPx` (at most 65535). */
export async function jpegClaimingSize(widthPx: number, heightPx: number): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: RED } }).jpeg().toBuffer();
  // Walk the marker segments (each FF xx LLLL) up to the baseline frame header, SOF0.
  let offset = 2;
  while (jpeg[offset] === 0xff && jpeg[offset + 1] !== 0xc0) offset += 2 + jpeg.readUInt16BE(offset + 2);
  if (jpeg[offset + 1] !== 0xc0) throw new Error('no baseline frame header in the JPEG sharp wrote');
  // After the marker: length (2 bytes), precision (1), height (2), width (2).
  jpeg.writeUInt16BE(heightPx, offset + 5);
  jpeg.writeUInt16BE(widthPx, offset + 7);
  return jpeg;
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
