import type { FontFace, ShapedText } from '../fonts/fontSet.js';
import type { PositionedGlyph } from '../positioned/types.js';

/**
 * Made once per shape (the face keeps a shape per string), as a word is set again in every composition: plain data
 * shared by the runs that draw the same string, never changed.
 */
const glyphsByShape = new WeakMap<ShapedText, PositionedGlyph[]>();

/** The glyphs `text` is drawn with in `face`, as shaped (kerning, ligatures), as plain data for a positioned run. */
export function shapedGlyphs(face: FontFace, text: string): PositionedGlyph[] {
  const shape = face.shape(text);
  let glyphs = glyphsByShape.get(shape);
  if (!glyphs) {
    glyphs = shape.glyphs.map((glyph, index) => {
      const position = shape.positions[index]!;
      return {
        id: glyph.id,
        codePoints: [...glyph.codePoints],
        advanceUnits: position.xAdvance,
        xOffsetUnits: position.xOffset,
        yOffsetUnits: position.yOffset,
      };
    });
    glyphsByShape.set(shape, glyphs);
  }
  return glyphs;
}
