import type { FontFace } from '../fonts/fontSet.js';

/**
 * Characters a font may lack, with what to draw instead, best first. Each equivalent is one UTF-16 unit like the
 * character it stands for, so break offsets found in the text as written hold in the text as drawn; and breaks are
 * found in the text as written, so a non-breaking hyphen drawn as '-' still offers no break.
 */
const DRAWN_EQUIVALENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['\u2011', ['\u2010', '-']], // non-breaking hyphen
  ['\u2010', ['-']], // hyphen
  ['\u2012', ['\u2013', '-']], // figure dash
  ['\u2015', ['\u2014']], // horizontal bar
  ['\u2212', ['\u2013', '-']], // minus sign
]);

/** `text` with each character the face lacks replaced by the first equivalent it `has` (unchanged where none). */
export function withDrawnEquivalents(text: string, has: (char: string) => boolean): string {
  // Nearly every word has none of these characters (each one UTF-16 unit): it is returned as it is.
  let some = false;
  for (let index = 0; index < text.length && !some; index++) some = DRAWN_EQUIVALENTS.has(text[index]!);
  if (!some) return text;
  let drawn = '';
  for (const char of text) {
    const equivalents = DRAWN_EQUIVALENTS.get(char);
    drawn += (equivalents !== undefined && !has(char) && equivalents.find(has)) || char;
  }
  return drawn;
}

/** Spaces that keep the words either side on one line (U+00A0, figure space, narrow no-break space). */
export const NO_BREAK_SPACE = /[\u00A0\u2007\u202F]/u;

/**
 * Spaces of a fixed width, with what stands in for each when the font lacks it: a thin or narrow no-break space is
 * the font's own, or a thin or six-per-em space, only if narrower than its word space (Libre Franklin's U+2009 is
 * wider); a figure space is a digit wide.
 */
const FIXED_SPACES: ReadonlyMap<string, { standIns: readonly string[]; narrow: boolean }> = new Map([
  ['\u202F', { standIns: ['\u202F', '\u2009', '\u2006'], narrow: true }],
  ['\u2009', { standIns: ['\u2009', '\u2006'], narrow: true }],
  ['\u2007', { standIns: ['\u2007', '0'], narrow: false }],
]);

/**
 * The width in points of the space `separator` stands for, when it is one fixed-width space the face can show as
 * such; null for an ordinary word space (stretching and shrinking with the line), which is also what a narrow
 * space becomes in a face without one.
 */
export function fixedSpaceWidthPt(separator: string, face: FontFace, sizePt: number): number | null {
  const fixed = FIXED_SPACES.get(separator);
  if (!fixed) return null;
  const wordSpacePt = face.widthPt(' ', sizePt);
  for (const standIn of fixed.standIns) {
    if (face.missingCharacters(standIn).length > 0) continue;
    const widthPt = face.widthPt(standIn, sizePt);
    if (!fixed.narrow || widthPt < wordSpacePt) return widthPt;
  }
  return null;
}
