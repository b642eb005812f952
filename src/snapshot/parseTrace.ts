import { InputError } from '../errors.js';
import { TRACE_HEADER } from './formatTrace.js';
import type { Snapshot, SnapshotColumn, SnapshotLine, SnapshotPage } from './types.js';

const NUMBER = String.raw`(-?\d+\.\d+)`;
const PAGE_ROW = new RegExp(String.raw`^page (\d+) size ${NUMBER} x ${NUMBER}$`, 'u');
const IMAGE_ROW = new RegExp(String.raw`^\s+image x ${NUMBER} y ${NUMBER} w ${NUMBER} h ${NUMBER}$`, 'u');
const COLUMN_ROW = new RegExp(String.raw`^\s+column (\d+) x ${NUMBER} right (?:${NUMBER}|-)$`, 'u');
const LINE_ROW = new RegExp(String.raw`^\s+${NUMBER}\s+${NUMBER}\s+${NUMBER}\s+${NUMBER} (\S+) \| (.+)$`, 'u');

/**
 * Reads a trace written by `formatTrace` back into the snapshot it was written from. Throws InputError naming
 * the line for anything else: another format, another version, a row out of place.
 */
export function parseTrace(text: string, fileLabel: string): Snapshot {
  const rows = text.split(/\r?\n/u);
  const header = rows[0] ?? '';
  if (header !== TRACE_HEADER) {
    const version = /^broadsheet-trace (\S+)/u.exec(header)?.[1];
    const problem = version
      ? `trace format "${header}" is not supported (expected "${TRACE_HEADER}")`
      : `not a PDF or a broadsheet trace (the first line should be "${TRACE_HEADER}")`;
    throw new InputError(fileLabel, version ? 'line 1' : '', problem);
  }
  const pages: SnapshotPage[] = [];
  let column: SnapshotColumn | null = null;
  for (const [index, row] of rows.entries()) {
    if (index === 0 || row.trim() === '' || row.startsWith('#')) continue;
    const fail: (problem: string) => never = (problem) => {
      throw new InputError(fileLabel, `line ${index + 1}`, problem);
    };
    const page = pages[pages.length - 1];
    let match: RegExpExecArray | null;
    if ((match = PAGE_ROW.exec(row))) {
      if (Number(match[1]) !== pages.length + 1) fail(`expected page ${pages.length + 1}, found page ${match[1]}`);
      pages.push({ widthPt: Number(match[2]), heightPt: Number(match[3]), images: [], columns: [] });
      column = null;
    } else if ((match = IMAGE_ROW.exec(row))) {
      if (!page || page.columns.length > 0) fail('an image row belongs after its page row, before the columns');
      page.images.push({ xPt: Number(match[1]), yPt: Number(match[2]), widthPt: Number(match[3]), heightPt: Number(match[4]) });
    } else if ((match = COLUMN_ROW.exec(row))) {
      if (!page) fail('a column row before any page row');
      if (Number(match[1]) !== page.columns.length + 1) fail(`expected column ${page.columns.length + 1}, found column ${match[1]}`);
      column = { xPt: Number(match[2]), rightPt: match[3] === undefined ? null : Number(match[3]), lines: [] };
      page.columns.push(column);
    } else if ((match = LINE_ROW.exec(row))) {
      if (!column) fail('a line row before any column row');
      column.lines.push(toLine(match));
    } else {
      fail(`not a row of a broadsheet trace: "${row.length > 60 ? `${row.slice(0, 60)}…` : row}"`);
    }
  }
  return { pages };
}

function toLine(match: RegExpExecArray): SnapshotLine {
  return {
    baselinePt: Number(match[1]),
    xStartPt: Number(match[2]),
    xEndPt: Number(match[3]),
    sizePt: Number(match[4]),
    fonts: match[5]!.split(','),
    text: match[6]!,
  };
}
