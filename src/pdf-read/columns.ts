/** Edges closer than this are one edge. */
const EDGE_TOLERANCE_PT = 1;
/** A left edge starts a column, and a right edge is a column's, when at least this many lines share it. */
const MIN_LINES_ON_EDGE = 3;
/** Fewer lines start a column when their edge lies past the lines of the column to its left (a short balanced column). */
const MIN_LINES_ON_SHORT_COLUMN = 2;

/**
 * A line may start this far (in em of its size) left of its column: punctuation hung into the margin (an opening
 * quote), a drop cap set optically.
 */
const HANG_EM = 0.5;

/** A line as the column finder sees it: where it starts and ends, and its type size. */
export interface LineExtent {
  xStartPt: number;
  xEndPt: number;
  sizePt: number;
}

export interface ColumnEdges {
  xPt: number;
  /** The right edge most of its lines end on, or null when fewer than MIN_LINES_ON_EDGE agree (ragged text). */
  rightPt: number | null;
}

/**
 * Finds the columns of a page from where its lines start: a left edge that several lines share starts a column,
 * unless it lies inside the column to its left (an indent: paragraph starts, lines beside a drop cap); past that
 * column's lines, two lines are enough (a short balanced column). Lines whose start lies just left of an edge more
 * lines share hang punctuation into its margin. Lines spanning several columns (a headline) count for the column
 * they start in. A page whose lines share no edge is one column.
 */
export function findColumns(lines: readonly LineExtent[]): ColumnEdges[] {
  if (lines.length === 0) return [];
  const columns: ColumnEdges[] = [];
  const clusters = clusterEdges(lines, (line) => line.xStartPt);
  clusters.forEach((starts, index) => {
    if (starts.length < MIN_LINES_ON_SHORT_COLUMN || hangsBefore(starts, clusters[index + 1])) return;
    const xPt = median(starts.map((line) => line.xStartPt));
    const previous = columns[columns.length - 1];
    if (previous ? xPt < measureEndPt(previous, lines) - EDGE_TOLERANCE_PT : starts.length < MIN_LINES_ON_EDGE) return;
    columns.push({ xPt, rightPt: null });
  });
  if (columns.length === 0) columns.push({ xPt: Math.min(...lines.map((line) => line.xStartPt)), rightPt: null });
  const assigned = columns.map((): LineExtent[] => []);
  for (const line of lines) assigned[columnIndexOf(columns, line)]!.push(line);
  return columns.map((column, index) => ({ xPt: column.xPt, rightPt: commonEdge(assigned[index]!.map((line) => line.xEndPt)) }));
}

/** Starts just left of an edge that more lines share: punctuation hung into that column's margin. */
function hangsBefore(starts: readonly LineExtent[], next: readonly LineExtent[] | undefined): boolean {
  if (!next || next.length <= starts.length) return false;
  const reachPt = Math.max(...starts.map((line) => HANG_EM * line.sizePt));
  return next[0]!.xStartPt - starts[starts.length - 1]!.xStartPt <= reachPt;
}

/** The 0-based column a line belongs to: the last column starting at or before it (allowing for hung punctuation). */
export function columnIndexOf(columns: readonly ColumnEdges[], line: LineExtent): number {
  const reachPt = line.xStartPt + Math.max(EDGE_TOLERANCE_PT, HANG_EM * line.sizePt);
  let index = 0;
  columns.forEach((column, i) => {
    if (column.xPt <= reachPt) index = i;
  });
  return index;
}

/** Where the lines starting at a column's left edge end, as far as they agree (else the median of their ends). */
function measureEndPt(column: ColumnEdges, lines: readonly LineExtent[]): number {
  const ends = lines
    .filter((line) => Math.abs(line.xStartPt - column.xPt) <= EDGE_TOLERANCE_PT)
    .map((line) => line.xEndPt)
    .sort((a, b) => a - b);
  return commonEdge(ends) ?? median(ends);
}

/** The edge shared by the most values (at least MIN_LINES_ON_EDGE), leftmost on a tie; null if none is. */
function commonEdge(values: readonly number[]): number | null {
  let best: number[] = [];
  for (const cluster of clusterEdges(values, (value) => value)) if (cluster.length > best.length) best = cluster;
  return best.length >= MIN_LINES_ON_EDGE ? median(best) : null;
}

/** Items sorted by their position and cut into groups whose positions lie within EDGE_TOLERANCE_PT of the group's first. */
function clusterEdges<T>(items: readonly T[], positionOf: (item: T) => number): T[][] {
  const clusters: T[][] = [];
  for (const item of [...items].sort((a, b) => positionOf(a) - positionOf(b))) {
    const cluster = clusters[clusters.length - 1];
    if (cluster && positionOf(item) - positionOf(cluster[0]!) <= EDGE_TOLERANCE_PT) cluster.push(item);
    else clusters.push([item]);
  }
  return clusters;
}

/** Of sorted values: the middle one (the lower of the two middle ones), so that the result is a value seen. */
function median(sorted: readonly number[]): number {
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
