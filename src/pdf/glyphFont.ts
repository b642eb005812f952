import type * as fontkit from 'fontkit';
import type { PositionedGlyph, PositionedRun } from '../positioned/types.js';
import type { FontSubset, SubsetCache } from './subsetCache.js';

/** What pdfkit reads from a fontkit glyph run (`EmbeddedFont.layoutRun`, `encode`). */
interface GlyphRunForPdfkit {
  glyphs: { id: number; codePoints: number[]; advanceWidth: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  readonly advanceWidth: number;
}

/**
 * Hands pdfkit (0.20) the document's glyphs instead of letting it shape text. pdfkit draws text through its
 * EmbeddedFont: `text()` → `_fragment` → `encode(text)` → `layout(text)`, which splits the text at spaces and asks the
 * fontkit font for `layout(word)`. From that answer pdfkit takes each glyph's id (for the subset), nominal
 * `advanceWidth` (the PDF font's widths), `codePoints` (the ToUnicode map, so that extracted text is right, ligatures
 * included) and position (`xAdvance`, `xOffset`, `yOffset`, which it scales in place), and writes TJ with the
 * differences between positioned and nominal advances. The fontkit font's `layout` is thus the narrowest seam, and a
 * public one (fontkit's API): pdfkit is given the real font, whose tables it subsets and embeds, except that `layout`
 * answers with the glyphs of the run being drawn. The alternatives reach further into pdfkit: writing BT/TJ ourselves
 * needs EmbeddedFont's private subset, widths and unicode tables; replacing `encode` patches EmbeddedFont itself.
 * The document must turn off pdfkit's per-text layout cache (`fontLayoutCache: false`), so that every run is drawn
 * with its own glyphs even when two runs share a text.
 * The same proxy hands pdfkit a subset (fontkit's `createSubset`, which pdfkit calls once per document and font, and
 * whose `encode` it calls once, when the document ends) that encodes through the disk cache of subsets.
 */
export class GlyphFont {
  /** The font to register with pdfkit. */
  readonly font: fontkit.Font;
  private run: PositionedRun | null = null;

  /** `fileSha256` is the hash of the bytes `file` was parsed from: the cached subsets are named by it. */
  constructor(
    private readonly file: fontkit.Font,
    private readonly fileSha256: string,
    private readonly subsets: SubsetCache,
  ) {
    this.font = new Proxy(file, {
      get: (font, key) => {
        if (key === 'layout') return this.layout;
        if (key === 'createSubset') return this.createSubset;
        return Reflect.get(font, key);
      },
    });
  }

  /** Runs `draw`, which must have pdfkit draw exactly `run.text` in this font, with `run.glyphs`. */
  drawRun(run: PositionedRun, draw: () => void): void {
    this.run = run;
    try {
      draw();
    } finally {
      this.run = null;
    }
  }

  /** fontkit's subset of the font, called on the proxy as pdfkit would (the subsetter reads glyphs through it). */
  private readonly createSubset = (): FontSubset => {
    const subset = (this.file.createSubset as unknown as () => FontSubset).call(this.font);
    this.subsets.cacheEncoding(subset, this.fileSha256);
    return subset;
  };

  /** pdfkit scales the positions in place, so every call answers with fresh ones. */
  private readonly layout = (text: string, features?: unknown): GlyphRunForPdfkit => {
    const run = this.run;
    if (run === null || text !== run.text || features !== undefined) {
      throw new Error(`pdfkit asked to lay out '${text}' while drawing ${run === null ? 'nothing' : `'${run.text}'`}`);
    }
    return glyphRun(this.file, run.glyphs);
  };
}

/**
 * The glyphs pdfkit reads for each positioned glyph array, made once: runs of the same string share one array, and
 * pdfkit asks for a run's layout three times (two widths and the encoding) without changing the glyphs.
 */
const pdfkitGlyphsByRun = new WeakMap<readonly PositionedGlyph[], GlyphRunForPdfkit['glyphs']>();

function glyphRun(file: fontkit.Font, glyphs: readonly PositionedGlyph[]): GlyphRunForPdfkit {
  const positions = glyphs.map((glyph) => ({ xAdvance: glyph.advanceUnits, yAdvance: 0, xOffset: glyph.xOffsetUnits, yOffset: glyph.yOffsetUnits }));
  let pdfkitGlyphs = pdfkitGlyphsByRun.get(glyphs);
  if (!pdfkitGlyphs) {
    // The nominal advance is the font file's (its hmtx), which the PDF's widths array must repeat.
    pdfkitGlyphs = glyphs.map((glyph) => ({ id: glyph.id, codePoints: glyph.codePoints, advanceWidth: file.getGlyph(glyph.id, glyph.codePoints).advanceWidth }));
    pdfkitGlyphsByRun.set(glyphs, pdfkitGlyphs);
  }
  return {
    glyphs: pdfkitGlyphs,
    positions,
    // Summed when asked, as fontkit's GlyphRun does: pdfkit reads it after scaling the positions.
    get advanceWidth() {
      let width = 0;
      for (const position of positions) width += position.xAdvance;
      return width;
    },
  };
}
