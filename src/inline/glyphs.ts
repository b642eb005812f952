import type { FontFace } from '../fonts/fontSet.js';
import type { PositionedGlyph } from '../positioned/types.js';

/** The glyphs `text` is drawn with in `face`, as shaped (kerning, ligatures), as plain data for a positioned run. */
export function shapedGlyphs(face: FontFace, text: string): PositionedGlyph[] {
  const { glyphs, positions } = face.shape(text);
  return glyphs.map((glyph, index) => {
    const position = positions[index]!;
    return {
      id: glyph.id,
      codePoints: [...glyph.codePoints],
      advanceUnits: position.xAdvance,
      xOffsetUnits: position.xOffset,
      yOffsetUnits: position.yOffset,
    };
  });
}
