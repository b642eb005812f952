import * as fontkit from 'fontkit';
import { InputError } from '../errors.js';

/** Vertical metrics as fractions of the em, so callers multiply by a size in points. */
export interface FaceMetrics {
  ascender: number;
  descender: number;
  capHeight: number;
  xHeight: number;
}

/**
 * One loaded font file. Widths come from fontkit's shaper with its default features (kerning, ligatures):
 * exactly what pdfkit lays out when it draws the same string, so measured and drawn widths agree.
 */
export class FontFace {
  readonly metrics: FaceMetrics;
  private readonly widthCache = new Map<string, number>();

  constructor(
    readonly id: string,
    readonly path: string,
    private readonly font: fontkit.Font,
  ) {
    const unitsPerEm = font.unitsPerEm;
    this.metrics = {
      ascender: font.ascent / unitsPerEm,
      descender: font.descent / unitsPerEm,
      capHeight: font.capHeight / unitsPerEm,
      xHeight: font.xHeight / unitsPerEm,
    };
  }

  get postscriptName(): string {
    return this.font.postscriptName;
  }

  /** Advance width of `text` in ems. */
  widthEm(text: string): number {
    let width = this.widthCache.get(text);
    if (width === undefined) {
      width = this.font.layout(text).advanceWidth / this.font.unitsPerEm;
      this.widthCache.set(text, width);
    }
    return width;
  }

  widthPt(text: string, sizePt: number): number {
    return this.widthEm(text) * sizePt;
  }

  /** Characters of `text` the font has no glyph for (they would print as invisible .notdef boxes). */
  missingCharacters(text: string): string[] {
    const missing = new Set<string>();
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      // Spaces and soft hyphens are never drawn as glyphs.
      if (codePoint === 0x20 || codePoint === 0xad) continue;
      if (!this.font.hasGlyphForCodePoint(codePoint)) missing.add(char);
    }
    return [...missing];
  }

  /** Ink extent of a single character's glyph in ems: left side bearing and right edge. */
  glyphInkEm(char: string): { leftEm: number; rightEm: number; topEm: number } {
    const glyph = this.font.glyphForCodePoint(char.codePointAt(0)!);
    const box = glyph.bbox;
    const unitsPerEm = this.font.unitsPerEm;
    return { leftEm: box.minX / unitsPerEm, rightEm: box.maxX / unitsPerEm, topEm: box.maxY / unitsPerEm };
  }
}

/** Fonts are parsed once per process and shared by every layout that names the same file. */
const loadedFonts = new Map<string, fontkit.Font>();

function openFont(path: string, id: string): fontkit.Font {
  let font = loadedFonts.get(path);
  if (!font) {
    let opened: fontkit.Font | fontkit.FontCollection;
    try {
      opened = fontkit.openSync(path);
    } catch (error) {
      throw new InputError(path, '', `not a readable font file (${(error as Error).message})`);
    }
    if (!('layout' in opened)) throw new InputError(path, '', `font '${id}' is a collection; name a single font file`);
    if (opened.variationAxes && Object.keys(opened.variationAxes).length > 0) {
      // pdfkit's subsetter cannot embed variable fonts.
      throw new InputError(path, '', `font '${id}' is a variable font; use a static instance`);
    }
    font = opened;
    loadedFonts.set(path, font);
  }
  return font;
}

/** The faces one layout uses, by font id, loaded on first use. */
export class FontSet {
  private readonly faces = new Map<string, FontFace>();

  constructor(private readonly files: ReadonlyMap<string, string>) {}

  face(id: string): FontFace {
    let face = this.faces.get(id);
    if (!face) {
      const path = this.files.get(id);
      if (!path) throw new Error(`font id '${id}' is not in this layout`);
      face = new FontFace(id, path, openFont(path, id));
      this.faces.set(id, face);
    }
    return face;
  }

  /** The faces loaded so far: exactly those the document uses. */
  usedFaces(): FontFace[] {
    return [...this.faces.values()];
  }
}
