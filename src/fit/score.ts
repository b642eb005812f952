import type { Article } from '../article/types.js';
import type { ComposedDocument } from '../compose/composePage.js';
import { reportColumnEnds } from '../report/columnEnds.js';
import { lastWords, locateEnds, matchLineEnds, storyLetters, type LineEndsMatch } from '../report/lineEnds.js';

/** How close a setting comes to the original: what the fit maximises, in order of importance. */
export interface FitScore {
  columnEnds: { matching: number; total: number };
  /** Null when the article records no line ends (text import). */
  lineEnds: LineEndsMatch | null;
  oversetWords: number;
  /**
   * How far, in letters of the story, the columns end from where the original's did, summed: the slope the search
   * climbs while no more column ends match yet.
   */
  columnEndDistance: number;
}

/** Letters counted for a column end that cannot be placed in the story (on one side only). */
const UNPLACED_COLUMN_END_LETTERS = 1000;

/** Scores a composed page against the original's column and line ends that the article records. */
export function scoreDocument(document: ComposedDocument, article: Article): FitScore {
  const originalColumnEnds = article.originalColumnEnds ?? [];
  const ends = reportColumnEnds(document, originalColumnEnds);
  const letters = storyLetters(article.body);
  const set = locateEnds(letters, ends.map((end) => lastWords(end.lastLine, 4)));
  const original = locateEnds(letters, originalColumnEnds);
  let columnEndDistance = 0;
  original.forEach((at, index) => {
    const setAt = set[index] ?? null;
    if (at === null && setAt === null) return;
    columnEndDistance += at === null || setAt === null ? UNPLACED_COLUMN_END_LETTERS : Math.abs(at - setAt);
  });
  return {
    columnEnds: { matching: ends.filter((end) => end.matches === true).length, total: originalColumnEnds.length },
    lineEnds: article.originalLineEnds ? matchLineEnds(document, article.body, article.originalLineEnds) : null,
    oversetWords: document.overset?.wordCount ?? 0,
    columnEndDistance,
  };
}

/** Positive when `a` is the better fit: more column ends, then more line ends, less overset, columns ending closer. */
export function compareScores(a: FitScore, b: FitScore): number {
  return (
    a.columnEnds.matching - b.columnEnds.matching ||
    (a.lineEnds?.matching ?? 0) - (b.lineEnds?.matching ?? 0) ||
    b.oversetWords - a.oversetWords ||
    b.columnEndDistance - a.columnEndDistance
  );
}

export function formatScore(score: FitScore): string {
  const parts: string[] = [];
  if (score.lineEnds) parts.push(`line ends matching: ${score.lineEnds.matching} of ${score.lineEnds.total}`);
  parts.push(`column ends: ${score.columnEnds.matching} of ${score.columnEnds.total}`);
  if (score.oversetWords > 0) parts.push(`${score.oversetWords} words overset`);
  return parts.join('; ');
}
