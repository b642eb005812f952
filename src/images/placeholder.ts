import sharp from 'sharp';
import type { Font } from 'fontkit';
import { capHeightPx, fitTextSize, loadOutlineFonts, outlineText } from './outlineText.js';
import { encodePrintJpeg } from './prepare.js';
import { DEFAULT_JPEG_QUALITY, DEFAULT_PPI, SRGB, framePixels, type FrameSize, type PrepareImageOptions, type PreparedImage } from './request.js';
import { escapeXml, rect } from './svg.js';

/** "For position only": the printer's mark for a box that holds the place of a picture still to come. */
export const PLACEHOLDER_MARK = 'FPO';

export interface PlaceholderRequest {
  widthPx: number;
  heightPx: number;
  /** The missing photo's file name, printed under the mark so the desk knows what to chase. */
  fileName: string;
}

const BOX_GREY = '#e4e4e4';
const BORDER_GREY = '#8c8c8c';
const TEXT_GREY = '#6e6e6e';

/**
 * A light grey box with a thin border, "FPO" large in the middle and the file name under it. Text is drawn as
 * glyph outlines, like the stand-ins', so the box renders the same on every machine.
 */
export function drawPlaceholderSvg(request: PlaceholderRequest): string {
  const { widthPx: w, heightPx: h } = request;
  if (!(Number.isInteger(w) && Number.isInteger(h) && w > 0 && h > 0)) {
    throw new RangeError(`placeholder size must be whole pixels, got ${w} × ${h}`);
  }
  const fonts = loadOutlineFonts();
  const shortSide = Math.min(w, h);
  const borderPx = Math.max(1, 0.004 * shortSide);
  const fileName = withFallbackGlyphs(fonts.regular, request.fileName);

  const markSize = fitTextSize(fonts.bold, PLACEHOLDER_MARK, 0.4 * shortSide, 0.6 * w);
  const nameSize = fitTextSize(fonts.regular, fileName, 0.07 * shortSide, 0.9 * w);
  // The mark's capitals and the name's, a gap between, centred as one block.
  const markCapPx = capHeightPx(fonts.bold, markSize);
  const nameCapPx = capHeightPx(fonts.regular, nameSize);
  const gapPx = 0.8 * nameSize;
  const topPx = (h - (markCapPx + gapPx + nameCapPx)) / 2;
  const mark = outlineText(fonts.bold, PLACEHOLDER_MARK, { sizePx: markSize, x: w / 2, baselineY: topPx + markCapPx, anchor: 'middle' });
  const name = outlineText(fonts.regular, fileName, {
    sizePx: nameSize,
    x: w / 2,
    baselineY: topPx + markCapPx + gapPx + nameCapPx,
    anchor: 'middle',
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">`,
    `<title>${escapeXml(`${PLACEHOLDER_MARK}: ${request.fileName}`)}</title>`,
    rect(0, 0, w, h, BORDER_GREY),
    rect(borderPx, borderPx, w - 2 * borderPx, h - 2 * borderPx, BOX_GREY),
    `<path d="${mark}" fill="${TEXT_GREY}"/>`,
    name ? `<path d="${name}" fill="${TEXT_GREY}"/>` : '',
    '</svg>',
  ].join('');
}

/**
 * The placeholder for a frame, at the frame's full pixel size and encoded like any prepared photo, so the PDF
 * writer places it as it would the photo.
 */
export async function makePlaceholderImage(
  frame: FrameSize,
  fileName: string,
  options: Pick<PrepareImageOptions, 'ppi' | 'jpegQuality' | 'colour'> = {},
): Promise<PreparedImage> {
  const ppi = options.ppi ?? DEFAULT_PPI;
  const { widthPx, heightPx } = framePixels(frame, ppi);
  const svg = drawPlaceholderSvg({ widthPx, heightPx, fileName });
  const jpeg = await encodePrintJpeg(sharp(Buffer.from(svg)), options.jpegQuality ?? DEFAULT_JPEG_QUALITY, options.colour ?? SRGB);
  return { jpeg, widthPx, heightPx, sourceWidthPx: widthPx, sourceHeightPx: heightPx, effectivePpi: ppi };
}

/** A file name may use any script; characters the font lacks show as '?' rather than as empty boxes. */
function withFallbackGlyphs(font: Font, text: string): string {
  return Array.from(text, (character) => (font.hasGlyphForCodePoint(character.codePointAt(0)!) ? character : '?')).join('');
}
