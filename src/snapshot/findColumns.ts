/** Edges closer than this are one edge. */
const EDGE_TOLERANCE_PT = 1;
/** A left edge starts a column, and a right edge is a column's, when at least this many lines share it. */
const MIN_LINES_ON_EDGE = 3;

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
 * unless it lies inside the column to its left (an indent: paragraph starts, lines beside a drop cap). Lines
 * spanning several columns (a headline) count for the column they start in. A page whose lines share no edge is
 * one column.
 */
export function findColumns(lines: readonly LineExtent[]): ColumnEdges[] {
  if (lines.length === 0) return [];
  const columns: ColumnEdges[] = [];
  for (const starts of clusterEdges(lines.map((line) => line.xStartPt))) {
    if (starts.length < MIN_LINES_ON_EDGE) continue;
    const xPt = median(starts);
    const previous = columns[columns.length - 1];
    if (previous && xPt < measureEndPt(previous, lines) - EDGE_TOLERANCE_PT) continue;
    columns.push({ xPt, rightPt: null });
  }
  if (columns.length === 0) columns.push({ xPt: Math.min(...lines.map((line) => line.xStartPt)), rightPt: null });
  const assigned = columns.map(() => [] as number[]);
  for (const line of lines) assigned[columnIndexOf(columns, line)]!.push(line.xEndPt);
  return columns.map((column, index) => ({ xPt: column.xPt, rightPt: commonEdge(assigned[index]!) }));
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
  for (const cluster of clusterEdges(values)) if (cluster.length > best.length) best = cluster;
  return best.length >= MIN_LINES_ON_EDGE ? median(best) : null;
}

/** Values sorted and cut into groups whose members lie within EDGE_TOLERANCE_PT of the group's first. */
function clusterEdges(values: readonly number[]): number[][] {
  const clusters: number[][] = [];
  for (const value of [...values].sort((a, b) => a - b)) {
    const cluster = clusters[clusters.length - 1];
    if (cluster && value - cluster[0]! <= EDGE_TOLERANCE_PT) cluster.push(value);
    else clusters.push([value]);
  }
  return clusters;
}

/** Of sorted values: the middle one (the lower of the two middle ones), so that the result is a value seen. */
function median(sorted: readonly number[]): number {
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
