import type { Paragraph } from '../article/types.js';
import type { FontSet } from '../fonts/fontSet.js';
import { createHyphenator, type Hyphenator } from '../hyphenation/hyphenator.js';
import type { ResolvedLayout, ResolvedStyle } from '../layout-spec/resolve.js';
import { shapeParagraph, type ShapedParagraph } from '../inline/shape.js';
import type { StyleBreakSettings } from '../flow/flowStory.js';
import type { LayoutWarning } from '../positioned/types.js';
import { InputError } from '../errors.js';
import { plainParagraph } from '../article/spans.js';

/**
 * How wide spaces may get in the emergency pass, in em: past that, a paragraph goes to the last resort, which admits
 * any line (and costs more to search).
 */
const EMERGENCY_SPACE_EM = 2;

/** What every composition step shares: the layout, its fonts, hyphenation for the article's language, warnings. */
export class Typesetter {
  /** Warnings about the setup (a language without hyphenation patterns), given once whatever is composed. */
  readonly warnings: LayoutWarning[] = [];
  /** While a composition attempt runs, the warnings it gives. */
  private attemptWarnings: LayoutWarning[] | null = null;
  private readonly hyphenators = new Map<string, Hyphenator>();
  private readonly breakSettingsByStyle = new Map<string, StyleBreakSettings>();
  /**
   * Shaping is pure, and copyfitting and balancing compose the same paragraphs many times: each is shaped once per
   * style, indent and narrowest measure (the key under the paragraph).
   */
  private readonly shapedByParagraph = new WeakMap<Paragraph, Map<string, ShapedParagraph>>();
  /** One paragraph per plain text, so that a headline or caption set in every composition is shaped once. */
  private readonly plainParagraphs = new Map<string, Paragraph>();

  constructor(
    readonly layout: ResolvedLayout,
    readonly fonts: FontSet,
    readonly lang: string,
    /** The article's file, named in errors about its text. */
    private readonly articlePath: string,
  ) {}

  style(name: string): ResolvedStyle {
    const style = this.layout.styles.get(name);
    if (!style) throw new Error(`style '${name}' was not checked when the layout was resolved`);
    return style;
  }

  /** Cap height of a style's regular face, in points. */
  capHeightPt(style: ResolvedStyle): number {
    return this.fonts.face(style.faces.regular).metrics.capHeight * style.sizePt;
  }

  /** Depth of a style's descenders below the baseline, in points (positive). */
  descenderPt(style: ResolvedStyle): number {
    return -this.fonts.face(style.faces.regular).metrics.descender * style.sizePt;
  }

  /** `text` as a paragraph in the regular face: the same paragraph each time it is asked for. */
  plainParagraph(text: string): Paragraph {
    let paragraph = this.plainParagraphs.get(text);
    if (!paragraph) {
      paragraph = plainParagraph(text);
      this.plainParagraphs.set(text, paragraph);
    }
    return paragraph;
  }

  /** `where` names the text in errors: `body paragraph 3`, `headline`. */
  shape(paragraph: Paragraph, style: ResolvedStyle, indentPt: number, where: string, narrowestMeasurePt?: number): ShapedParagraph {
    let shapings = this.shapedByParagraph.get(paragraph);
    if (!shapings) {
      shapings = new Map();
      this.shapedByParagraph.set(paragraph, shapings);
    }
    const key = `${style.name}|${indentPt}|${narrowestMeasurePt}`;
    let shaped = shapings.get(key);
    if (!shaped) {
      shaped = this.shapeChecked(paragraph, style, indentPt, where, narrowestMeasurePt);
      shapings.set(key, shaped);
    }
    return shaped;
  }

  private shapeChecked(paragraph: Paragraph, style: ResolvedStyle, indentPt: number, where: string, narrowestMeasurePt?: number): ShapedParagraph {
    const shaped = shapeParagraph(paragraph, {
      style,
      fonts: this.fonts,
      hyphenator: this.hyphenatorFor(style),
      indentPt,
      lang: this.lang,
      ...(narrowestMeasurePt !== undefined && { narrowestMeasurePt }),
    });
    // Checked after shaping: what will be drawn, typographic quotes included, each piece in the face that draws
    // it (a fallback where the style's face lacks a character); a hyphen in the face of the piece before it. Per
    // face for the whole paragraph, so that an error names every character missing, not just the first piece's.
    const textByFace = new Map<string, string>();
    let faceId = style.faces.regular;
    shaped.pieces.forEach((piece, index) => {
      if (piece) faceId = piece.faceId;
      const text = piece ? piece.text : shaped.breakTexts.get(index);
      if (text) textByFace.set(faceId, (textByFace.get(faceId) ?? '') + text);
    });
    for (const [id, text] of textByFace) this.checkFaceCovers(id, text, where);
    return shaped;
  }

  /** Worked out once per style: a flow asks for every paragraph, and a balanced story flows many times. */
  breakSettings(style: ResolvedStyle): Readonly<StyleBreakSettings> {
    let settings = this.breakSettingsByStyle.get(style.name);
    if (!settings) {
      settings = {
        tolerance: style.tolerance,
        secondPassTolerance: Math.max(style.tolerance, this.badnessAtWidestSpace(style)),
        maxConsecutiveHyphens: style.hyphenation.maxConsecutive,
        emergencyRatio: this.ratioAtSpaceEm(style, EMERGENCY_SPACE_EM),
      };
      this.breakSettingsByStyle.set(style.name, settings);
    }
    return settings;
  }

  /**
   * The badness of a line whose spaces are `wordSpace.maxEm` wide. As the second pass's tolerance, it makes that
   * pass find a breaking with no space wider than that whenever one exists; so a paragraph set by the passes after
   * it has a wider space only because no breaking avoids one.
   */
  private badnessAtWidestSpace(style: ResolvedStyle): number {
    return 100 * this.ratioAtSpaceEm(style, style.wordSpace.maxEm) ** 3;
  }

  /** The adjustment ratio at which a justified line's spaces (in the style's regular face) are `spaceEm` wide. */
  private ratioAtSpaceEm(style: ResolvedStyle, spaceEm: number): number {
    const spacePt = this.fonts.face(style.faces.regular).widthPt(' ', style.sizePt);
    const stretchPt = (spacePt * style.wordSpace.stretchPct) / 100;
    if (!(stretchPt > 0)) return 0;
    return Math.max(0, (spaceEm * style.sizePt - spacePt) / stretchPt);
  }

  warn(where: string, message: string): void {
    (this.attemptWarnings ?? this.warnings).push({ where, message });
  }

  /** Runs `compose` with its warnings kept apart: copyfitting composes a page several times and keeps one. */
  collectWarnings<T>(compose: () => T): { result: T; warnings: LayoutWarning[] } {
    const warnings: LayoutWarning[] = [];
    this.attemptWarnings = warnings;
    try {
      return { result: compose(), warnings };
    } finally {
      this.attemptWarnings = null;
    }
  }

  private hyphenatorFor(style: ResolvedStyle): Hyphenator | null {
    if (!style.hyphenate) return null;
    let hyphenator = this.hyphenators.get(style.name);
    if (!hyphenator) {
      hyphenator = createHyphenator(this.lang, style.hyphenation);
      // A setup warning, not an attempt's: the hyphenator is made once, in whichever attempt comes first.
      if (!hyphenator.patternLanguage) this.warnings.push({ where: `style ${style.name}`, message: `no hyphenation patterns for language '${this.lang}'; not hyphenating` });
      this.hyphenators.set(style.name, hyphenator);
    }
    return hyphenator;
  }

  /**
   * A glyph the font lacks would print as an invisible box: refuse it, naming the article, `where` and the character.
   * Prepared text comes here in a fallback face wherever one has the character: what fails there, no face has.
   */
  checkFaceCovers(faceId: string, text: string, where: string): void {
    const face = this.fonts.face(faceId);
    const missing = face.missingCharacters(text);
    if (missing.length > 0) {
      const list = missing.map((char) => `'${char}' (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
      throw new InputError(this.articlePath, where, `font ${face.postscriptName} has no glyph for ${list}`);
    }
  }
}
