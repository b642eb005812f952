import type { CmykSeparation } from './cmyk.js';

/**
 * What a picture is prepared as, and what a prepared picture is: kept apart from prepare.ts so that the caches in front
 * of it can work out a picture's size and key without loading sharp.
 */

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
