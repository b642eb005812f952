import type { Paragraph } from '../article/types.js';
import type { FontFace, FontSet } from '../fonts/fontSet.js';
import type { Hyphenator } from '../hyphenation/hyphenator.js';
import type { FaceVariant, ResolvedStyle } from '../layout-spec/resolve.js';
import type { Box, Item, Penalty } from '../linebreak/index.js';
import { fixedSpaceWidthPt, NO_BREAK_SPACE, withDrawnEquivalents } from './equivalents.js';
import { edgeHangPt } from './protrusion.js';
import { curlQuotes } from './quotes.js';
import { graphemeClusters, lastResortBreaks, wordBreaks, type WordBreak } from './wordBreaks.js';

/** What a box draws: a piece of a word in one face. A box with empty text is blank space (an indent). */
export interface BoxPiece {
  text: string;
  faceId: string;
  sizePt: number;
  /** Index of the word the piece belongs to, in the paragraph. */
  wordIndex: number;
}

/**
 * A paragraph turned into Knuth–Plass items, with what each box draws alongside. Breaking picks item indices;
 * `setLine` turns a range of items back into positioned runs.
 */
export interface ShapedParagraph {
  items: Item[];
  /** Indexed like `items`: the piece for each box, null for glue and penalties. */
  pieces: (BoxPiece | null)[];
  /** Item index of a discretionary break → the text added at the line end when breaking there ("-"). */
  breakTexts: Map<number, string>;
  /** Item indices of last-resort breaks inside an overlong word; a line ending there deserves a warning. */
  wordBreaks: Set<number>;
  words: string[];
  style: ResolvedStyle;
}

export interface ShapeOptions {
  style: ResolvedStyle;
  fonts: FontSet;
  hyphenator: Hyphenator | null;
  /** Blank space before the first word (a paragraph indent). */
  indentPt: number;
  /**
   * The narrowest measure the paragraph may be set in: a word wider than this gets last-resort breaks, so that it
   * can never overflow its column. Default: none.
   */
  narrowestMeasurePt?: number;
  /** The text's language, for its quotation marks; default en-US. */
  lang?: string;
}

interface WordSegment {
  text: string;
  variant: FaceVariant;
}

/** A segment of a word with the face that draws it: the style's face of its variant, or a fallback. */
interface FacedSegment extends WordSegment {
  faceId: string;
}

interface Word {
  segments: WordSegment[];
  /** Joined to the previous word by a no-break space: the space between them is not a breakpoint. */
  tied: boolean;
  /** The white space before the word, as written ('' for the first). */
  separator: string;
}

/** Stretch of the glue at the end of a ragged line (Knuth and Plass's ragged-right setting). */
const RAGGED_STRETCH_EM = 3;
const HYPHEN = '-';
const SOFT_HYPHEN = '\u00AD';

export function shapeParagraph(paragraph: Paragraph, options: ShapeOptions): ShapedParagraph {
  const { style, fonts, indentPt } = options;
  const hyphenator = style.hyphenate ? options.hyphenator : null;
  const words = splitWords(style.typographicQuotes ? withCurlyQuotes(paragraph, options.lang ?? 'en-US') : paragraph, style.uppercase);
  const shaped: ShapedParagraph = { items: [], pieces: [], breakTexts: new Map(), wordBreaks: new Set(), words: [], style };
  const push = (item: Item, piece: BoxPiece | null = null): void => {
    shaped.items.push(item);
    shaped.pieces.push(piece);
  };
  const justified = style.align === 'justify';
  const raggedStretchPt = RAGGED_STRETCH_EM * style.sizePt;
  // Glyph expansion and letter-spacing give every word a little stretch and shrink of its own: in proportion to
  // its width, and to the gaps between its letters.
  const expansion = justified ? style.expansionPct / 100 : 0;
  const letterStretchPt = justified ? style.letterSpacing.stretchEm * style.sizePt : 0;
  const letterShrinkPt = justified ? style.letterSpacing.shrinkEm * style.sizePt : 0;
  const hangs = marginHangs(style);
  const wordBox = (widthPt: number, letterGaps: number, text: string, face: FontFace): Box => {
    // A fragment's width is a difference of prefix widths, which kerning can make a hair negative.
    const scalePt = Math.abs(widthPt) * expansion;
    const box: Box = { type: 'box', widthPt, stretchPt: scalePt + letterGaps * letterStretchPt, shrinkPt: scalePt + letterGaps * letterShrinkPt };
    // The breaker counts what setLine will let the line's edge characters hang, so its ratios are the ones set.
    const hangLeftPt = hangs.left ? edgeHangPt(text, face, style.sizePt, 'left') : 0;
    const hangRightPt = hangs.right ? edgeHangPt(text, face, style.sizePt, 'right') : 0;
    if (hangLeftPt > 0) box.hangLeftPt = hangLeftPt;
    if (hangRightPt > 0) box.hangRightPt = hangRightPt;
    return box;
  };

  if (indentPt > 0) push({ type: 'box', widthPt: indentPt }, { text: '', faceId: style.faces.regular, sizePt: style.sizePt, wordIndex: -1 });

  words.forEach(({ segments: spanSegments, tied, separator }, wordIndex) => {
    const isLastWord = wordIndex === words.length - 1;
    const wordText = spanSegments.map((segment) => segment.text).join('').replaceAll(SOFT_HYPHEN, '');
    shaped.words.push(wordText);
    // Found in the word as written: a non-breaking hyphen drawn as '-' still offers no break.
    const ownBreaks = wordBreaks(wordText);
    const segments = splitByCoverage(spanSegments, style, fonts);
    if (wordIndex > 0) {
      const previous = words[wordIndex - 1]!.segments;
      // Glue is a legal breakpoint only right after a box; a penalty in between makes the space unbreakable.
      if (tied) push({ type: 'penalty', widthPt: 0, cost: Infinity, flagged: false });
      const spaceFace = fonts.face(style.faces[previous[previous.length - 1]!.variant]);
      const fixedSpacePt = fixedSpaceWidthPt(separator, spaceFace, style.sizePt);
      const spacePt = fixedSpacePt ?? spaceFace.widthPt(' ', style.sizePt);
      if (justified) {
        const flexible = fixedSpacePt === null;
        push({
          type: 'glue',
          widthPt: spacePt,
          stretchPt: flexible ? (spacePt * style.wordSpace.stretchPct) / 100 : 0,
          shrinkPt: flexible ? (spacePt * style.wordSpace.shrinkPct) / 100 : 0,
        });
      } else {
        push({ type: 'glue', widthPt: 0, stretchPt: raggedStretchPt, shrinkPt: 0 });
        push({ type: 'penalty', widthPt: 0, cost: tied ? Infinity : 0, flagged: false });
        push({ type: 'glue', widthPt: spacePt, stretchPt: -raggedStretchPt, shrinkPt: 0 });
      }
    }
    let segmentStart = 0;
    for (const segment of segments) {
      const face = fonts.face(segment.faceId);
      const text = segment.text.replaceAll(SOFT_HYPHEN, '');
      const from = segmentStart;
      segmentStart += text.length;
      const own = ownBreaks.length === 0 ? [] : ownBreaks.filter(({ offset }) => offset > from && offset < from + text.length).map((point) => ({ ...point, offset: point.offset - from }));
      // A hyphen in the last word of a paragraph leaves a fragment alone on the last line. Only words set in one
      // face, the style's own, are hyphenated: a hyphen never joins two faces nor is drawn in a fallback. A word
      // that breaks by itself (a compound's hyphen, a URL's slashes) takes no added hyphen.
      const hyphenates = hyphenator && ownBreaks.length === 0 && segments.length === 1 && segment.faceId === style.faces[segment.variant] && !isLastWord;
      const hyphenOffsets = hyphenates ? hyphenator.breakOffsets(segment.text) : [];
      // The paragraph's first word shares its line with the indent.
      const roomPt = options.narrowestMeasurePt === undefined ? Infinity : options.narrowestMeasurePt - (wordIndex === 0 ? indentPt : 0);
      const measured = roomPt < Infinity;
      const breaks = breakPoints(
        text,
        hyphenOffsets,
        own,
        (runFrom, runTo) => (measured ? face.widthPt(text.slice(runFrom, runTo), style.sizePt) > roomPt : runTo - runFrom > LONG_WORD_CHARS),
        measured,
      );
      const wordWidthPt = face.widthPt(text, style.sizePt);
      const pushPiece = (from: number, to: number, widthPt: number, letterGaps: number, prefixPt: number): void => {
        const piece = text.slice(from, to);
        const box = wordBox(widthPt, letterGaps, piece, face);
        // A fragment that starts a line is drawn on its own there, without the kerning to the letters before it.
        if (from > 0) {
          const startWidthPt = widthPt + face.widthPt(text.slice(from), style.sizePt) - (wordWidthPt - prefixPt);
          if (Math.abs(startWidthPt - widthPt) > 1e-9) box.widthAtLineStartPt = startWidthPt;
        }
        push(box, { text: piece, faceId: face.id, sizePt: style.sizePt, wordIndex });
      };
      let start = 0;
      let prefixWidthPt = 0;
      for (const point of breaks) {
        const prefixEndWidthPt = face.widthPt(text.slice(0, point.offset), style.sizePt);
        // The letter gap at the break belongs to the piece only where a hyphen will follow it if the line ends here;
        // elsewhere it vanishes at a break, so it is not counted (the unbroken word stretches a hair more than rated).
        const pieceLetterGaps = point.offset - start - (point.kind === 'hyphen' ? 0 : 1);
        pushPiece(start, point.offset, prefixEndWidthPt - prefixWidthPt, Math.max(0, pieceLetterGaps), prefixWidthPt);
        if (point.kind === 'hyphen') {
          const hyphenHangPt = hangs.right ? edgeHangPt(HYPHEN, face, style.sizePt, 'right') : 0;
          const hyphenWidthPt = face.widthPt(text.slice(0, point.offset) + HYPHEN, style.sizePt) - prefixEndWidthPt;
          if (!justified) {
            push({ type: 'penalty', widthPt: 0, cost: Infinity, flagged: false });
            push({ type: 'glue', widthPt: 0, stretchPt: raggedStretchPt, shrinkPt: 0 });
          }
          shaped.breakTexts.set(shaped.items.length, HYPHEN);
          const capitalized = /^\P{L}*\p{Lu}/u.test(text);
          const cost = capitalized ? (style.hyphenation.capitalizedPenalty ?? style.hyphenation.penalty) : style.hyphenation.penalty;
          // The hyphen is expanded with its line (the letter gap before it is the piece's last).
          const hyphenExpansionPt = hyphenWidthPt * expansion;
          const hyphen: Penalty = { type: 'penalty', widthPt: hyphenWidthPt, cost, flagged: true, stretchPt: hyphenExpansionPt, shrinkPt: hyphenExpansionPt };
          if (hyphenHangPt > 0) hyphen.hangRightPt = hyphenHangPt;
          push(hyphen);
          if (!justified) push({ type: 'glue', widthPt: 0, stretchPt: -raggedStretchPt, shrinkPt: 0 });
        } else {
          if (point.kind === 'anywhere') shaped.wordBreaks.add(shaped.items.length);
          push({ type: 'penalty', widthPt: 0, cost: point.cost, flagged: point.kind === 'afterHyphen' });
        }
        start = point.offset;
        prefixWidthPt = prefixEndWidthPt;
      }
      pushPiece(start, text.length, wordWidthPt - prefixWidthPt, Math.max(0, text.length - start - 1), prefixWidthPt);
    }
  });

  // TeX's \parfillskip: the last line is set at natural spacing and never ends on a break before it.
  push({ type: 'penalty', widthPt: 0, cost: Infinity, flagged: false });
  push({ type: 'glue', widthPt: 0, stretchPt: Infinity, shrinkPt: 0 });
  push({ type: 'penalty', widthPt: 0, cost: -Infinity, flagged: false });
  return shaped;
}

/** Which line edges hang (as setLine's optical margins): the left of flush-left lines, the right of flush-right ones. */
function marginHangs(style: ResolvedStyle): { left: boolean; right: boolean } {
  if (!style.opticalMargins) return { left: false, right: false };
  return { left: style.align === 'left' || style.align === 'justify', right: style.align === 'justify' || style.align === 'right' };
}

function withCurlyQuotes(paragraph: Paragraph, lang: string): Paragraph {
  let before = '';
  return {
    spans: paragraph.spans.map((span) => {
      const text = curlQuotes(span.text, lang, before);
      before = span.text.slice(-1) || before;
      return { ...span, text };
    }),
  };
}

/**
 * Gives each segment the face that draws it, split where that changes: per grapheme cluster (an emoji with its
 * variation selector or skin tone stays whole), the style's face if it has the whole cluster, else the first
 * fallback that has, else the style's face, whose missing glyph the typesetter reports.
 */
function splitByCoverage(segments: readonly WordSegment[], style: ResolvedStyle, fonts: FontSet): FacedSegment[] {
  const faced: FacedSegment[] = [];
  for (const written of segments) {
    const own = style.faces[written.variant];
    // A character the face lacks but has an equivalent for (U+2011 → U+2010 → '-') is drawn with that, not a fallback.
    const segment = { text: withDrawnEquivalents(written.text, (char) => fonts.covers(own, char)), variant: written.variant };
    if (fonts.covers(own, segment.text)) {
      faced.push({ text: segment.text, variant: segment.variant, faceId: own });
      continue;
    }
    const candidates = [own, ...style.fallbackFaces[segment.variant]];
    const parts: FacedSegment[] = [];
    // Soft hyphens go: a word in several faces is not hyphenated.
    for (const { segment: cluster } of graphemeClusters(segment.text.replaceAll(SOFT_HYPHEN, ''))) {
      const faceId = candidates.find((id) => fonts.covers(id, cluster)) ?? own;
      const last = parts[parts.length - 1];
      if (last?.faceId === faceId) last.text += cluster;
      else parts.push({ text: cluster, variant: segment.variant, faceId });
    }
    faced.push(...parts);
  }
  return faced;
}

/**
 * Splits a paragraph's spans into words; a word may cross span boundaries ("**Tesla**'s"). A no-break space
 * separates words that must stay on one line.
 */
export function splitWords(paragraph: Paragraph, uppercase = false): Word[] {
  const words: Word[] = [];
  let current: WordSegment[] = [];
  let separatorBefore = '';
  let separatorNext = '';
  const endWord = (separator: string): void => {
    if (current.length > 0) {
      words.push({ segments: current, tied: NO_BREAK_SPACE.test(separatorBefore), separator: separatorBefore });
      separatorBefore = '';
    }
    current = [];
    separatorNext = separator;
  };
  for (const span of paragraph.spans) {
    const variant: FaceVariant = span.bold ? (span.italic ? 'boldItalic' : 'bold') : span.italic ? 'italic' : 'regular';
    const text = uppercase ? span.text.toUpperCase() : span.text;
    for (const token of text.split(/(\s+)/u)) {
      if (token === '') continue;
      if (/^\s+$/u.test(token)) {
        endWord(token);
      } else {
        if (current.length === 0 && words.length > 0) separatorBefore = separatorNext;
        current.push({ text: token, variant });
      }
    }
  }
  endWord('');
  return words;
}

interface BreakPoint {
  offset: number;
  /** 'hyphen': pattern hyphenation, which adds a hyphen; the others are the word's own breaks. */
  kind: 'hyphen' | WordBreak['kind'];
  /** The penalty of a break with no hyphen added (a hyphen's is the style's). */
  cost: number;
}

/** Words (runs between a word's own breaks) longer than this get last-resort breaks when no measure is given. */
const LONG_WORD_CHARS = 24;

/**
 * All the places a segment may break, sorted: its own breaks, else pattern hyphenation; and last-resort breaks in
 * the runs between its unflagged breaks that `tooLong` says no line holds (a hyphen may be barred by the limit on
 * hyphens in a row, so hyphens bound no run). When `measured` (the room is known, not guessed), a line holding an
 * address's place never ends inside letters: a run no line holds starts a line, at a forced break.
 */
function breakPoints(text: string, hyphenOffsets: number[], own: WordBreak[], tooLong: (from: number, to: number) => boolean, measured: boolean): BreakPoint[] {
  const points: BreakPoint[] = own.length > 0 ? own : hyphenOffsets.map((offset) => ({ offset, kind: 'hyphen' as const, cost: 0 }));
  const runEdges = points.filter((point) => point.kind !== 'hyphen' && point.kind !== 'afterHyphen').map((point) => point.offset);
  const { breaks, longRunStarts } = lastResortBreaks(text, runEdges, tooLong);
  // Nearly every segment: no run too long, and its own points (or its hyphens) in order already.
  if (longRunStarts.length === 0 && breaks.length === 0 && points.every((point, index) => index === 0 || points[index - 1]!.offset <= point.offset)) return points;
  const taken = new Set(points.map((point) => point.offset));
  const placed = points.map((point) => (measured && point.kind === 'address' && longRunStarts.includes(point.offset) ? { ...point, cost: -Infinity } : point));
  return [...placed, ...breaks.filter((point) => !taken.has(point.offset))].sort((a, b) => a.offset - b.offset);
}
