import { createRequire } from 'node:module';
import { openSync, type Font } from 'fontkit';

/**
 * Text for generated SVG, drawn as glyph outlines. The SVG renderer in sharp would otherwise look for system
 * fonts, which a build machine may not have, and would set the text differently from one machine to the next.
 */

export type OutlineWeight = 'regular' | 'bold';

const FONT_MODULES: Record<OutlineWeight, string> = {
  regular: '@expo-google-fonts/libre-franklin/400Regular/LibreFranklin_400Regular.ttf',
  bold: '@expo-google-fonts/libre-franklin/700Bold/LibreFranklin_700Bold.ttf',
};

export type OutlineFonts = Record<OutlineWeight, Font>;

export function loadOutlineFonts(): OutlineFonts {
  const require = createRequire(import.meta.url);
  return { regular: openFont(require.resolve(FONT_MODULES.regular)), bold: openFont(require.resolve(FONT_MODULES.bold)) };
}

function openFont(path: string): Font {
  const font = openSync(path);
  if ('fonts' in font) throw new Error(`${path} is a font collection; a single face was expected`);
  return font;
}

export interface TextPlacement {
  sizePx: number;
  x: number;
  baselineY: number;
  /** Where `x` is on the text: its start or its middle. */
  anchor: 'start' | 'middle';
}

/** Height of the font's capitals at `sizePx`. */
export function capHeightPx(font: Font, sizePx: number): number {
  return (font.capHeight / font.unitsPerEm) * sizePx;
}

/** Advance width of `text` at `sizePx`, kerning included. */
export function measureText(font: Font, text: string, sizePx: number): number {
  return (font.layout(text).advanceWidth * sizePx) / font.unitsPerEm;
}

/** The largest size up to `sizePx` at which `text` fits in `maxWidthPx`. */
export function fitTextSize(font: Font, text: string, sizePx: number, maxWidthPx: number): number {
  const widthPx = measureText(font, text, sizePx);
  return widthPx > maxWidthPx ? (sizePx * maxWidthPx) / widthPx : sizePx;
}

/** SVG path data for `text` set in `font`, y downwards as SVG has it. */
export function outlineText(font: Font, text: string, placement: TextPlacement): string {
  const run = font.layout(text);
  const scale = placement.sizePx / font.unitsPerEm;
  const startX = placement.anchor === 'middle' ? placement.x - (run.advanceWidth * scale) / 2 : placement.x;
  let penUnits = 0;
  const pieces: string[] = [];
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]!;
    const x = startX + (penUnits + position.xOffset) * scale;
    const y = placement.baselineY - position.yOffset * scale;
    // Font units point up; SVG's y points down.
    pieces.push(glyph.path.scale(scale, -scale).translate(x, y).toSVG());
    penUnits += position.xAdvance;
  });
  return pieces.join('');
}

/** Breaks `text` at spaces into lines no wider than `maxWidthPx` (a single long word may overrun). */
export function wrapText(font: Font, text: string, sizePx: number, maxWidthPx: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(font, candidate, sizePx) > maxWidthPx) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Like wrapText, but with lines of even length: the narrowest measure that needs no more lines. */
export function wrapTextBalanced(font: Font, text: string, sizePx: number, maxWidthPx: number): string[] {
  const lines = wrapText(font, text, sizePx, maxWidthPx);
  let [narrow, wide] = [maxWidthPx / (lines.length + 1), maxWidthPx];
  // A pixel of precision is plenty; the search needs about a dozen wraps.
  while (wide - narrow > 1) {
    const middle = (narrow + wide) / 2;
    if (wrapText(font, text, sizePx, middle).length > lines.length) narrow = middle;
    else wide = middle;
  }
  return wrapText(font, text, sizePx, wide);
}
