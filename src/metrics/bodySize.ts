/** Sizes closer than this are one size (PDF matrices give 9.499999 for 9.5); sizes are counted to 0.01 pt. */
const SIZE_TOLERANCE_PT = 0.01;

/** The body text's size: the size, to 0.01 pt, that carries the most characters; ties go to the smaller size. */
export function dominantSizePt(spans: Iterable<{ text: string; sizePt: number }>): number | null {
  const charactersBySize = new Map<number, number>();
  for (const span of spans) {
    const size = Math.round(span.sizePt * 100) / 100;
    const characters = [...span.text.replace(/\s/gu, '')].length;
    charactersBySize.set(size, (charactersBySize.get(size) ?? 0) + characters);
  }
  let best: { size: number; characters: number } | null = null;
  for (const [size, characters] of charactersBySize) {
    if (characters === 0) continue;
    if (!best || characters > best.characters || (characters === best.characters && size < best.size)) best = { size, characters };
  }
  return best?.size ?? null;
}

export function isBodySize(sizePt: number, bodySizePt: number): boolean {
  return Math.abs(sizePt - bodySizePt) <= SIZE_TOLERANCE_PT;
}
