/**
 * The layout result: plain JSON data (no class instances, Maps, Buffers, Infinity or NaN), all coordinates in points
 * from the page's top-left corner, y downwards. Layout produces it; the PDF writer and the tests read it. A page can
 * be composed in one process and painted in another: text carries its glyphs as shaped, images their content hash.
 * Nothing here refers to pdfkit.
 */
import type { BreakPass } from '../linebreak/types.js';

/** Version of this format, written in every document; bumped when a change would misread older documents. */
export const POSITIONED_SCHEMA_VERSION = 1;

/** A font face the document uses, by the id that runs refer to. */
export interface FontFaceRef {
  id: string;
  /** Absolute path of a static TTF/OTF file. */
  path: string;
  /** The face's font units per em: the unit of its runs' glyph advances and offsets. */
  unitsPerEm: number;
}

/**
 * One glyph as the shaper set it (kerning and ligatures applied), in font units of its run's face: multiply by
 * `sizePt / unitsPerEm` for points, before the run's horizontal scale and letter-spacing.
 */
export interface PositionedGlyph {
  /** Glyph id in the face's font file. */
  id: number;
  /** The characters the glyph stands for (several for a ligature): the PDF maps the glyph back to them for text extraction. */
  codePoints: number[];
  /** Advance to the next glyph, kerning included. */
  advanceUnits: number;
  /** Shift of the glyph from its pen position (mark positioning); usually 0. */
  xOffsetUnits: number;
  yOffsetUnits: number;
}

/** A stretch of text drawn with one face and size, starting at `xPt` on its line's baseline. */
export interface PositionedRun {
  text: string;
  /** What is drawn: the glyphs `text` was shaped into, in order. The painter draws these and never shapes `text` again. */
  glyphs: PositionedGlyph[];
  xPt: number;
  /** Width as drawn: the glyphs' advances (scaled), with `characterSpacingPt` between glyphs. */
  widthPt: number;
  fontId: string;
  sizePt: number;
  /** Horizontal scale in percent (glyph expansion); 100 when unscaled. */
  horizontalScalePct: number;
  /** Extra space after every glyph, in points (letter-spacing), as laid out: already scaled horizontally. */
  characterSpacingPt: number;
}

export interface PositionedLine {
  /** Baseline position from the page top. */
  baselinePt: number;
  /** Left edge of the line's measure (the column edge plus any indent). */
  xPt: number;
  /** The measure the line was set to. */
  widthPt: number;
  runs: PositionedRun[];
  /** Set justified (stretched or shrunk to the measure) rather than ragged. */
  justified: boolean;
  /** How far the first character hangs left of `xPt` (optical margin alignment). */
  hangLeftPt: number;
  /** How far the last character hangs right of `xPt + widthPt`. */
  hangRightPt: number;
  /** Ends with a hyphen the engine inserted. */
  hyphenated: boolean;
  /**
   * Its last word goes on, with no hyphen, at the start of the paragraph's next line in reading order: a drop cap's
   * initial ("T" of "The"). Absent otherwise.
   */
  continuesWord?: boolean;
  /** The last line of its paragraph. */
  endsParagraph: boolean;
  /** Index of the paragraph in its story, for reports; -1 for text outside a story. */
  paragraphIndex: number;
  /**
   * Adjustment ratio the line was set with (Knuth–Plass r: <0 shrunk, >0 stretched): the line breaker's own rating.
   * Where the drawn glyphs differ a hair from what was rated (a ligature has fewer letter gaps), the spaces make up the difference.
   */
  adjustmentRatio: number;
  /**
   * The line breaker's pass that set the line's paragraph. After `second` (`emergency`, `overfull`) the paragraph
   * had no breaking with every space within its style's `wordSpace.maxEm`. Absent on lines not broken by the
   * breaker (a drop cap).
   */
  breakPass?: BreakPass;
}

export type TextRole = 'body' | 'headline' | 'deck' | 'byline' | 'dateline' | 'caption' | 'source' | 'dropCap' | 'crosshead' | 'pullQuote' | 'furniture' | 'jumpLine';

export interface TextFrame {
  kind: 'text';
  role: TextRole;
  /** Body column number (1-based) for body text; 0 for other frames. */
  column: number;
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
  lines: PositionedLine[];
  /** On a page of several stories (an edition's), which one the frame belongs to: 0 for the first the page reads. */
  storyIndex?: number;
}

export interface ImageFrame {
  kind: 'image';
  /** The article image's id. */
  imageId: string;
  srcPath: string;
  /**
   * The picture drawn: sha256 (hex) of the prepared JPEG, the key of the image store the painter is given. Set by the
   * image stage, which crops and encodes the photo for the frame; absent on a document fresh from composition.
   */
  jpegSha256?: string;
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
  /** Accessible description. */
  alt: string;
  /** What a crop to the frame's aspect ratio keeps. */
  crop: 'centre' | 'attention';
  /** As `TextFrame.storyIndex`. */
  storyIndex?: number;
}

/** A straight hairline from (`xPt`, `yPt`) to (`xPt + widthPt`, `yPt + heightPt`): a rule between stories, under a running head. */
export interface RuleFrame {
  kind: 'rule';
  xPt: number;
  yPt: number;
  /** 0 for a vertical rule. */
  widthPt: number;
  /** 0 for a horizontal rule. */
  heightPt: number;
  /** The stroke's width. */
  strokePt: number;
}

export type Frame = TextFrame | ImageFrame | RuleFrame;

export interface PositionedPage {
  widthPt: number;
  heightPt: number;
  /** Bleed around the trim, on every side. */
  bleedPt: number;
  frames: Frame[];
}

/** Text that found no room, so that nothing is ever silently dropped. */
export interface Overset {
  /** Lines that could not be placed. */
  lineCount: number;
  /** Words that could not be placed. */
  wordCount: number;
  /** The first words of the overset text. */
  firstWords: string;
  /** Where the text stopped, so that a continuation elsewhere (a jump) starts exactly there. */
  resumeAt: ResumePoint;
}

/** A place in a story's text: a word of a paragraph, and how much of that word a line already set (a break inside it). */
export interface ResumePoint {
  /** Index in the story's paragraphs: the article's body, then the source line. */
  paragraphIndex: number;
  wordIndex: number;
  /** Characters of the word set before the stop (0: the word starts after it), soft hyphens not counted. */
  charactersSet: number;
}

export interface LayoutWarning {
  /** Where: `page 1, column 3`, `headline`. */
  where: string;
  message: string;
}

export interface PositionedDocument {
  /** `POSITIONED_SCHEMA_VERSION` when the document was made. */
  schemaVersion: number;
  title: string;
  lang: string;
  fonts: FontFaceRef[];
  pages: PositionedPage[];
  overset: Overset | null;
  warnings: LayoutWarning[];
}
