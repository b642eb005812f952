/** A body text line of an extracted page. */
export interface BodyLine {
  text: string;
  /** A blank line or a caption stood between this line and the previous text line. */
  interrupted: boolean;
}

/** Body text put back together: paragraphs, and the words that ended each interrupted column. */
export interface JoinedBody {
  paragraphs: string[];
  /** For each mid-sentence interruption, the last (up to four) words before it, as printed. */
  columnEnds: string[];
  /** The last (up to four) words of the body, as printed. */
  lastWords: string;
}

/** A sentence ends with `.`, `?`, `!` or `…`, possibly followed by closing quotes or a parenthesis. */
const SENTENCE_END = /[.?!…]["'”’»)]*$/u;
const COLUMN_END_WORDS = 4;

/**
 * Re-joins body lines into paragraphs. Lines that follow each other directly are one paragraph. After a blank
 * line or caption, a new paragraph starts only if the previous line ended a sentence; otherwise the sentence
 * was cut by the end of a printed column and continues here.
 */
export function joinBodyLines(lines: readonly BodyLine[]): JoinedBody {
  const paragraphs: string[] = [];
  const columnEnds: string[] = [];
  let paragraph: string | undefined;
  // The paragraph's text since its last column break, as printed (hyphens kept).
  let printed = '';
  for (const line of lines) {
    if (paragraph === undefined) {
      paragraph = line.text;
      printed = line.text;
    } else if (!line.interrupted) {
      paragraph = joinLines(paragraph, line.text);
      printed = `${printed} ${line.text}`;
    } else if (SENTENCE_END.test(paragraph)) {
      paragraphs.push(paragraph);
      paragraph = line.text;
      printed = line.text;
    } else {
      columnEnds.push(lastWords(printed));
      paragraph = joinLines(paragraph, line.text);
      printed = line.text;
    }
  }
  if (paragraph !== undefined) paragraphs.push(paragraph);
  return { paragraphs, columnEnds, lastWords: lastWords(printed) };
}

/**
 * Joins a line to the next. A hyphen between a letter and a lower-case letter split one word and goes, unless
 * `isHyphenationPoint` (given the letters before the hyphen and after it) says the word could not have been broken
 * there, so the hyphen was the word's own ("megawatt-" + "hours"); other hyphens and closed-up dashes stay without a
 * space ("Sino-" + "German", "plant—" + "which").
 */
export function joinLines(before: string, after: string, isHyphenationPoint: (lettersBefore: string, lettersAfter: string) => boolean = () => true): string {
  const split = /(\p{L}+)-$/u.exec(before);
  const next = /^\p{Ll}\p{L}*/u.exec(after);
  if (split && next && isHyphenationPoint(split[1]!, next[0])) return before.slice(0, -1) + after;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before + after;
  if (/\S[-–—]$/u.test(before)) return before + after;
  return `${before} ${after}`;
}

function lastWords(text: string): string {
  return text.split(/\s+/).slice(-COLUMN_END_WORDS).join(' ');
}
