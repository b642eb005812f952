/** Small builders for SVG elements; coordinates in pixels. */

export function rect(x: number, y: number, width: number, height: number, fill: string, extra = ''): string {
  return `<rect x="${roundPx(x)}" y="${roundPx(y)}" width="${roundPx(width)}" height="${roundPx(height)}" fill="${fill}"${extra}/>`;
}

export function circle(cx: number, cy: number, radius: number, fill: string): string {
  return `<circle cx="${roundPx(cx)}" cy="${roundPx(cy)}" r="${roundPx(radius)}" fill="${fill}"/>`;
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string): string {
  return `<ellipse cx="${roundPx(cx)}" cy="${roundPx(cy)}" rx="${roundPx(rx)}" ry="${roundPx(ry)}" fill="${fill}"/>`;
}

export function polygon(points: [number, number][], fill: string): string {
  return `<polygon points="${points.map(([x, y]) => `${roundPx(x)},${roundPx(y)}`).join(' ')}" fill="${fill}"/>`;
}

/** A thick round-capped line through `points`: limbs. */
export function limb(points: [number, number][], widthPx: number, colour: string): string {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${roundPx(x)} ${roundPx(y)}`).join('');
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${roundPx(widthPx)}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** Two decimals keep the SVG short and stable. */
export function roundPx(value: number): number {
  return Math.round(value * 100) / 100;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
