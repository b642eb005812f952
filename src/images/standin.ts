import { drawScene, type StandinScene } from './standinScenes.js';
import { escapeXml, rect } from './svg.js';
import { capHeightPx, fitTextSize, loadOutlineFonts, outlineText, wrapTextBalanced, type OutlineFonts, type OutlineWeight } from './outlineText.js';

export type { StandinScene } from './standinScenes.js';

export interface StandinRequest {
  widthPx: number;
  heightPx: number;
  /** Short name of the missing photo, for the SVG's accessible title. */
  title: string;
  /** What the original photo showed, e.g. its caption. */
  subject: string;
  scene: StandinScene;
}

export const STANDIN_BANNER = 'STAND-IN';
export const STANDIN_NOTICE = 'Stand-in image — original photo not available';

const MARK_YELLOW = '#ffd21f';
const MARK_INK = '#141414';

/**
 * prepareImage crops every picture to its frame, and its salience crop may take all of it from one side.
 * The panel keeps this share of the width and height clear on every side, so it survives any crop that takes
 * no more than that: a 1.6:1 stand-in in a 1.2:1 or a 2.1:1 frame, a 4:3 one in a 1:1 or a 1.8:1 frame.
 * The corner ribbon is only sure to survive smaller crops.
 */
const CROP_SAFE = 0.25;

/**
 * An illustration standing in for a photo we do not have, marked so that nobody can take it for the photo:
 * a "STAND-IN" ribbon across the top-left corner, and a panel low in the middle with the banner word again,
 * what the original showed and the notice. All text is drawn as glyph outlines, so the SVG renders the same on a machine without
 * fonts.
 */
export function drawStandinSvg(request: StandinRequest): string {
  const { widthPx: w, heightPx: h } = request;
  if (!(Number.isInteger(w) && Number.isInteger(h) && w > 0 && h > 0)) {
    throw new RangeError(`stand-in size must be whole pixels, got ${w} × ${h}`);
  }
  const fonts = loadOutlineFonts();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">`,
    `<title>${escapeXml(`${STANDIN_BANNER}: ${request.title}`)}</title>`,
    drawScene(request.scene, w, h),
    drawCornerRibbon(fonts, w, h),
    drawNoticePanel(fonts, request, w, h),
    '</svg>',
  ].join('');
}

/** A band at 45° across the top-left corner, carrying the banner word. */
function drawCornerRibbon(fonts: OutlineFonts, w: number, h: number): string {
  const shortSide = Math.min(w, h);
  // Distance of the band's centre line from the corner, and the band's thickness.
  const offset = 0.3 * shortSide;
  const thickness = 0.09 * shortSide;
  // The band is shortest on its corner side; the word has to fit there.
  const innerLength = 2 * (offset - thickness / 2);
  const sizePx = fitTextSize(fonts.bold, STANDIN_BANNER, 0.56 * thickness, 0.86 * innerLength);
  const capPx = capHeightPx(fonts.bold, sizePx);
  const word = outlineText(fonts.bold, STANDIN_BANNER, {
    sizePx,
    x: 0,
    baselineY: offset + capPx / 2,
    anchor: 'middle',
  });
  const edge = 0.06 * thickness;
  return [
    '<g transform="rotate(-45)">',
    rect(-3 * offset, offset - thickness / 2, 6 * offset, thickness, MARK_INK),
    rect(-3 * offset, offset - thickness / 2 + edge, 6 * offset, thickness - 2 * edge, MARK_YELLOW),
    `<path d="${word}" fill="${MARK_INK}"/>`,
    '</g>',
  ].join('');
}

interface PanelLine {
  text: string;
  font: OutlineWeight;
  sizePx: number;
  fill: string;
}

/** A dark panel, centred low in the crop-safe area: the banner word, what the photo showed, the notice. */
function drawNoticePanel(fonts: OutlineFonts, request: StandinRequest, w: number, h: number): string {
  const shortSide = Math.min(w, h);
  const padding = 0.026 * shortSide;
  const panelWidth = (1 - 2 * CROP_SAFE) * w;
  const textWidth = panelWidth - 2 * padding;
  const subjectSize = 0.03 * shortSide;
  const noticeSize = fitTextSize(fonts.bold, STANDIN_NOTICE, 0.03 * shortSide, textWidth);
  const bannerSize = fitTextSize(fonts.bold, STANDIN_BANNER, 0.05 * shortSide, textWidth);
  const lines: PanelLine[] = [
    { text: STANDIN_BANNER, font: 'bold', sizePx: bannerSize, fill: MARK_YELLOW },
    ...wrapTextBalanced(fonts.regular, request.subject, subjectSize, textWidth).map(
      (text): PanelLine => ({ text, font: 'regular', sizePx: subjectSize, fill: '#f0f0f0' }),
    ),
    { text: STANDIN_NOTICE, font: 'bold', sizePx: noticeSize, fill: MARK_YELLOW },
  ];

  const lineGap = 0.3;
  const panelHeight = 2 * padding + lines.reduce((sum, line) => sum + (1 + lineGap) * line.sizePx, 0) - lineGap * noticeSize;
  const panelX = CROP_SAFE * w;
  const panelY = (1 - CROP_SAFE) * h - panelHeight;
  let baselineY = panelY + padding;
  const paths = lines.map((line) => {
    baselineY += line.sizePx;
    const d = outlineText(fonts[line.font], line.text, { sizePx: line.sizePx, x: w / 2, baselineY, anchor: 'middle' });
    baselineY += lineGap * line.sizePx;
    return `<path d="${d}" fill="${line.fill}"/>`;
  });
  const rule = 0.006 * shortSide;
  return [
    rect(panelX, panelY, panelWidth, panelHeight, '#101010', ' fill-opacity="0.8"'),
    rect(panelX, panelY, panelWidth, rule, MARK_YELLOW),
    rect(panelX, panelY + panelHeight - rule, panelWidth, rule, MARK_YELLOW),
    ...paths,
  ].join('');
}
