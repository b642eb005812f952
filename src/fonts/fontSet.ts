import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { packageVersion, sha256 } from '../cacheFiles.js';
import { openDiskMemo, typesettingCacheDir, type DiskMemo } from '../diskMemo.js';
import { InputError } from '../errors.js';
import type { PositionedGlyph } from '../positioned/types.js';

/** Vertical metrics as fractions of the em, so callers multiply by a size in points. */
export interface FaceMetrics {
  ascender: number;
  descender: number;
  capHeight: number;
  xHeight: number;
}

/**
 * fontkit's shaping of a string with its default features: the glyphs with their positions, in font units, as plain
 * data (what the PDF writer draws), so that a shape can be kept on disk.
 */
export interface ShapedText {
  readonly glyphs: PositionedGlyph[];
  /** The sum of the glyphs' advances. */
  readonly advanceWidth: number;
}

/**
 * One loaded font file. Widths come from fontkit's shaper with its default features (kerning, ligatures), and
 * positioned runs carry the glyphs of these same shapes for the PDF writer to draw, so measured and drawn widths agree.
 */
export class FontFace {
  readonly metrics: FaceMetrics;
  /** The parsed font, shared with the PDF writer so that pdfkit does not parse the file again. */
  readonly font: fontkit.Font;
  /** The hash of the font file's bytes. */
  readonly fileSha256: string;
  private readonly shapes: Map<string, ShapedText>;
  private readonly shapeMemo: DiskMemo;
  /** Code point → whether the font has a glyph for it: asked for every character of every word. */
  private readonly coverage: Map<number, boolean>;
  /** Read once: fontkit's getter looks the table up again on every call, and widths are asked for constantly. */
  private readonly unitsPerEm: number;

  constructor(
    readonly id: string,
    readonly path: string,
    opened: OpenedFont,
  ) {
    const { font } = opened;
    this.font = font;
    this.fileSha256 = opened.fileSha256;
    this.shapes = opened.shapes;
    this.shapeMemo = opened.shapeMemo;
    this.coverage = opened.coverage;
    const unitsPerEm = font.unitsPerEm;
    this.unitsPerEm = unitsPerEm;
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

  /**
   * fontkit's shaping of `text`, made once per font file (kept on disk between runs) and shared by every layout: do not
   * change it.
   */
  shape(text: string): ShapedText {
    let shaped = this.shapes.get(text);
    if (!shaped) {
      shaped = decodeShape(this.shapeMemo.get(text));
      if (!shaped) {
        const run = this.font.layout(text);
        shaped = {
          glyphs: run.glyphs.map((glyph, index) => {
            const position = run.positions[index]!;
            return { id: glyph.id, codePoints: [...glyph.codePoints], advanceUnits: position.xAdvance, xOffsetUnits: position.xOffset, yOffsetUnits: position.yOffset };
          }),
          advanceWidth: run.advanceWidth,
        };
        if (this.shapeMemo.keeps) this.shapeMemo.set(text, encodeShape(shaped));
      }
      this.shapes.set(text, shaped);
    }
    return shaped;
  }

  /** Advance width of `text` in ems. */
  widthEm(text: string): number {
    return this.shape(text).advanceWidth / this.unitsPerEm;
  }

  widthPt(text: string, sizePt: number): number {
    return this.widthEm(text) * sizePt;
  }

  /** Glyphs drawn for `text` (a ligature is one): the PDF's letter-spacing follows every one of them. */
  glyphCount(text: string): number {
    return text ? this.shape(text).glyphs.length : 0;
  }

  /** Characters of `text` the font has no glyph for (they would print as invisible .notdef boxes). */
  missingCharacters(text: string): string[] {
    const missing = new Set<string>();
    for (const char of text) if (!this.hasGlyphFor(char.codePointAt(0)!)) missing.add(char);
    return [...missing];
  }

  /** Whether the font has a glyph for every character of `text`: `missingCharacters` is empty. */
  covers(text: string): boolean {
    for (let index = 0; index < text.length; index++) {
      const codePoint = text.codePointAt(index)!;
      if (codePoint > 0xffff) index++;
      if (!this.hasGlyphFor(codePoint)) return false;
    }
    return true;
  }

  private hasGlyphFor(codePoint: number): boolean {
    // Spaces and soft hyphens are never drawn as glyphs.
    if (codePoint === 0x20 || codePoint === 0xad) return true;
    let has = this.coverage.get(codePoint);
    if (has === undefined) {
      has = this.font.hasGlyphForCodePoint(codePoint);
      this.coverage.set(codePoint, has);
    }
    return has;
  }

  /** Ink extent of a single character's glyph in ems: left side bearing and right edge. */
  glyphInkEm(char: string): { leftEm: number; rightEm: number; topEm: number } {
    const glyph = this.font.glyphForCodePoint(char.codePointAt(0)!);
    const box = glyph.bbox;
    const unitsPerEm = this.font.unitsPerEm;
    return { leftEm: box.minX / unitsPerEm, rightEm: box.maxX / unitsPerEm, topEm: box.maxY / unitsPerEm };
  }
}

/** A parsed font file with the strings shaped in it so far (a shape depends only on the file and the string). */
interface OpenedFont {
  font: fontkit.Font;
  /** Of the file's bytes: what is cached from the file (shapes, subsets) is named by it. */
  fileSha256: string;
  shapes: Map<string, ShapedText>;
  /** Shapes from earlier runs, by the hash of the file's bytes and fontkit's version. */
  shapeMemo: DiskMemo;
  coverage: Map<number, boolean>;
}

/** Fonts are parsed once per process and cache folder, and shared by every layout that names the same file. */
const openedFonts = new Map<string, OpenedFont>();

function openFont(path: string, id: string): OpenedFont {
  const key = JSON.stringify([path, typesettingCacheDir()]);
  let opened = openedFonts.get(key);
  if (!opened) {
    let font: fontkit.Font | fontkit.FontCollection;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
      font = fontkit.create(bytes);
    } catch (error) {
      throw new InputError(path, '', `not a readable font file (${(error as Error).message})`);
    }
    if (!('layout' in font)) throw new InputError(path, '', `font '${id}' is a collection; name a single font file`);
    if (font.variationAxes && Object.keys(font.variationAxes).length > 0) {
      // pdfkit's subsetter cannot embed variable fonts.
      throw new InputError(path, '', `font '${id}' is a variable font; use a static instance`);
    }
    giveGlyphsTheirOwnCodePoints(font);
    const fileSha256 = sha256(bytes);
    const shapeMemo = openDiskMemo('shapes', { font: fileSha256, fontkit: packageVersion('fontkit') });
    opened = { font, fileSha256, shapes: new Map(), shapeMemo, coverage: new Map() };
    openedFonts.set(key, opened);
  }
  return opened;
}

/**
 * fontkit keeps one glyph object per glyph id, carrying the code points of whichever call made it first: a component
 * of a composite glyph made by pdfkit's subsetter has none, so a later shaping of "city’s" would give its apostrophe
 * no text and extraction would read "citys". Each call asking for other code points than the shared glyph's gets a
 * view of it with its own (the outline and metrics stay shared).
 */
function giveGlyphsTheirOwnCodePoints(font: fontkit.Font): void {
  const sharedGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints: number[] = []): fontkit.Glyph => {
    const shared = sharedGlyph(id, codePoints);
    const same = shared.codePoints.length === codePoints.length && shared.codePoints.every((codePoint, index) => codePoint === codePoints[index]);
    return same || codePoints.length === 0 ? shared : Object.assign(Object.create(shared) as fontkit.Glyph, { codePoints });
  };
}

/** A shape as numbers: per glyph its id, advance, offsets, the number of its code points and those. */
function encodeShape(shaped: ShapedText): number[] {
  return shaped.glyphs.flatMap((glyph) => [glyph.id, glyph.advanceUnits, glyph.xOffsetUnits, glyph.yOffsetUnits, glyph.codePoints.length, ...glyph.codePoints]);
}

/** The shape `encodeShape` gave `numbers`; undefined when they are not one. */
function decodeShape(numbers: readonly number[] | undefined): ShapedText | undefined {
  if (numbers === undefined) return undefined;
  const glyphs: PositionedGlyph[] = [];
  let advanceWidth = 0;
  for (let index = 0; index < numbers.length; ) {
    const [id, advanceUnits, xOffsetUnits, yOffsetUnits, codePointCount] = numbers.slice(index, index + 5);
    const codePoints = numbers.slice(index + 5, index + 5 + (codePointCount ?? 0));
    if (!Number.isInteger(id) || id! < 0 || !Number.isInteger(codePointCount) || codePointCount! < 0 || codePoints.length !== codePointCount) return undefined;
    if (yOffsetUnits === undefined || !codePoints.every((codePoint) => Number.isInteger(codePoint) && codePoint >= 0 && codePoint <= 0x10ffff)) return undefined;
    glyphs.push({ id: id!, codePoints, advanceUnits: advanceUnits!, xOffsetUnits: xOffsetUnits!, yOffsetUnits });
    advanceWidth += advanceUnits!;
    index += 5 + codePointCount!;
  }
  return { glyphs, advanceWidth };
}

/** The faces one layout uses, by font id, loaded on first use. */
export class FontSet {
  /** Faces the document draws with, in the order of first use. */
  private readonly used = new Map<string, FontFace>();
  /** Faces loaded only to ask what they cover (a fallback that turned out not to be needed). */
  private readonly probed = new Map<string, FontFace>();

  constructor(private readonly files: ReadonlyMap<string, string>) {}

  face(id: string): FontFace {
    let face = this.used.get(id);
    if (!face) {
      face = this.probed.get(id) ?? this.load(id);
      this.used.set(id, face);
    }
    return face;
  }

  /** Whether face `id` has a glyph for every character of `text`. Asking does not make the document use the face. */
  covers(id: string, text: string): boolean {
    let face = this.used.get(id) ?? this.probed.get(id);
    if (!face) {
      face = this.load(id);
      this.probed.set(id, face);
    }
    return face.covers(text);
  }

  /** The faces drawn with so far: exactly those the document uses. */
  usedFaces(): FontFace[] {
    return [...this.used.values()];
  }

  private load(id: string): FontFace {
    const path = this.files.get(id);
    if (!path) throw new Error(`font id '${id}' is not in this layout`);
    return new FontFace(id, path, openFont(path, id));
  }
}
