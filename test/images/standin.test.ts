import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fitTextSize, loadOutlineFonts, measureText, outlineText, wrapText, wrapTextBalanced } from '../../src/images/outlineText.js';
import { STANDIN_BANNER, drawStandinSvg, type StandinRequest } from '../../src/images/standin.js';

const request: StandinRequest = {
  widthPx: 400,
  heightPx: 300,
  scene: 'handshake',
  title: 'Two officials & a CEO',
  subject: 'Shanghai Party chief Chen Jining (right) shakes hands with Tesla CEO Elon Musk.',
};

describe('outline text', () => {
  const fonts = loadOutlineFonts();

  it('draws one outline per contour of each glyph', () => {
    // S T A N D - I N: A and D have a counter each, so ten contours.
    const d = outlineText(fonts.bold, STANDIN_BANNER, { sizePx: 40, x: 0, baselineY: 40, anchor: 'start' });
    expect(d.match(/M/g)).toHaveLength(10);
  });

  it('centres on x when anchored in the middle', () => {
    const widthPx = measureText(fonts.bold, STANDIN_BANNER, 40);
    const start = outlineText(fonts.bold, STANDIN_BANNER, { sizePx: 40, x: 100 - widthPx / 2, baselineY: 40, anchor: 'start' });
    const middle = outlineText(fonts.bold, STANDIN_BANNER, { sizePx: 40, x: 100, baselineY: 40, anchor: 'middle' });
    expect(middle).toBe(start);
  });

  it('balances wrapped lines without adding one', () => {
    const text = "A bird's-eye view of the Tesla Gigafactory in Shanghai in August 2022.";
    const greedy = wrapText(fonts.regular, text, 20, 600);
    const balanced = wrapTextBalanced(fonts.regular, text, 20, 600);
    expect(greedy).toEqual(["A bird's-eye view of the Tesla Gigafactory in Shanghai in August", '2022.']);
    expect(balanced).toHaveLength(2);
    expect(balanced.join(' ')).toBe(text);
    const widths = (lines: string[]) => lines.map((line) => measureText(fonts.regular, line, 20));
    expect(Math.max(...widths(balanced))).toBeLessThan(Math.max(...widths(greedy)));
    // The short last line, a single word, takes over about half the text.
    expect(widths(balanced)[1]!).toBeGreaterThan(0.7 * widths(balanced)[0]!);
  });

  it('shrinks text to fit and wraps at spaces', () => {
    const sizePx = fitTextSize(fonts.regular, 'a rather long line of text', 40, 100);
    expect(measureText(fonts.regular, 'a rather long line of text', sizePx)).toBeCloseTo(100, 6);
    expect(fitTextSize(fonts.regular, 'short', 10, 1000)).toBe(10);
    const lines = wrapText(fonts.regular, 'one two three four five six', 20, 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six');
    for (const line of lines) expect(measureText(fonts.regular, line, 20)).toBeLessThanOrEqual(120);
  });
});

describe('drawStandinSvg', () => {
  it('draws all text as paths, never as SVG text', () => {
    const svg = drawStandinSvg(request);
    expect(svg).not.toMatch(/<text|font-family/);
    expect(svg).toContain('<title>STAND-IN: Two officials &amp; a CEO</title>');
    expect(svg.match(/<path d="M/g)!.length).toBeGreaterThan(5);
  });

  it('is the same for the same request', () => {
    expect(drawStandinSvg(request)).toBe(drawStandinSvg({ ...request }));
  });

  it.each(['aerial-factory', 'handshake', 'generic'] as const)('renders the %s scene with a legible ribbon', async (scene) => {
    const svg = drawStandinSvg({ ...request, scene });
    const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([400, 300]);
    // The ribbon's word is centred on the diagonal, 0.3 × the short side from the top-left corner.
    const centre = Math.round(0.3 * 300 * Math.SQRT1_2);
    let yellow = 0;
    let ink = 0;
    for (let y = centre - 8; y <= centre + 8; y++) {
      for (let x = centre - 8; x <= centre + 8; x++) {
        const i = (y * info.width + x) * info.channels;
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r > 200 && g > 170 && b < 90) yellow++;
        if (r < 60 && g < 60 && b < 60) ink++;
      }
    }
    expect(yellow).toBeGreaterThan(40);
    expect(ink).toBeGreaterThan(40);
  });

  it.each([
    [400, 300],
    [300, 400],
    [900, 300],
  ])('keeps the notice panel inside the middle half of a %i × %i picture, where crops do not reach', (widthPx, heightPx) => {
    const svg = drawStandinSvg({ ...request, widthPx, heightPx });
    const panel = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="#101010"/.exec(svg);
    expect(panel).not.toBeNull();
    const [x, y, width, height] = panel!.slice(1).map(Number) as [number, number, number, number];
    expect(x).toBeGreaterThanOrEqual(0.25 * widthPx);
    expect(x + width).toBeLessThanOrEqual(0.75 * widthPx + 0.01);
    expect(y).toBeGreaterThanOrEqual(0.25 * heightPx);
    expect(y + height).toBeLessThanOrEqual(0.75 * heightPx + 0.01);
  });

  it('refuses a size that is not whole pixels', () => {
    expect(() => drawStandinSvg({ ...request, widthPx: 10.5 })).toThrow(RangeError);
  });
});
