import LineBreaker from 'linebreak';

/**
 * Where a word breaks without a hyphen being added: after its own hyphen or dash, after a slash, and in a URL or an
 * e-mail address where style guides break them. Pattern hyphenation (which adds a hyphen) is the hyphenator's.
 */
export type WordBreakKind = 'afterHyphen' | 'afterDash' | 'separator' | 'address' | 'anywhere';

export interface WordBreak {
  /** Code-unit offset into the word: the text before it ends a line. */
  offset: number;
  kind: WordBreakKind;
  /** The Knuth–Plass penalty of breaking here. */
  cost: number;
}

/** What a word is, for where it may break: a URL and an e-mail address break by the style guide's rules. */
export type WordClass = 'url' | 'email' | 'plain';

/** A URL's or an address's place: before or after a mark. */
interface AddressPlace {
  mark: string;
  side: 'before' | 'after';
  cost: number;
}

/**
 * Where style guides (Chicago 7.47) break a URL or an e-mail address, cheapest first: after a slash or the double
 * slash (never between the two), before a query's or fragment's mark, an '@', a dot or a hyphen (so that a line
 * ending in a hyphen is never misread as a word broken with one). UAX #14 breaks after '-' and '?' and not before
 * '.': these places override it in addresses.
 */
export const ADDRESS_PLACES: readonly AddressPlace[] = [
  { mark: '//', side: 'after', cost: 50 },
  { mark: '/', side: 'after', cost: 50 },
  { mark: '?', side: 'before', cost: 80 },
  { mark: '#', side: 'before', cost: 80 },
  { mark: '&', side: 'before', cost: 80 },
  { mark: '=', side: 'before', cost: 100 },
  { mark: '@', side: 'before', cost: 100 },
  { mark: '.', side: 'before', cost: 150 },
  { mark: '-', side: 'before', cost: 150 },
  { mark: '_', side: 'before', cost: 150 },
  { mark: '~', side: 'before', cost: 150 },
  { mark: '%', side: 'before', cost: 150 },
];

/** A break UAX #14 allows inside an address at none of the style guide's places. */
const ADDRESS_OTHER_COST = 1000;
/** After a compound's own hyphen, as TeX's \exhyphenpenalty. */
const AFTER_HYPHEN_COST = 50;
/** After a dash, UAX #14's other breaks in ordinary text (a slash: "and/or", "Daily/Xinhua"). */
const AFTER_DASH_COST = 0;
const SEPARATOR_COST = 200;
/** Characters kept on either side of a break after a separator. */
const EDGE_UNITS = 2;
/** Between any two grapheme clusters: only where nothing else fits. */
export const ANYWHERE_COST = 5000;

const DASHES = /[\u2012-\u2015]/u;
/** Opening and closing punctuation around an address in running text: "(see https://…)." breaks inside the parentheses. */
const LEADING_PUNCTUATION = /^[(\[{<"'“‘«]*/u;
const TRAILING_PUNCTUATION = /[)\]}>"'”’».,;:!?]*$/u;
const URL = /^(?:[a-z][a-z\d+.-]*:\/\/[^/\s]|www\.[^.\s]+\.[^.\s])/iu;
const EMAIL = /^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)*\.\p{L}{2,}$/u;
const ADDRESS_MARKS = /[@:.]/u;
/**
 * Words UAX #14 offers no break inside: Latin letters and digits (alphabetic and numeric classes, LB23 and LB28),
 * apostrophes (quotation class, LB19), then at most one closing mark (LB13). Most words are: they skip the breaker.
 */
const UNBREAKABLE_WORD = /^[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F'’]*[.,;:!?]?$/u;

/** The word without the punctuation around it, as offsets: what an address's places are looked for in. */
function core(word: string): { from: number; to: number } {
  const from = LEADING_PUNCTUATION.exec(word)![0].length;
  const trailing = TRAILING_PUNCTUATION.exec(word.slice(from))![0].length;
  return { from, to: word.length - trailing };
}

export function classifyWord(word: string): WordClass {
  // Every URL has a ':' or a '.', every address an '@': most words have none, and are not matched at all.
  if (!ADDRESS_MARKS.test(word)) return 'plain';
  const { from, to } = core(word);
  const text = word.slice(from, to);
  if (URL.test(text)) return 'url';
  if (EMAIL.test(text)) return 'email';
  return 'plain';
}

/** UAX #14's break opportunities strictly inside `text`, as code-unit offsets. */
function uax14Offsets(text: string): number[] {
  const breaker = new LineBreaker(text);
  const offsets: number[] = [];
  for (let opportunity = breaker.nextBreak(); opportunity; opportunity = breaker.nextBreak()) {
    if (opportunity.position > 0 && opportunity.position < text.length) offsets.push(opportunity.position);
  }
  return offsets;
}

/**
 * The breaks a word offers by itself (no hyphen added), sorted by offset: UAX #14's opportunities, as this
 * project's house rules take them in ordinary words, and the style guide's places in a URL or an e-mail address.
 * Last-resort breaks are `lastResortBreaks`'.
 */
export function wordBreaks(word: string): WordBreak[] {
  const wordClass = classifyWord(word);
  return wordClass === 'plain' ? plainWordBreaks(word) : addressBreaks(word);
}

function plainWordBreaks(word: string): WordBreak[] {
  if (UNBREAKABLE_WORD.test(word)) return [];
  const breaks: WordBreak[] = [];
  for (const offset of uax14Offsets(word)) {
    const before = word[offset - 1]!;
    const after = word.slice(offset);
    // A dash ends a line, never starts one: UAX #14's break before an em dash is not taken.
    if (DASHES.test(after[0]!)) continue;
    if (before === '-' || before === '\u2010') {
      // A hyphen between letters, with two letters after it: no lone letter is left on a line ("e-|mail" is fine).
      if (/\p{L}/u.test(word[offset - 2] ?? '') && /^\p{L}{2}/u.test(after)) breaks.push({ offset, kind: 'afterHyphen', cost: AFTER_HYPHEN_COST });
    } else if (DASHES.test(before)) {
      breaks.push({ offset, kind: 'afterDash', cost: AFTER_DASH_COST });
    } else if (offset >= EDGE_UNITS && offset <= word.length - EDGE_UNITS) {
      // Not "/|usr": a lone mark is not left on a line.
      breaks.push({ offset, kind: 'separator', cost: SEPARATOR_COST });
    }
  }
  return breaks;
}

function addressBreaks(word: string): WordBreak[] {
  const { from, to } = core(word);
  const costs = new Map<number, number>();
  const offer = (offset: number, cost: number): void => {
    if (offset <= from || offset >= to) return;
    costs.set(offset, Math.min(cost, costs.get(offset) ?? Infinity));
  };
  // A place opposite one of the table's sides (UAX #14's break after '-' or '?') is not taken.
  const opposite = new Set<number>();
  for (let index = from; index < to; ) {
    const place = ADDRESS_PLACES.find(({ mark }) => word.startsWith(mark, index));
    if (!place) {
      index += 1;
      continue;
    }
    offer(place.side === 'after' ? index + place.mark.length : index, place.cost);
    opposite.add(place.side === 'after' ? index : index + place.mark.length);
    index += place.mark.length;
  }
  for (const offset of uax14Offsets(word)) if (!opposite.has(offset) && !costs.has(offset)) offer(offset, ADDRESS_OTHER_COST);
  return [...costs].map(([offset, cost]) => ({ offset, kind: 'address' as const, cost })).sort((a, b) => a.offset - b.offset);
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** `text`'s grapheme clusters. The segmenter is made at the first call: making one costs about 10 ms, and most pages never need one. */
export function graphemeClusters(text: string): Intl.Segments {
  graphemeSegmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return graphemeSegmenter.segment(text);
}

/** Grapheme clusters kept whole on either side of a last-resort break. */
const EDGE_CLUSTERS = 2;

/**
 * Last-resort breaks in `text`: at grapheme-cluster boundaries (a decomposed 'ễ' is one cluster), only inside a
 * run between two of the `places` that `tooLong(from, to)` says no line holds, and never within two clusters of the
 * text's ends. `longRunStarts`: the places such runs start at.
 */
export function lastResortBreaks(
  text: string,
  places: readonly number[],
  tooLong: (from: number, to: number) => boolean,
): { breaks: WordBreak[]; longRunStarts: number[] } {
  const innerPlaces = places.filter((offset) => offset > 0 && offset < text.length);
  const edges = innerPlaces.length === 0 ? [0, text.length] : [0, ...innerPlaces, text.length].sort((a, b) => a - b);
  const longRuns: { from: number; to: number }[] = [];
  for (let run = 0; run < edges.length - 1; run++) {
    const from = edges[run]!;
    const to = edges[run + 1]!;
    if (tooLong(from, to)) longRuns.push({ from, to });
  }
  // Nearly every word has no run too long: it is segmented into clusters only when one is (every word is asked).
  if (longRuns.length === 0) return { breaks: [], longRunStarts: [] };
  // A break at cluster k's start leaves k clusters before it and the rest after.
  const starts = [...graphemeClusters(text)].map(({ index }) => index);
  const inner = starts.filter((_, cluster) => cluster >= EDGE_CLUSTERS && cluster <= starts.length - EDGE_CLUSTERS);
  const breaks: WordBreak[] = [];
  const longRunStarts: number[] = [];
  for (const { from, to } of longRuns) {
    if (from > 0) longRunStarts.push(from);
    for (const offset of inner) if (offset > from && offset < to) breaks.push({ offset, kind: 'anywhere', cost: ANYWHERE_COST });
  }
  return { breaks, longRunStarts };
}
