import { checkQualityTargets, type TargetCheck } from './targets.js';
import type { QualityNumbers, QualityReport } from './types.js';

/** Worst lines named under the table; the report itself lists them all. */
const WORST_LINES_SHOWN = 5;

const HEADER = ['page', 'lines', 'justified', 'spaces', 'mean em', 'SD em', 'max em', '> 0.5 em', 'hyphenated', 'run', 'widows', 'orphans'];

/** Targets on the interword spaces. */
const SPACE_TARGETS: ReadonlySet<TargetCheck['key']> = new Set(['sd', 'max', 'wideLines']);

/** Which table column shows the number each target is about. */
const TARGET_COLUMN: Readonly<Record<TargetCheck['key'], number>> = { sd: 5, max: 6, wideLines: 7, hyphenShare: 8, hyphenRun: 9 };

/** The report as an aligned table: a row per page, the total, the targets; then the worst lines, by name. */
export function formatQualityReport(report: QualityReport): string {
  const targetRow = HEADER.map(() => '');
  targetRow[0] = 'target';
  const unmeasured = report.total.unmeasuredSpaces > 0;
  for (const check of checkQualityTargets(report.total)) {
    // Space figures taken on a sample of the spaces are not judged.
    const judged = !unmeasured || !SPACE_TARGETS.has(check.key);
    targetRow[TARGET_COLUMN[check.key]] = `${check.goal} ${judged ? mark(check) : '?'}`;
  }
  const table = alignColumns([HEADER, ...report.pages.map((page) => rowOf(String(page.page), page)), rowOf('total', report.total), targetRow]);

  const lines = [`${sourceLabel(report)}; spaces in em of the body size, between words on justified lines`, ...table];
  if (report.worstLines.length > 0) {
    lines.push('lines with a space above 0.5 em, widest first:');
    for (const line of report.worstLines.slice(0, WORST_LINES_SHOWN)) {
      const verdict = line.unavoidable ? '  (unavoidable)' : '';
      lines.push(`  ${line.maxSpaceEm.toFixed(3)} em  page ${line.page} column ${line.column}  "${line.text}"${verdict}`);
    }
    const more = report.worstLines.length - WORST_LINES_SHOWN;
    if (more > 0) lines.push(`  … and ${more} more`);
  }
  const unavoidable = report.total.linesWithSpaceAbove05Em.unavoidable;
  if (unavoidable > 0) {
    lines.push(
      `unavoidable: no breaking of the paragraph keeps every space within its style's widest (${plural(unavoidable, 'line')}); ` +
        `max without them ${em(report.total.maxAvoidableSpaceEm)} em`,
    );
  }
  if (report.total.unmeasuredSpaces > 0) {
    lines.push(`${report.total.unmeasuredSpaces} spaces could not be measured (their font gives no glyph widths) and are not counted: the space targets are not judged (?)`);
  }
  lines.push("hyphenated: lines ending in '-', inserted or a compound's own; run: most in a row within a column");
  return lines.join('\n');
}

/** The total in two lines, for the end of a render. */
export function formatQualitySummary(report: QualityReport): string {
  const total = report.total;
  const { spaces } = total;
  const numbers =
    `quality: ${total.bodyLines} body lines, ${total.justifiedLines} justified; ` +
    `spaces ${em(spaces.meanEm)} ± ${em(spaces.sdEm)} em, max ${em(spaces.maxEm)} em, ` +
    `${plural(total.linesWithSpaceAbove05Em.count, 'line')} above 0.5 em` +
    (total.linesWithSpaceAbove05Em.unavoidable > 0 ? ` (${total.linesWithSpaceAbove05Em.unavoidable} unavoidable); ` : '; ') +
    `${total.hyphenatedLines} hyphenated (${percent(total.hyphenatedShare)}), longest run ${total.longestHyphenRun}; ` +
    `widows ${total.widows}, orphans ${total.orphans}`;
  const missed = checkQualityTargets(total).filter((check) => !check.met);
  const verdict = missed.length === 0 ? 'quality targets: all met' : `quality targets missed: ${missed.map(describeTarget).join(', ')}`;
  return `${numbers}\n${verdict}`;
}

function rowOf(label: string, numbers: QualityNumbers): string[] {
  const { spaces } = numbers;
  const hasSpaces = spaces.count > 0;
  return [
    label,
    String(numbers.bodyLines),
    String(numbers.justifiedLines),
    String(spaces.count),
    hasSpaces ? em(spaces.meanEm) : '–',
    hasSpaces ? em(spaces.sdEm) : '–',
    hasSpaces ? em(spaces.maxEm) : '–',
    `${numbers.linesWithSpaceAbove05Em.count} (${percent(numbers.linesWithSpaceAbove05Em.share)})`,
    `${numbers.hyphenatedLines} (${percent(numbers.hyphenatedShare)})`,
    String(numbers.longestHyphenRun),
    String(numbers.widows),
    String(numbers.orphans),
  ];
}

function sourceLabel(report: QualityReport): string {
  const body = report.bodySizePt === null ? 'no text' : `body ${report.bodySizePt} pt`;
  return report.source === 'layout' ? `quality from the layout, ${body}` : `quality read from the PDF (heuristic), ${body}`;
}

function describeTarget(check: TargetCheck): string {
  const described: Record<TargetCheck['key'], string> = {
    sd: `SD ${check.goal} em`,
    max: `max ${check.goal} em`,
    wideLines: 'no line above 0.5 em',
    hyphenRun: `hyphenated lines in a row ${check.goal}`,
    hyphenShare: `hyphenated lines ${check.goal}`,
  };
  return described[check.key];
}

/** Left-aligns the first column and right-aligns the others. */
function alignColumns(rows: readonly string[][]): string[] {
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

const em = (value: number): string => value.toFixed(3);
const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;
const mark = (check: TargetCheck): string => (check.met ? '✓' : '✗');
