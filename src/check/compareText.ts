import { matchSequences, unmatchedStretches } from './matchSequences.js';
import { place, placeRange, plural, pt, quote } from './describe.js';
import type { PlacedLine } from './readingOrder.js';
import type { Difference } from './types.js';

/** A word of a run of lines; a word hyphenated across two lines is one token. */
interface Token {
  text: string;
  /** The text without the hyphen it was broken at, when it was broken. */
  joined: string;
  broken: boolean;
  /** Index of the line (in its run) where the word starts. */
  lineIndex: number;
}

/** A hyphen at a line's end, after a letter, before a line that goes on in lower case: a word broken in two. */
const BREAK_HYPHEN = /\p{L}[-\u00AD\u2010]$/u;
const STARTS_LOWER_CASE = /^\p{Ll}/u;

/**
 * Describes how two runs of lines that did not match line for line differ: each changed stretch of words as one
 * sentence (text changed, added or removed), then whether the line breaks moved (the lines were rewrapped).
 * Runs with nothing on one side are lines added or missing.
 */
export function compareText(before: readonly PlacedLine[], after: readonly PlacedLine[]): Difference[] {
  if (after.length === 0) return [linesSentence('lines-missing', before, 'missing')];
  if (before.length === 0) return [linesSentence('lines-added', after, 'added')];
  const oldWords = tokenize(before);
  const newWords = tokenize(after);
  const matches = matchSequences(oldWords.length, newWords.length, (i, j) => sameWord(oldWords[i]!, newWords[j]!));
  const differences = unmatchedStretches(matches, oldWords.length, newWords.length).map((stretch) =>
    textSentence(oldWords.slice(stretch.oldStart, stretch.oldEnd), newWords.slice(stretch.newStart, stretch.newEnd), before, after),
  );
  if (rewrapped(oldWords, newWords, matches, before.length, after.length)) {
    const first = after[0]!;
    differences.push({
      kind: 'lines-rewrapped',
      message: `${placeRange(first, after[after.length - 1]!)}: ${plural(before.length, 'line')} rewrapped as ${after.length} (line breaks changed), ${excerpt(after)}`,
      page: first.page,
      column: first.column,
      count: after.length,
    });
  }
  return differences;
}

function tokenize(lines: readonly PlacedLine[]): Token[] {
  const tokens: Token[] = [];
  let carried: Token | null = null;
  lines.forEach(({ line }, lineIndex) => {
    const words = line.text.split(' ');
    words.forEach((word, wordIndex) => {
      const token: Token = carried
        ? { text: carried.text + word, joined: carried.text.slice(0, -1) + word, broken: true, lineIndex: carried.lineIndex }
        : { text: word, joined: word, broken: false, lineIndex };
      carried = null;
      const next = lines[lineIndex + 1]?.line.text;
      if (wordIndex === words.length - 1 && next && BREAK_HYPHEN.test(word) && STARTS_LOWER_CASE.test(next)) carried = token;
      else tokens.push(token);
    });
  });
  return tokens;
}

/** Words match exactly, or, when one was broken at a line's end, with the break hyphen (or any hyphen) left out. */
function sameWord(a: Token, b: Token): boolean {
  if (a.text === b.text) return true;
  if (!a.broken && !b.broken) return false;
  return withoutHyphens(a.joined) === withoutHyphens(b.joined);
}

function withoutHyphens(word: string): string {
  return word.replace(/[-\u00AD\u2010]/gu, '');
}

function textSentence(removed: Token[], added: Token[], before: readonly PlacedLine[], after: readonly PlacedLine[]): Difference {
  const where = added.length > 0 ? after[added[0]!.lineIndex]! : before[removed[0]!.lineIndex]!;
  const oldText = removed.map((token) => token.text).join(' ');
  const newText = added.map((token) => token.text).join(' ');
  const change =
    removed.length === 0 ? `text added ${quote(newText)}` : added.length === 0 ? `text removed ${quote(oldText)}` : `text changed ${quote(oldText)} → ${quote(newText)}`;
  return {
    kind: 'text-changed',
    message: `${place(where.page, where.column)}, line at ${pt(where.line.baselinePt)}: ${change}`,
    page: where.page,
    column: where.column,
    before: oldText,
    after: newText,
  };
}

/**
 * Whether the lines break at other words: every break before a word both sides share must be a break on the
 * other side too (breaks beside changed words do not count). Breaks are numbered 2·word, +1 inside a broken word.
 */
function rewrapped(oldWords: Token[], newWords: Token[], matches: [number, number][], oldLines: number, newLines: number): boolean {
  if (oldLines !== newLines) return true;
  const oldBreaks = breaksOf(oldWords);
  const newBreaks = breaksOf(newWords);
  return matches.some(([i, j]) => oldBreaks.get(i) !== newBreaks.get(j));
}

/** For each word that starts a line (after the first) or is broken across lines: 'starts' or 'broken'. */
function breaksOf(words: Token[]): Map<number, 'starts' | 'broken'> {
  const breaks = new Map<number, 'starts' | 'broken'>();
  words.forEach((word, index) => {
    if (word.broken) breaks.set(index, 'broken');
    else if (index > 0 && word.lineIndex !== words[index - 1]!.lineIndex) breaks.set(index, 'starts');
  });
  return breaks;
}

function linesSentence(kind: 'lines-added' | 'lines-missing', lines: readonly PlacedLine[], verb: string): Difference {
  const first = lines[0]!;
  const subject = lines.length === 1 ? `line ${verb}:` : `${plural(lines.length, 'line')} ${verb},`;
  const where = placeRange(first, lines[lines.length - 1]!);
  return { kind, message: `${where}: ${subject} ${excerpt(lines)}`, page: first.page, column: first.column, count: lines.length };
}

/** “first line” or “first line” … “last line”. */
export function excerpt(lines: readonly PlacedLine[]): string {
  const first = quote(lines[0]!.line.text);
  return lines.length === 1 ? first : `${first} … ${quote(lines[lines.length - 1]!.line.text)}`;
}
