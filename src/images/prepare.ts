import { readFile } from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';
import { InputError } from '../errors.js';
import { separateCmyk } from './cmyk.js';
import {
  DEFAULT_JPEG_QUALITY,
  DEFAULT_PPI,
  SRGB,
  framePixels,
  type FrameSize,
  type PhotoColour,
  type PrepareImageOptions,
  type PreparedImage,
} from './request.js';

/** sharp's own default: refuses decompression bombs while allowing any camera or scanner image. */
const MAX_INPUT_PIXELS = 0x3fff * 0x3fff;

const SHARP_INPUT = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning' } as const;

/** Reading the header decodes no pixels, so the size check is ours, with the numbers in the message. */
const SHARP_HEADER = { ...SHARP_INPUT, limitInputPixels: false } as const;

/**
 * Crops, scales and encodes one picture for a frame. Every image, real or stand-in, goes through here so that
 * the PDF embeds the same kind of JPEG whatever the source was (CMYK, 16-bit, greyscale, alpha, rotated by EXIF).
 * A source too small for the frame is cropped but never enlarged: `effectivePpi` tells the caller by how much.
 * Its results are kept on disk (diskCache.ts): a change here or in cmyk.ts that alters the bytes for the same inputs
 * must bump IMAGE_CACHE_FORMAT there, or renders keep the old pictures.
 */
export async function prepareImage(srcPath: string, frame: FrameSize, options: PrepareImageOptions = {}): Promise<PreparedImage> {
  return prepareImageBytes(await readSource(srcPath), srcPath, frame, options);
}

/** prepareImage for a source already read: the bytes a cache keyed them by are the bytes prepared. */
export async function prepareImageBytes(
  input: Buffer,
  srcPath: string,
  frame: FrameSize,
  options: PrepareImageOptions = {},
): Promise<PreparedImage> {
  const ppi = options.ppi ?? DEFAULT_PPI;
  const quality = options.jpegQuality ?? DEFAULT_JPEG_QUALITY;
  if (!(Number.isInteger(quality) && quality >= 1 && quality <= 100)) {
    throw new RangeError(`jpegQuality must be an integer from 1 to 100, got ${quality}`);
  }
  const target = framePixels(frame, ppi);
  const { widthPx: sourceWidthPx, heightPx: sourceHeightPx } = await readUprightSize(input, srcPath);
  // Scale factor that makes the source just cover the frame; above 1 would mean enlarging.
  const enlargement = Math.max(target.widthPx / sourceWidthPx, target.heightPx / sourceHeightPx);
  const widthPx = enlargement > 1 ? Math.max(1, Math.round(target.widthPx / enlargement)) : target.widthPx;
  const heightPx = enlargement > 1 ? Math.max(1, Math.round(target.heightPx / enlargement)) : target.heightPx;

  const cropped = sharp(input, SHARP_INPUT)
    .autoOrient()
    .resize(widthPx, heightPx, {
      fit: 'cover',
      position: options.focus === 'centre' ? 'centre' : sharp.strategy.attention,
    });
  const jpeg = await encodePrintJpeg(cropped, quality, options.colour ?? SRGB).catch((error: unknown) => {
    throw unreadable(srcPath, firstLine(error));
  });

  return {
    jpeg,
    widthPx,
    heightPx,
    sourceWidthPx,
    sourceHeightPx,
    effectivePpi: enlargement > 1 ? ppi / enlargement : ppi,
  };
}

/** The source's size as a viewer shows it, refused when it is more than we decode. */
async function readUprightSize(input: Buffer, srcPath: string): Promise<{ widthPx: number; heightPx: number }> {
  let size: { width: number; height: number };
  try {
    size = (await sharp(input, SHARP_HEADER).metadata()).autoOrient;
  } catch (error) {
    throw unreadable(srcPath, firstLine(error));
  }
  if (size.width * size.height > MAX_INPUT_PIXELS) throw tooLarge(srcPath, size.width, size.height);
  return { widthPx: size.width, heightPx: size.height };
}

/**
 * The one JPEG every placed picture becomes: transparency on white, in the profile's colour, 8 bits, baseline, no
 * metadata. Placeholders go through here too, so the PDF embeds the same kind of image whatever stands in the frame.
 */
export async function encodePrintJpeg(image: Sharp, quality: number, colour: PhotoColour): Promise<Buffer> {
  const flat = image.flatten({ background: '#ffffff' });
  const coloured =
    colour.space === 'cmyk' ? await separateCmyk(flat, colour) : flat.toColourspace(colour.space === 'grey' ? 'b-w' : 'srgb');
  return coloured.jpeg({ quality, progressive: false, chromaSubsampling: '4:2:0', mozjpeg: false }).toBuffer();
}

async function readSource(srcPath: string): Promise<Buffer> {
  try {
    return await readFile(srcPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder' : firstLine(error);
    throw unreadable(srcPath, reason);
  }
}

function tooLarge(srcPath: string, widthPx: number, heightPx: number): InputError {
  const megapixels = (pixels: number): string => `${Math.round(pixels / 1e6)} megapixels`;
  return new InputError(
    srcPath,
    '',
    `image too large (${widthPx} × ${heightPx} px, ${megapixels(widthPx * heightPx)}; the limit is ${megapixels(MAX_INPUT_PIXELS)})`,
  );
}

function unreadable(srcPath: string, reason: string): InputError {
  return new InputError(srcPath, '', `not a readable image (${reason})`);
}

/** libvips messages can run to several lines; the first says what went wrong. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
