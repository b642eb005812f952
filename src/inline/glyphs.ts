import type { FontFace } from '../fonts/fontSet.js';
import type { PositionedGlyph } from '../positioned/types.js';

/**
 * The glyphs `text` is drawn with in `face`, as shaped (kerning, ligatures), as plain data for a positioned run:
 * the face's own, shared by the runs that draw the same string, never changed.
 */
export function shapedGlyphs(face: FontFace, text: string): PositionedGlyph[] {
  return face.shape(text).glyphs;
}
