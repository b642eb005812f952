import { formatPt, type Snapshot, type SnapshotColumn, type SnapshotPage } from '../snapshot/types.js';
import { describeShift, pt } from './describe.js';
import type { Difference } from './types.js';

/** Page count, page sizes and the column grid of each page both snapshots have. */
export function comparePages(golden: Snapshot, current: Snapshot, tolerancePt: number): Difference[] {
  const differences: Difference[] = [];
  if (golden.pages.length !== current.pages.length) {
    differences.push({ kind: 'page-count', message: `page count changed: ${golden.pages.length} → ${current.pages.length}` });
  }
  const common = Math.min(golden.pages.length, current.pages.length);
  for (let index = 0; index < common; index++) {
    differences.push(...comparePage(golden.pages[index]!, current.pages[index]!, index + 1, tolerancePt));
  }
  return differences;
}

function comparePage(old: SnapshotPage, now: SnapshotPage, page: number, tolerancePt: number): Difference[] {
  const differences: Difference[] = [];
  if (Math.abs(old.widthPt - now.widthPt) > tolerancePt || Math.abs(old.heightPt - now.heightPt) > tolerancePt) {
    differences.push({ kind: 'page-size', page, message: `page ${page}: size changed from ${size(old)} to ${size(now)}` });
  }
  if (old.columns.length !== now.columns.length) {
    const edges = (columns: SnapshotColumn[]) => columns.map((column) => formatPt(column.xPt)).join(', ');
    const message = `page ${page}: ${old.columns.length} columns → ${now.columns.length} columns (left edges at ${edges(old.columns)} → ${edges(now.columns)} pt)`;
    differences.push({ kind: 'columns', page, message });
    return differences;
  }
  const measures = changes(old.columns.map(measureOf), now.columns.map(measureOf), tolerancePt);
  const gutters = changes(guttersOf(old.columns), guttersOf(now.columns), tolerancePt);
  const grid = [
    summarize('column measure', 'column', measures, old.columns.length, tolerancePt),
    summarize('gutter', 'gutter', gutters, old.columns.length - 1, tolerancePt),
  ];
  for (const change of grid.filter((text) => text !== '')) differences.push({ kind: 'columns', page, message: `page ${page}: ${change}` });
  if (measures.length === 0 && gutters.length === 0) {
    old.columns.forEach((column, index) => {
      const shift = describeShift(now.columns[index]!.xPt - column.xPt, 0, tolerancePt);
      if (shift) differences.push({ kind: 'columns', page, column: index + 1, message: `page ${page}: column ${index + 1} moved ${shift}` });
    });
  }
  return differences;
}

function size(page: SnapshotPage): string {
  return `${formatPt(page.widthPt)} × ${formatPt(page.heightPt)} pt`;
}

function measureOf(column: SnapshotColumn): number | null {
  return column.rightPt === null ? null : column.rightPt - column.xPt;
}

function guttersOf(columns: SnapshotColumn[]): (number | null)[] {
  return columns.slice(1).map((column, index) => {
    const rightPt = columns[index]!.rightPt;
    return rightPt === null ? null : column.xPt - rightPt;
  });
}

interface Change {
  /** 1-based column or gutter. */
  number: number;
  old: number;
  now: number;
}

/** The values known on both sides that differ beyond the tolerance. */
function changes(old: (number | null)[], now: (number | null)[], tolerancePt: number): Change[] {
  return old.flatMap((value, index) => {
    const other = now[index];
    return value !== null && other !== null && other !== undefined && Math.abs(other - value) > tolerancePt ? [{ number: index + 1, old: value, now: other }] : [];
  });
}

/** "gutter 11.34 pt → 14.17 pt (all 4)" when every one changed alike, else "gutter 2 11.34 pt → 14.17 pt, gutter 3 …". */
function summarize(what: string, each: string, found: Change[], total: number, tolerancePt: number): string {
  if (found.length === 0) return '';
  const first = found[0]!;
  const alike = found.every((change) => Math.abs(change.old - first.old) <= tolerancePt && Math.abs(change.now - first.now) <= tolerancePt);
  if (alike && found.length === total) return `${what} ${pt(first.old)} → ${pt(first.now)}${total > 1 ? ` (all ${total})` : ''}`;
  return found.map((change) => `${each} ${change.number} ${pt(change.old)} → ${pt(change.now)}`).join(', ');
}
