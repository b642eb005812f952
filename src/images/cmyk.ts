import sharp, { type Sharp } from 'sharp';

/** A CMYK conversion: the output profile the pixels are separated with, and the most ink they may carry. */
export interface CmykSeparation {
  /** An ICC output profile (CMYK) on disk. */
  iccProfilePath: string;
  /** Total area coverage: the sum of the four inks, in percent (400 = no limit). */
  inkLimitPct: number;
}

/**
 * Separates a picture into CMYK through the output profile and caps its total ink. The profile's own separation
 * (its black generation and ink limit) does most of the work; the cap enforces the page's limit when it is lower
 * than the profile's, first by under-colour removal (grey made of C+M+Y goes to K), then by thinning C, M and Y.
 * libvips has no ink-limit operation, so the pixels are capped here and handed back as an uncompressed CMYK TIFF.
 */
export async function separateCmyk(image: Sharp, separation: CmykSeparation): Promise<Sharp> {
  const { data, info } = await image
    .toColourspace('cmyk')
    .withIccProfile(separation.iccProfilePath, { attach: false })
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 4) throw new Error(`CMYK separation gave ${info.channels} channels`);
  capTotalInk(data, separation.inkLimitPct);
  return readCmykPixels(cmykTiff(data, info.width, info.height));
}

/**
 * Opens a CMYK image with its values as they are: sharp would otherwise convert CMYK input to sRGB to work on it, and
 * back through its own CMYK profile on output, changing every value.
 */
export function readCmykPixels(input: Buffer): Sharp {
  return sharp(input).pipelineColourspace('cmyk').toColourspace('cmyk');
}

/** Caps every pixel (C, M, Y, K bytes, 255 = 100 %) at `inkLimitPct` total coverage, in place. */
export function capTotalInk(pixels: Uint8Array, inkLimitPct: number): void {
  const limit = Math.floor((inkLimitPct / 100) * 255);
  for (let i = 0; i + 3 < pixels.length; i += 4) {
    let c = pixels[i]!;
    let m = pixels[i + 1]!;
    let y = pixels[i + 2]!;
    let k = pixels[i + 3]!;
    const total = c + m + y + k;
    if (total <= limit) continue;
    // Moving u of grey from C, M and Y into K saves 2u of ink.
    const grey = Math.min(c, m, y, 255 - k, Math.ceil((total - limit) / 2));
    c -= grey;
    m -= grey;
    y -= grey;
    k += grey;
    const colour = c + m + y;
    const room = Math.max(0, limit - k);
    if (colour > room) {
      const scale = room / colour;
      c = Math.floor(c * scale);
      m = Math.floor(m * scale);
      y = Math.floor(y * scale);
    }
    pixels[i] = c;
    pixels[i + 1] = m;
    pixels[i + 2] = y;
    pixels[i + 3] = Math.min(k, limit);
  }
}

/** A baseline little-endian TIFF of 8-bit CMYK pixels, one strip, uncompressed: the way to give libvips CMYK pixels. */
function cmykTiff(pixels: Uint8Array, widthPx: number, heightPx: number): Buffer {
  const entries: [tag: number, type: 3 | 4, value: number][] = [
    [256, 4, widthPx],
    [257, 4, heightPx],
    [258, 3, 0], // BitsPerSample: four SHORTs, at `bitsOffset`
    [259, 3, 1], // no compression
    [262, 3, 5], // photometric: separated (CMYK)
    [273, 4, 0], // StripOffsets, at `pixelsOffset`
    [277, 3, 4],
    [278, 4, heightPx],
    [279, 4, pixels.length],
    [284, 3, 1], // chunky
  ];
  const ifdOffset = 8;
  const bitsOffset = ifdOffset + 2 + entries.length * 12 + 4;
  const pixelsOffset = bitsOffset + 8;
  const header = Buffer.alloc(pixelsOffset);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(ifdOffset, 4);
  header.writeUInt16LE(entries.length, ifdOffset);
  entries.forEach(([tag, type, value], index) => {
    const at = ifdOffset + 2 + index * 12;
    header.writeUInt16LE(tag, at);
    header.writeUInt16LE(type, at + 2);
    header.writeUInt32LE(tag === 258 ? 4 : 1, at + 4);
    const resolved = tag === 258 ? bitsOffset : tag === 273 ? pixelsOffset : value;
    if (type === 3 && tag !== 258) header.writeUInt16LE(resolved, at + 8);
    else header.writeUInt32LE(resolved, at + 8);
  });
  for (let channel = 0; channel < 4; channel++) header.writeUInt16LE(8, bitsOffset + channel * 2);
  return Buffer.concat([header, pixels]);
}
