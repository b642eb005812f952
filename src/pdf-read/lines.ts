import { groupIntoLines } from './groupIntoLines.js';
import type { PdfLine, PdfWord } from './types.js';

/** Gaps narrower than this (in em of the larger neighbour) are word spaces; wider ones may be gutters. */
const MIN_GUTTER_EM = 0.5;
/**
 * A gap is a gutter when a channel through it, at least MIN_GUTTER_EM wide, runs between text on both sides over
 * this many rows (rows with text on one side only do not count, nor break the channel). Word spaces of justified
 * text can be wider than a narrow gutter, but they do not line up row after row.
 */
const GUTTER_MIN_ROWS = 5;
/**
 * Edges where this many words start after a wide gap (or end before one) are column edges. A gap from a
 * column's right edge to another's left edge is a gutter however short the columns (balanced columns); so is a gap
 * with no text above or below it that touches one such edge or is WIDE_GAP_EM wide (a short caption).
 */
const MIN_WORDS_ON_EDGE = 3;
const EDGE_TOLERANCE_PT = 0.5;
const WIDE_GAP_EM = 2;
/**
 * A gap at least this wide (in em) is a gutter when no text of its size anywhere on the page crosses it: the
 * columns of a short balanced pair (three lines, one ending in hung punctuation, one right-aligned) share too few
 * edges to tell, while a wide interword space has the lines above and below its column running through it.
 */
const CLEAR_GUTTER_EM = 1;
/** Text of a gap's size, for CLEAR_GUTTER_EM: within this ratio (a caption set a size smaller may cross a gutter). */
const SAME_SIZE_RATIO = 1.05;
/** Type sizes that differ by more than this ratio do not share a line (a drop cap beside its first lines). */
const MAX_SIZE_RATIO = 1.25;

/** Column edges as ranges of x (the extremes of the starts or ends that lined up). */
interface Edges {
  starts: Interval[];
  ends: Interval[];
}

interface Interval {
  startPt: number;
  endPt: number;
}


/** Space in a row that no text covers; `between` when there is text on both sides of it. */
interface FreeSpace extends Interval {
  between: boolean;
}

/**
 * Splits the words of a page into lines: words on one baseline, cut where a gutter runs between them or the type
 * size jumps. Returns the lines top to bottom, each left to right.
 */
export function linesOf(words: readonly PdfWord[]): PdfLine[] {
  const rows = groupIntoLines(words);
  const freeSpace = rows.map(freeSpaceOf);
  const edges = findEdges(rows);
  const lines: PdfLine[] = [];
  rows.forEach((row, rowIndex) => {
    let line: PdfWord[] = [row[0]!];
    for (let i = 1; i < row.length; i++) {
      const before = row[i - 1]!;
      const word = row[i]!;
      if (separates(before, word, rows, rowIndex, freeSpace, edges)) {
        lines.push(lineOf(line));
        line = [];
      }
      line.push(word);
    }
    lines.push(lineOf(line));
  });
  return lines;
}

function lineOf(words: readonly PdfWord[]): PdfLine {
  const first = words[0]!;
  return {
    words: [...words],
    baselinePt: first.baselinePt,
    xStartPt: first.xPt,
    xEndPt: Math.max(...words.map((word) => word.xPt + word.widthPt)),
    sizePt: Math.max(...words.map((word) => word.sizePt)),
    fonts: [...new Set(words.flatMap((word) => word.fonts))],
    text: words.map((word) => word.text).join(' ').replace(/\s+/gu, ' '),
  };
}

/** A line's interword spaces from where its glyphs are drawn; gaps after a word of unknown width are not measured. */
export function wordGapsOf(line: PdfLine): { gapsPt: number[]; unmeasured: number } {
  const gapsPt: number[] = [];
  let unmeasured = 0;
  line.words.forEach((word, index) => {
    const previous = line.words[index - 1];
    if (!previous) return;
    if (previous.endKnown) gapsPt.push(word.xPt - (previous.xPt + previous.widthPt));
    else unmeasured++;
  });
  return { gapsPt, unmeasured };
}

/**
 * Whether two neighbours on a row belong to different lines: their sizes jump, or the gap between them is a
 * gutter. A gap is a gutter when it runs from a column's right edge to another's left edge; when it is wide and no
 * text of its size on the page crosses it; when nothing above or below crosses it and it touches such an edge or is
 * very wide; or when it lines up with gaps row after row.
 */
function separates(before: PdfWord, after: PdfWord, rows: readonly PdfWord[][], rowIndex: number, freeSpace: readonly FreeSpace[][], edges: Edges): boolean {
  const larger = Math.max(before.sizePt, after.sizePt);
  const smaller = Math.min(before.sizePt, after.sizePt);
  if (smaller > 0 && larger / smaller > MAX_SIZE_RATIO) return true;
  if (!wideGap(before, after)) return false;
  const gap: Interval = { startPt: before.xPt + before.widthPt, endPt: after.xPt };
  const minWidthPt = MIN_GUTTER_EM * larger;
  const fromEdge = onEdge(gap.startPt, edges.ends);
  const toEdge = onEdge(gap.endPt, edges.starts);
  if (fromEdge && toEdge) return true;
  if (gap.endPt - gap.startPt >= CLEAR_GUTTER_EM * larger && channelThrough(gap, minWidthPt, freeSpaceOf(wordsOfSize(rows, smaller, larger))) !== null) return true;
  const clearAround = [freeSpace[rowIndex - 1], freeSpace[rowIndex + 1]].every((row) => !row || channelThrough(gap, minWidthPt, row) !== null);
  if (clearAround && (fromEdge || toEdge || gap.endPt - gap.startPt >= WIDE_GAP_EM * larger)) return true;
  const rowsBetween = 1 + rowsWithChannel(gap, minWidthPt, freeSpace, rowIndex, -1) + rowsWithChannel(gap, minWidthPt, freeSpace, rowIndex, 1);
  return rowsBetween >= GUTTER_MIN_ROWS;
}

/** Where at least MIN_WORDS_ON_EDGE words start after a gap of MIN_GUTTER_EM (or a row's start), and end before one. */
function findEdges(rows: readonly PdfWord[][]): Edges {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const row of rows) {
    row.forEach((word, i) => {
      const previous = row[i - 1];
      const next = row[i + 1];
      if (!previous || wideGap(previous, word)) starts.push(word.xPt);
      if (!next || wideGap(word, next)) ends.push(word.xPt + word.widthPt);
    });
  }
  return { starts: linedUp(starts), ends: linedUp(ends) };
}

function wideGap(before: PdfWord, after: PdfWord): boolean {
  return after.xPt - (before.xPt + before.widthPt) >= MIN_GUTTER_EM * Math.max(before.sizePt, after.sizePt);
}

/** Ranges of positions, each spanning at most EDGE_TOLERANCE_PT, that at least MIN_WORDS_ON_EDGE positions fall in. */
function linedUp(positions: number[]): Interval[] {
  const ranges: Interval[] = [];
  let group: number[] = [];
  const close = () => {
    if (group.length >= MIN_WORDS_ON_EDGE) ranges.push({ startPt: group[0]!, endPt: group[group.length - 1]! });
  };
  for (const x of positions.sort((a, b) => a - b)) {
    if (group.length > 0 && x - group[0]! > EDGE_TOLERANCE_PT) {
      close();
      group = [];
    }
    group.push(x);
  }
  close();
  return ranges;
}

function onEdge(x: number, edges: readonly Interval[]): boolean {
  return edges.some((edge) => x >= edge.startPt - EDGE_TOLERANCE_PT && x <= edge.endPt + EDGE_TOLERANCE_PT);
}

/** The page's words whose size is within SAME_SIZE_RATIO of both sizes given, left to right. */
function wordsOfSize(rows: readonly PdfWord[][], smallerPt: number, largerPt: number): PdfWord[] {
  const similar = (word: PdfWord): boolean => word.sizePt * SAME_SIZE_RATIO >= largerPt && word.sizePt <= smallerPt * SAME_SIZE_RATIO;
  return rows.flatMap((row) => row.filter(similar)).sort((a, b) => a.xPt - b.xPt);
}

/** Going up (-1) or down (+1) from a row: in how many rows a channel through `gap` runs between text. */
function rowsWithChannel(gap: Interval, minWidthPt: number, freeSpace: readonly FreeSpace[][], rowIndex: number, step: 1 | -1): number {
  let channel: Interval = gap;
  let count = 0;
  for (let r = rowIndex + step; r >= 0 && r < freeSpace.length && count < GUTTER_MIN_ROWS; r += step) {
    const through = channelThrough(channel, minWidthPt, freeSpace[r]!);
    if (!through) break;
    channel = through;
    if (through.between) count++;
  }
  return count;
}

/** The widest part of `channel` that a row leaves free, if at least `minWidthPt` wide. */
function channelThrough(channel: Interval, minWidthPt: number, free: readonly FreeSpace[]): FreeSpace | null {
  let best: FreeSpace | null = null;
  for (const space of free) {
    const startPt = Math.max(channel.startPt, space.startPt);
    const endPt = Math.min(channel.endPt, space.endPt);
    if (endPt - startPt >= minWidthPt && (!best || endPt - startPt > best.endPt - best.startPt)) best = { startPt, endPt, between: space.between };
  }
  return best;
}

/** The stretches of a row (sorted left to right) that no word covers, before the first and after the last included. */
function freeSpaceOf(row: readonly PdfWord[]): FreeSpace[] {
  const free: FreeSpace[] = [];
  let coveredTo = -Infinity;
  for (const word of row) {
    if (word.xPt > coveredTo) free.push({ startPt: coveredTo, endPt: word.xPt, between: coveredTo > -Infinity });
    coveredTo = Math.max(coveredTo, word.xPt + word.widthPt);
  }
  free.push({ startPt: coveredTo, endPt: Infinity, between: false });
  return free;
}
