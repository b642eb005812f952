import type { ArticleDocument } from '../article/document.js';
import { createHyphenator } from '../hyphenation/hyphenator.js';
import { normaliseSpans } from '../article/spans.js';
import type { PdfCaption, PdfLine, PdfPage } from '../pdf-read/types.js';
import { LINE_END_WORDS, lastWords } from '../report/lineEnds.js';
import { parseCaptionLine } from './classifyLine.js';
import { joinLines } from './joinBodyLines.js';

/** A body line as read from the page, with the column it stands in. */
export interface BodyLine {
  line: PdfLine;
  /** 0-based index among the body's columns. */
  column: number;
}

/** What a printed page says, sorted by what each line is. */
export interface PageText {
  article: ArticleDocument & { originalColumnEnds: string[]; originalLineEnds: string[] };
  bodySizePt: number;
  /** The body's lines in reading order (the source line excluded), each with its column. */
  body: BodyLine[];
  /** Left edges of the body's columns. */
  columnLeftsPt: number[];
  headline: PdfLine[];
  deck: PdfLine[];
  /** The drop cap's line (one or two letters, several lines tall), or null. */
  dropCap: PdfLine | null;
  source: PdfLine | null;
  /** Lines that are none of the above, by text: named in a warning. */
  unread: string[];
  hyphenation: OriginalHyphenation;
}

/** How the original hyphenated its body. */
export interface OriginalHyphenation {
  /** The words hyphenated at a line end, marked where they were broken ("mil-lion"), each once. */
  words: string[];
  /** Whether a column's last line ends in a hyphen (a word broken across columns). */
  acrossColumns: boolean;
}

/** A line this much shorter (in em) than its column ends a paragraph; an indent this deep starts one. */
const SHORT_LINE_EM = 1;
const INDENT_EM = 0.3;
/** Type this much larger than the body's is display type (a headline, a deck or a drop cap). */
const DISPLAY_RATIO = 1.2;
const COLUMN_END_WORDS = 4;
/** `(Agency)` as a story's last line. */
const SOURCE_LINE = /^\((.*\S.*)\)$/u;

/**
 * Reads an article from a page of a newspaper: the body is the commonest size of type, in its columns (lines one
 * baseline split at a wide space are joined again); the largest type is the headline, display type between them
 * above the body the deck; the captions under the pictures (with `— credit`) are the photos; a last line in
 * parentheses is the source; one or two letters several lines tall at the body's start are its drop cap, joined to
 * its word. Paragraphs start after a line that ends short of its column or at an indented line; a line-end hyphen
 * between two lower-case letters is undone (`joinLines`) where the hyphenation patterns allow a break, else kept as
 * the word's own: a PDF does not say which hyphens its typesetter added, so a compound broken at its own hyphen
 * where the patterns also allow one ("high-" + "voltage") loses it.
 */
export function readPageText(page: PdfPage): PageText {
  const captionLines = new Set(page.captions.flatMap((caption) => caption.lines));
  const lines = page.columns.flatMap((column) => column.lines).filter((line) => !captionLines.has(line));
  const bodySizePt = commonestSize(lines);
  const isBody = (line: PdfLine): boolean => Math.abs(line.sizePt - bodySizePt) < 0.05;
  // The reader's columns that hold body text are the body's.
  const bodyColumns = page.columns
    .map((column) => ({ xPt: column.xPt, lines: joinSplitLines(column.lines.filter((line) => !captionLines.has(line) && isBody(line))) }))
    .filter((column) => column.lines.length > 0);
  const bodyLines = bodyColumns.flatMap((column) => column.lines);
  const bodyTopPt = Math.min(...bodyLines.map((line) => line.baselinePt));
  const display = lines.filter((line) => line.sizePt > bodySizePt * DISPLAY_RATIO);
  const dropCap = display.find((line) => /^\p{L}{1,2}$/u.test(line.text) && line.baselinePt >= bodyTopPt) ?? null;
  const headlineSizePt = Math.max(0, ...display.filter((line) => line !== dropCap).map((line) => line.sizePt));
  const headline = display.filter((line) => line !== dropCap && line.sizePt === headlineSizePt);
  const deck = display.filter((line) => line !== dropCap && line.sizePt < headlineSizePt && line.baselinePt < bodyTopPt);
  const unread = lines.filter((line) => !isBody(line) && !display.includes(line)).map((line) => line.text);

  const columnLeftsPt = bodyColumns.map((column) => column.xPt);
  const ordered = bodyColumns.flatMap((column, index) => column.lines.map((line) => ({ line, column: index })));
  const last = ordered[ordered.length - 1];
  const source = last && SOURCE_LINE.test(last.line.text) ? ordered.pop()!.line : null;
  const body = ordered;

  const { paragraphs, hyphenation } = joinParagraphs(body, columnLeftsPt, dropCap);
  const columnEnds = columnLeftsPt.map((_, column) => body.filter((entry) => entry.column === column).at(-1)?.line.text ?? '');
  if (source) columnEnds[columnEnds.length - 1] = source.text;
  const article: PageText['article'] = {
    headline: headline.map((line) => line.text).join(' '),
    ...(deck.length > 0 ? { deck: deck.map((line) => line.text).join(' ') } : {}),
    ...(source ? { source: SOURCE_LINE.exec(source.text)![1]!.trim() } : {}),
    dropCap: dropCap !== null,
    images: page.captions.map((caption, index) => imageEntry(caption, index)),
    originalColumnEnds: columnEnds.filter(Boolean).map((text) => printed(lastWords(text, COLUMN_END_WORDS))),
    originalLineEnds: body.map((entry) => printed(lastWords(entry.line.text, LINE_END_WORDS))),
    body: paragraphs.map((text) => ({ spans: normaliseSpans([{ text, italic: false, bold: false }]) })),
  };
  return { article, bodySizePt, body, columnLeftsPt, headline, deck, dropCap, source, unread, hyphenation };
}

/** A soft hyphen that was drawn is a hyphen as printed (Typst maps every hyphen glyph to U+00AD). */
function printed(text: string): string {
  return text.replace(/\u00AD/gu, '-');
}

function imageEntry(caption: PdfCaption, index: number): { id: string; src: string; caption: string; credit: string } {
  const id = `image-${index + 1}`;
  const parsed = parseCaptionLine(caption.text);
  return { id, src: `${id}.jpg`, caption: parsed?.caption ?? caption.text, credit: parsed?.credit ?? 'unknown' };
}

/** The size of type most lines are set in, to a hundredth of a point. */
function commonestSize(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.sizePt * 100) / 100, (counts.get(Math.round(line.sizePt * 100) / 100) ?? 0) + line.words.length);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** Pieces of one line the reader cut at a wide justified space (one baseline in one column) made one again, top to bottom. */
function joinSplitLines(lines: readonly PdfLine[]): PdfLine[] {
  const sorted = [...lines].sort((a, b) => a.baselinePt - b.baselinePt || a.xStartPt - b.xStartPt);
  const joined: PdfLine[] = [];
  for (const line of sorted) {
    const previous = joined[joined.length - 1];
    const gapPt = previous ? line.xStartPt - previous.xEndPt : Infinity;
    if (previous && Math.abs(previous.baselinePt - line.baselinePt) < 0.01 && gapPt >= 0) {
      joined[joined.length - 1] = { ...previous, xEndPt: line.xEndPt, text: `${previous.text} ${line.text}`, words: [...previous.words, ...line.words] };
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/** Whether a body line stands beside the drop cap (indented by the initial, not by a paragraph's start). */
export function besideDropCap({ line, column }: BodyLine, dropCap: PdfLine | null): boolean {
  return dropCap !== null && column === 0 && line.baselinePt <= dropCap.baselinePt + 0.5;
}

/**
 * Where a typesetter may have hyphenated a word: where the American or the British English patterns allow a break
 * (an imported article is English, and typesetters differ in the patterns they use: Typst breaks "pro-jects", our
 * American patterns do not). A line-end hyphen elsewhere is the word's own ("megawatt-" + "hours").
 */
const ENGLISH_HYPHENATORS = ['en-US', 'en-GB'].map((lang) => createHyphenator(lang, { minWordLength: 1, minBefore: 1, minAfter: 1, capitalized: true, exceptions: [] }));
const isHyphenationPoint = (lettersBefore: string, lettersAfter: string): boolean =>
  ENGLISH_HYPHENATORS.some((hyphenator) => hyphenator.breakOffsets(lettersBefore + lettersAfter).includes(lettersBefore.length));

/** Body lines put back into paragraphs (see `readPageText`), and how the original hyphenated them. */
function joinParagraphs(body: readonly BodyLine[], lefts: readonly number[], dropCap: PdfLine | null): { paragraphs: string[]; hyphenation: OriginalHyphenation } {
  const breaksByWord = new Map<string, Set<number>>();
  let acrossColumns = false;
  let joiningColumns = false;
  const undoHyphen = (lettersBefore: string, lettersAfter: string): boolean => {
    if (!isHyphenationPoint(lettersBefore, lettersAfter)) return false;
    acrossColumns ||= joiningColumns;
    const word = lettersBefore + lettersAfter;
    breaksByWord.set(word, (breaksByWord.get(word) ?? new Set()).add([...lettersBefore].length));
    return true;
  };
  const rightOf = (column: number): number => Math.max(...body.filter((entry) => entry.column === column).map((entry) => entry.line.xEndPt));
  const rights = lefts.map((_, column) => rightOf(column));
  const paragraphs: string[] = [];
  let text: string | null = null;
  body.forEach((entry, index) => {
    const { line, column } = entry;
    const sizePt = line.sizePt;
    const previous = body[index - 1];
    const endedShort = previous !== undefined && previous.line.xEndPt < rights[previous.column]! - SHORT_LINE_EM * sizePt;
    const indented = !besideDropCap(entry, dropCap) && line.xStartPt - lefts[column]! > INDENT_EM * sizePt;
    const lineText = printed(index === 0 && dropCap ? `${dropCap.text}${line.text}` : line.text);
    if (text === null) text = lineText;
    else if (endedShort || indented) {
      paragraphs.push(text);
      text = lineText;
    } else {
      joiningColumns = previous!.column !== column;
      text = joinLines(text, lineText, undoHyphen);
    }
  });
  if (text !== null) paragraphs.push(text);
  const words = [...breaksByWord].map(([word, offsets]) => [...word].map((letter, index) => (offsets.has(index) ? `-${letter}` : letter)).join(''));
  return { paragraphs, hyphenation: { words, acrossColumns } };
}
