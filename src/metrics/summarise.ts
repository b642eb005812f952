import type { PageQuality, QualityNumbers, QualityReport, QualitySource, SpaceStats, WorstLine } from './types.js';

/** A space wider than this (in em of the body size) is a hole in the text. */
export const WIDE_SPACE_EM = 0.5;

/**
 * One body line as a source sees it, in reading order (pages, then columns left to right, then top to bottom).
 * Both sources reduce a page to these; `summariseLines` is the one place the numbers are defined.
 */
export interface MeasuredLine {
  /** 1-based. */
  page: number;
  /** 1-based, left to right on the page. */
  column: number;
  text: string;
  startsParagraph: boolean;
  endsParagraph: boolean;
  /** Set to the full measure; never true for a paragraph's last line. */
  justified: boolean;
  /** Ends in '-'. */
  hyphenated: boolean;
  /** Gaps between its words, in points. */
  spacesPt: number[];
  /** Space characters inside drawn strings, whose width is unknown. */
  unmeasuredSpaces: number;
}

/** A document's body lines as one source measured them. */
export interface MeasuredDocument {
  source: QualitySource;
  bodySizePt: number | null;
  /** Pages in the report, including pages without body text. */
  pageCount: number;
  /** In reading order. */
  lines: MeasuredLine[];
}

/** The quality numbers, per page and in total. */
export function summariseLines({ source, bodySizePt, pageCount, lines }: MeasuredDocument): QualityReport {
  const emPt = bodySizePt ?? 1;
  const pages: PageQuality[] = [];
  for (let page = 1; page <= pageCount; page++) {
    pages.push({ page, ...numbersOf(lines.filter((line) => line.page === page), emPt) });
  }
  const worstLines: WorstLine[] = lines
    .filter((line) => hasWideSpace(line, emPt))
    .map((line) => ({ page: line.page, column: line.column, text: line.text, maxSpaceEm: widestSpaceEm(line, emPt) }))
    .sort((a, b) => b.maxSpaceEm - a.maxSpaceEm);
  return { source, bodySizePt, pages, total: numbersOf(lines, emPt), worstLines, wideLineCauses: null };
}

/** A justified line with a space wider than 0.5 em of `emPt`: the one definition of a wide line. */
export function hasWideSpace(line: Pick<MeasuredLine, 'justified' | 'spacesPt'>, emPt: number): boolean {
  return line.justified && widestSpaceEm(line, emPt) > WIDE_SPACE_EM;
}

export function widestSpaceEm(line: Pick<MeasuredLine, 'spacesPt'>, emPt: number): number {
  return Math.max(0, ...line.spacesPt) / emPt;
}

function numbersOf(lines: readonly MeasuredLine[], emPt: number): QualityNumbers {
  const justified = lines.filter((line) => line.justified);
  const spacesEm = justified.flatMap((line) => line.spacesPt.map((spacePt) => spacePt / emPt));
  const wide = justified.filter((line) => hasWideSpace(line, emPt)).length;
  const hyphenated = lines.filter((line) => line.hyphenated).length;
  const columns = splitIntoColumns(lines);
  return {
    bodyLines: lines.length,
    justifiedLines: justified.length,
    spaces: statsOf(spacesEm),
    unmeasuredSpaces: justified.reduce((sum, line) => sum + line.unmeasuredSpaces, 0),
    linesWithSpaceAbove05Em: { count: wide, share: shareOf(wide, justified.length) },
    hyphenatedLines: hyphenated,
    hyphenatedShare: shareOf(hyphenated, lines.length),
    longestHyphenRun: Math.max(0, ...columns.map(longestHyphenRun)),
    widows: columns.filter((column) => isWidow(column[0]!)).length,
    orphans: columns.filter((column) => isOrphan(column[column.length - 1]!)).length,
  };
}

/** A paragraph's last line alone at the top of a column. */
function isWidow(line: MeasuredLine): boolean {
  return line.endsParagraph && !line.startsParagraph;
}

/** A paragraph's first line alone at the foot of a column. */
function isOrphan(line: MeasuredLine): boolean {
  return line.startsParagraph && !line.endsParagraph;
}

/** Consecutive lines of one column on one page. */
function splitIntoColumns(lines: readonly MeasuredLine[]): MeasuredLine[][] {
  const columns: MeasuredLine[][] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous && previous.page === line.page && previous.column === line.column) columns[columns.length - 1]!.push(line);
    else columns.push([line]);
  });
  return columns;
}

function longestHyphenRun(column: readonly MeasuredLine[]): number {
  let longest = 0;
  let current = 0;
  for (const line of column) {
    current = line.hyphenated ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

function statsOf(values: readonly number[]): SpaceStats {
  if (values.length === 0) return { count: 0, meanEm: 0, sdEm: 0, maxEm: 0 };
  const meanEm = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - meanEm) ** 2, 0) / values.length;
  return { count: values.length, meanEm, sdEm: Math.sqrt(variance), maxEm: values.reduce((max, value) => Math.max(max, value), 0) };
}

function shareOf(count: number, of: number): number {
  return of === 0 ? 0 : count / of;
}
