/**
 * Optical margin alignment (character protrusion, as pdfTeX's microtype does): light characters at a line's edge
 * hang partly into the margin so the column edge looks straight. Factors are shares of the character's own
 * advance width.
 */
const RIGHT_PROTRUSION: Readonly<Record<string, number>> = {
  '.': 0.7,
  ',': 0.7,
  '-': 0.7,
  '\u2010': 0.7,
  '\u2013': 0.5,
  '\u2014': 0.3,
  ':': 0.5,
  ';': 0.5,
  '!': 0.2,
  '?': 0.2,
  ')': 0.2,
  '\u2019': 0.7,
  '\u201D': 0.5,
  "'": 0.7,
  '"': 0.5,
};

const LEFT_PROTRUSION: Readonly<Record<string, number>> = {
  '\u2018': 0.7,
  '\u201C': 0.5,
  "'": 0.7,
  '"': 0.5,
  '(': 0.2,
  '\u2014': 0.3,
  '\u2013': 0.5,
};

/** Share of `char`'s advance that may hang past the right edge. */
export function rightProtrusion(char: string): number {
  return RIGHT_PROTRUSION[char] ?? 0;
}

/** Share of `char`'s advance that may hang past the left edge. */
export function leftProtrusion(char: string): number {
  return LEFT_PROTRUSION[char] ?? 0;
}

/** How far `text` hangs past the margin when it is at the line's `side` edge: its edge character's share of its width. */
export function edgeHangPt(text: string, face: { widthPt(text: string, sizePt: number): number }, sizePt: number, side: 'left' | 'right'): number {
  if (text === '') return 0;
  // The edge code unit, not code point: every character that hangs is one unit, and half a surrogate pair hangs not at all.
  const char = side === 'left' ? text[0]! : text[text.length - 1]!;
  const share = side === 'left' ? leftProtrusion(char) : rightProtrusion(char);
  return share === 0 ? 0 : share * face.widthPt(char, sizePt);
}
