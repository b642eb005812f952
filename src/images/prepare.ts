import { readFile } from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';
import { InputError } from '../errors.js';
import { separateCmyk, type CmykSeparation } from './cmyk.js';

/** The size an image is placed at on the page, in points. */
export interface FrameSize {
  widthPt: number;
  heightPt: number;
}

export interface PrepareImageOptions {
  /** Pixels per inch at the placed size; 300 by default. */
  ppi?: number;
  /** JPEG quality, 1–100; 85 by default. */
  jpegQuality?: number;
  /** Which part of the picture a crop keeps; 'attention' (sharp's salience detector) by default. */
  focus?: 'attention' | 'centre';
  /** The colour the JPEG carries; sRGB by default. */
  colour?: PhotoColour;
}

/**
 * What a placed picture's pixels become: sRGB (screen, archive), CMYK separated through an output profile with its
 * total ink capped (print), or one channel of grey (print, where the layout asks for black-and-white photos).
 */
export type PhotoColour = { space: 'srgb' } | { space: 'grey' } | ({ space: 'cmyk' } & CmykSeparation);

export const SRGB: PhotoColour = { space: 'srgb' };

/** A picture cropped to its frame's aspect ratio, sized and encoded for print. */
export interface PreparedImage {
  /** Baseline JPEG in the requested colour (sRGB by default), 8 bits a channel, no metadata. */
  jpeg: Buffer;
  widthPx: number;
  heightPx: number;
  /** The source's size after EXIF orientation, i.e. as a viewer shows it. */
  sourceWidthPx: number;
  sourceHeightPx: number;
  /** Pixels per inch at the placed size; below the requested ppi when the source is too small. */
  effectivePpi: number;
}

export const DEFAULT_PPI = 300;
export const DEFAULT_JPEG_QUALITY = 85;

/** sharp's own default: refuses decompression bombs while allowing any camera or scanner image. */
const MAX_INPUT_PIXELS = 0x3fff * 0x3fff;

const SHARP_INPUT = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning' } as const;

/** Reading the header decodes no pixels, so the size check is ours, with the numbers in the message. */
const SHARP_HEADER = { ...SHARP_INPUT, limitInputPixels: false } as const;

/** The pixel size a frame needs at `ppi`. */
export function framePixels(frame: FrameSize, ppi: number): { widthPx: number; heightPx: number } {
  if (!(frame.widthPt > 0 && frame.heightPt > 0 && Number.isFinite(frame.widthPt + frame.heightPt))) {
    throw new RangeError(`frame must have a positive size, got ${frame.widthPt} × ${frame.heightPt} pt`);
  }
  if (!(ppi > 0 && Number.isFinite(ppi))) throw new RangeError(`ppi must be positive, got ${ppi}`);
  return {
    widthPx: Math.max(1, Math.round((frame.widthPt / 72) * ppi)),
    heightPx: Math.max(1, Math.round((frame.heightPt / 72) * ppi)),
  };
}

/**
 * Crops, scales and encodes one picture for a frame. Every image, real or stand-in, goes through here so that
 * the PDF embeds the same kind of JPEG whatever the source was (CMYK, 16-bit, greyscale, alpha, rotated by EXIF).
 * A source too small for the frame is cropped but never enlarged: `effectivePpi` tells the caller by how much.
 */
export async function prepareImage(
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
  const input = await readSource(srcPath);
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
