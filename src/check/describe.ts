import { formatPt } from '../snapshot/types.js';

/** Longest quotation of a line's text in a sentence. */
const MAX_QUOTE_CHARS = 48;

export function quote(text: string): string {
  return `“${text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…` : text}”`;
}

/** "1 line", "3 lines". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function pt(value: number): string {
  return `${formatPt(value)} pt`;
}

/** A change of position as words: "down 11.50 pt and right 2.83 pt"; '' when both are within the tolerance. */
export function describeShift(dxPt: number, dyPt: number, tolerancePt: number): string {
  const parts: string[] = [];
  if (Math.abs(dyPt) > tolerancePt) parts.push(`${dyPt > 0 ? 'down' : 'up'} ${pt(Math.abs(dyPt))}`);
  if (Math.abs(dxPt) > tolerancePt) parts.push(`${dxPt > 0 ? 'right' : 'left'} ${pt(Math.abs(dxPt))}`);
  return parts.join(' and ');
}

/** A change of size: "2.27 pt narrower"; '' within the tolerance. */
export function describeGrowth(deltaPt: number, tolerancePt: number, larger: string, smaller: string): string {
  return Math.abs(deltaPt) > tolerancePt ? `${pt(Math.abs(deltaPt))} ${deltaPt > 0 ? larger : smaller}` : '';
}

/** "page 1, column 3" */
export function place(page: number, column?: number): string {
  return column === undefined ? `page ${page}` : `page ${page}, column ${column}`;
}

/** "page 1, column 2", "page 1, columns 1–5" or "pages 1–2": where a run of lines from `first` to `last` lies. */
export function placeRange(first: { page: number; column: number }, last: { page: number; column: number }): string {
  if (first.page !== last.page) return `pages ${first.page}–${last.page}`;
  return first.column === last.column ? place(first.page, first.column) : `page ${first.page}, columns ${first.column}–${last.column}`;
}
