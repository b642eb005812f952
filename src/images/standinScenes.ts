import { circle, ellipse, limb, polygon, rect, roundPx as r } from './svg.js';

/**
 * Flat illustrations for stand-in photos: enough to say what the missing photo showed, plainly not a photo.
 * Each scene fills a `widthPx` × `heightPx` canvas and returns SVG elements. Patterns come from the grid
 * position, never from randomness, so that the same size always draws the same picture.
 */

export type StandinScene = 'aerial-factory' | 'handshake' | 'generic';

export function drawScene(scene: StandinScene, widthPx: number, heightPx: number): string {
  switch (scene) {
    case 'aerial-factory':
      return drawAerialFactory(widthPx, heightPx);
    case 'handshake':
      return drawHandshake(widthPx, heightPx);
    case 'generic':
      return drawGeneric(widthPx, heightPx);
  }
}

const CAR_COLOURS = ['#f4f4f2', '#1d1f22', '#b8bcc2', '#a3272b', '#2b4f86', '#f4f4f2', '#6b7077'];

/** A factory site seen straight down: roofs, roads, trees and rows of parked cars. */
function drawAerialFactory(w: number, h: number): string {
  const parts: string[] = [rect(0, 0, w, h, '#8d9870')];

  // Fields west of the site.
  for (let i = 0; i < 6; i++) {
    parts.push(rect((i * 0.15 * w) / 6, 0, (0.15 * w) / 6 - 2, h, i % 2 === 0 ? '#7d8b5a' : '#9aa672'));
  }
  parts.push(ellipse(0.075 * w, 0.8 * h, 0.055 * w, 0.09 * h, '#5f8199'));

  // Roads: one east–west artery, two north–south roads.
  const roadWidth = 0.035 * h;
  const arteryY = 0.585 * h;
  parts.push(rect(0, arteryY, w, roadWidth, '#5e6267'));
  for (let x = 0.01 * w; x < w; x += 0.03 * w) {
    parts.push(rect(x, arteryY + roadWidth / 2 - 1.5, 0.015 * w, 3, '#e9e6d8'));
  }
  for (const x of [0.165 * w, 0.83 * w]) parts.push(rect(x, 0, 0.022 * w, h, '#5e6267'));

  // Factory halls: shadow first, then a pale roof with skylight strips and rooftop plant.
  const halls: [number, number, number, number, string][] = [
    [0.21, 0.08, 0.34, 0.46, '#e3e6e8'],
    [0.58, 0.08, 0.22, 0.22, '#dde2e6'],
    [0.58, 0.34, 0.22, 0.2, '#e6e8ea'],
    [0.87, 0.1, 0.11, 0.18, '#a9bccb'],
    [0.87, 0.34, 0.11, 0.2, '#a9bccb'],
  ];
  for (const [fx, fy, fw, fh, roof] of halls) {
    const [x, y, bw, bh] = [fx * w, fy * h, fw * w, fh * h];
    parts.push(rect(x + 0.006 * w, y + 0.012 * h, bw, bh, '#000000', ' fill-opacity="0.28"'));
    parts.push(rect(x, y, bw, bh, roof, ' stroke="#9ea5ab" stroke-width="2"'));
    for (let sx = x + 0.02 * w; sx < x + bw - 0.01 * w; sx += 0.025 * w) {
      parts.push(rect(sx, y + 0.03 * h, 0.006 * w, bh - 0.06 * h, '#c3cbd2'));
    }
    for (let ux = x + 0.015 * w; ux < x + bw - 0.02 * w; ux += 0.05 * w) {
      parts.push(rect(ux, y + bh - 0.022 * h, 0.012 * w, 0.012 * h, '#70777e'));
    }
  }

  // Car park south of the artery.
  const lot = { x: 0.21 * w, y: 0.66 * h, width: 0.59 * w, height: 0.3 * h };
  parts.push(rect(lot.x, lot.y, lot.width, lot.height, '#4c5055'));
  const slot = { width: 0.0125 * w, height: 0.045 * h };
  const rowYs = [0.015, 0.06, 0.155, 0.2].map((dy) => lot.y + dy * h);
  rowYs.forEach((rowY, row) => {
    for (let col = 0, x = lot.x + 0.01 * w; x + slot.width < lot.x + lot.width - 0.005 * w; col++, x += slot.width) {
      parts.push(rect(x, rowY, 1.5, slot.height, '#d9d9d2'));
      if ((row * 5 + col * 11) % 9 === 0) continue;
      const car = CAR_COLOURS[(row * 3 + col * 5) % CAR_COLOURS.length]!;
      const carX = x + slot.width * 0.18;
      const carW = slot.width * 0.64;
      parts.push(rect(carX, rowY + slot.height * 0.1, carW, slot.height * 0.8, car, ' rx="3"'));
      parts.push(rect(carX + carW * 0.12, rowY + slot.height * 0.3, carW * 0.76, slot.height * 0.18, '#2a3139', ' fill-opacity="0.7"'));
    }
  });

  // Trees along both sides of the artery and the western road.
  const treeRadius = 0.011 * h;
  for (let x = 0.2 * w; x < 0.82 * w; x += 0.028 * w) {
    parts.push(circle(x, arteryY - treeRadius * 1.4, treeRadius, '#3f6a2f'));
    parts.push(circle(x + 0.014 * w, arteryY + roadWidth + treeRadius * 1.4, treeRadius, '#4a7736'));
  }
  for (let y = 0.03 * h; y < h; y += 0.05 * h) {
    parts.push(circle(0.195 * w, y, treeRadius, '#416c30'));
  }
  return parts.join('');
}

interface FigureColours {
  suit: string;
  skin: string;
  hair: string;
  tie?: string;
}

/** Two figures in suits shaking hands in front of an event backdrop. */
function drawHandshake(w: number, h: number): string {
  const s = h / 100;
  const parts: string[] = [
    '<defs><linearGradient id="wall" x1="0" y1="0" x2="0" y2="1">' +
      '<stop offset="0" stop-color="#213f6b"/><stop offset="1" stop-color="#35609a"/></linearGradient></defs>',
    rect(0, 0, w, h, 'url(#wall)'),
    rect(0.06 * w, 0.07 * h, 0.88 * w, 0.62 * h, '#dfe6ee', ' rx="6"'),
    rect(0.06 * w, 0.07 * h, 0.88 * w, 0.12 * h, '#c9d3df', ' rx="6"'),
  ];
  // Rows of backdrop lettering, abstracted to bars.
  for (let i = 0; i < 6; i++) {
    const barWidth = (0.08 + ((i * 7) % 5) * 0.015) * w;
    parts.push(rect(0.1 * w + i * 0.14 * w, 0.115 * h, barWidth, 0.03 * h, '#8fa1b7', ' rx="4"'));
  }
  parts.push(rect(0, 0.79 * h, w, 0.21 * h, '#7c6450'), rect(0, 0.79 * h, w, 0.012 * h, '#5f4b3b'));

  const handX = 0.5 * w;
  const handY = 44 * s;
  parts.push(
    drawFigure(0.32 * w, 1, s, handX, handY, { suit: '#2a2e35', skin: '#ecc9a6', hair: '#4b3626' }),
    drawFigure(0.68 * w, -1, s, handX, handY, { suit: '#1d2b46', skin: '#dfb791', hair: '#262626', tie: '#a5282e' }),
    ellipse(handX - 1.4 * s, handY, 3 * s, 2.4 * s, '#ecc9a6'),
    ellipse(handX + 1.4 * s, handY + 0.4 * s, 3 * s, 2.2 * s, '#dfb791'),
  );
  return parts.join('');
}

/** A standing figure, front on, reaching toward (`handX`, `handY`); `facing` is +1 for right, -1 for left. */
function drawFigure(cx: number, facing: 1 | -1, s: number, handX: number, handY: number, c: FigureColours): string {
  const parts: string[] = [
    rect(cx - 7 * s, 62 * s, 6 * s, 30 * s, c.suit),
    rect(cx + 1 * s, 62 * s, 6 * s, 30 * s, c.suit),
    ellipse(cx - 4 * s + facing * 1.5 * s, 93 * s, 4.5 * s, 1.8 * s, '#111111'),
    ellipse(cx + 4 * s + facing * 1.5 * s, 93 * s, 4.5 * s, 1.8 * s, '#111111'),
    rect(cx - 3 * s, 26 * s, 6 * s, 8 * s, c.skin),
    `<path d="M${r(cx - 13 * s)} ${r(38 * s)}Q${r(cx - 13 * s)} ${r(32 * s)} ${r(cx - 7 * s)} ${r(32 * s)}` +
      `L${r(cx + 7 * s)} ${r(32 * s)}Q${r(cx + 13 * s)} ${r(32 * s)} ${r(cx + 13 * s)} ${r(38 * s)}` +
      `L${r(cx + 10.5 * s)} ${r(65 * s)}L${r(cx - 10.5 * s)} ${r(65 * s)}Z" fill="${c.suit}"/>`,
    polygon([[cx - 4 * s, 32 * s], [cx + 4 * s, 32 * s], [cx, 47 * s]], '#f5f5f3'),
  ];
  if (c.tie) {
    parts.push(polygon([[cx - 1.2 * s, 33.5 * s], [cx + 1.2 * s, 33.5 * s], [cx + 1.8 * s, 44 * s], [cx, 47 * s], [cx - 1.8 * s, 44 * s]], c.tie));
  }
  // Hanging outer arm, then the arm reaching for the handshake.
  parts.push(
    limb([[cx - facing * 11 * s, 36 * s], [cx - facing * 13.5 * s, 50 * s], [cx - facing * 12.5 * s, 61 * s]], 6 * s, c.suit),
    circle(cx - facing * 12.5 * s, 63.5 * s, 2.6 * s, c.skin),
    limb([[cx + facing * 10 * s, 36 * s], [cx + facing * 15 * s, 47 * s], [handX - facing * 4 * s, handY]], 6 * s, c.suit),
    ellipse(cx - 7 * s, 21 * s, 1.5 * s, 2.5 * s, c.skin),
    ellipse(cx + 7 * s, 21 * s, 1.5 * s, 2.5 * s, c.skin),
    ellipse(cx, 19.5 * s, 7 * s, 8.5 * s, c.skin),
    `<path d="M${r(cx - 7.2 * s)} ${r(19 * s)}Q${r(cx - 7.5 * s)} ${r(10 * s)} ${r(cx)} ${r(10 * s)}` +
      `Q${r(cx + 7.5 * s)} ${r(10 * s)} ${r(cx + 7.2 * s)} ${r(19 * s)}Q${r(cx + facing * 2 * s)} ${r(13 * s)} ${r(cx - 7.2 * s)} ${r(19 * s)}Z" fill="${c.hair}"/>`,
  );
  return parts.join('');
}

/** A landscape pictogram, for photos no other scene fits. */
function drawGeneric(w: number, h: number): string {
  return [
    '<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">' +
      '<stop offset="0" stop-color="#8fb4d6"/><stop offset="1" stop-color="#dfe9f2"/></linearGradient></defs>',
    rect(0, 0, w, h, 'url(#sky)'),
    circle(0.74 * w, 0.26 * h, 0.08 * h, '#f3d36b'),
    polygon([[0, 0.8 * h], [0.3 * w, 0.35 * h], [0.55 * w, 0.8 * h]], '#6f8c6a'),
    polygon([[0.35 * w, 0.8 * h], [0.68 * w, 0.45 * h], [w, 0.8 * h]], '#58775a'),
    rect(0, 0.8 * h, w, 0.2 * h, '#7a9a5e'),
  ].join('');
}
