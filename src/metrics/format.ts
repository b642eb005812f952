import { checkQualityTargets, type TargetCheck } from './targets.js';
import { STYLE_RULES, type QualityNumbers, type QualityReport, type StyleRule, type WideLineCause } from './types.js';

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
      lines.push(`  ${line.maxSpaceEm.toFixed(3)} em  page ${line.page} column ${line.column}  "${line.text}"`);
    }
    const more = report.worstLines.length - WORST_LINES_SHOWN;
    if (more > 0) lines.push(`  … and ${more} more`);
  }
  const causes = formatWideLineCauses(report);
  if (causes) lines.push(causes);
  if (report.total.unmeasuredSpaces > 0) {
    lines.push(`${report.total.unmeasuredSpaces} spaces could not be measured (their font gives no glyph widths) and are not counted: the space targets are not judged (?)`);
  }
  lines.push("hyphenated: lines ending in '-', inserted or a compound's own; run: most in a row within a column");
  return lines.join('\n');
}

/**
 * The total for the end of a render: the figures as measured (what `inspect --metrics` reads from the PDF), the
 * targets they miss, then why the wide lines are wide when that was analysed.
 */
export function formatQualitySummary(report: QualityReport): string {
  const total = report.total;
  const { spaces } = total;
  const numbers =
    `quality: ${total.bodyLines} body lines, ${total.justifiedLines} justified; ` +
    `spaces ${em(spaces.meanEm)} ± ${em(spaces.sdEm)} em, max ${em(spaces.maxEm)} em, ` +
    `${plural(total.linesWithSpaceAbove05Em.count, 'line')} above 0.5 em; ` +
    `${total.hyphenatedLines} hyphenated (${percent(total.hyphenatedShare)}), longest run ${total.longestHyphenRun}; ` +
    `widows ${total.widows}, orphans ${total.orphans}`;
  const missed = checkQualityTargets(total).filter((check) => !check.met);
  const verdict = missed.length === 0 ? 'quality targets: all met' : `quality targets missed: ${missed.map(describeTarget).join(', ')}`;
  const causes = formatWideLineCauses(report);
  return [numbers, verdict, ...(causes ? [causes] : [])].join('\n');
}

/** What each rule forbade, as what a wide line would need: "19 would need a hyphenated name". */
const RULE_NEEDS: Readonly<Record<StyleRule, string>> = {
  hyphenate: 'a hyphen',
  capitalized: 'a hyphenated name',
  minima: 'a hyphen closer to the end of a word',
  maxConsecutive: 'more hyphenated lines in a row',
  acrossColumns: "a hyphen on a column's last line",
};

/**
 * Why the wide lines are wide, in one line: `why: 27 lines above 0.5 em: 19 would need a hyphenated name, which this
 * style forbids; 8 have no breaking within 0.5 em at this measure`. A line that any of several rules would mend is
 * counted once, under the first of them in `STYLE_RULES`. Null when the causes were not analysed or no line is wide.
 */
export function formatWideLineCauses(report: QualityReport): string | null {
  const causes = report.wideLineCauses;
  if (!causes || causes.length === 0) return null;
  const count = (verdict: WideLineCause['verdict']): number => causes.filter((cause) => cause.verdict === verdict).length;
  const forbidden = causes.filter((cause) => cause.verdict === 'styleForbids');
  const byRule = STYLE_RULES.map((rule) => ({ rule, lines: forbidden.filter((cause) => cause.rules[0] === rule).length }))
    .filter(({ lines }) => lines > 0)
    .sort((a, b) => b.lines - a.lines);
  const parts: string[] = [];
  if (byRule.length === 1) parts.push(`${forbidden.length} would need ${RULE_NEEDS[byRule[0]!.rule]}, which this style forbids`);
  if (byRule.length > 1) {
    parts.push(`${forbidden.length} would need what this style forbids: ${byRule.map(({ rule, lines }) => `${RULE_NEEDS[rule]} (${lines})`).join(', ')}`);
  }
  const several = count('severalRules');
  if (several > 0) parts.push(`${several} would need several of this style's rules relaxed at once`);
  const noBreaking = count('noBreaking');
  if (noBreaking > 0) parts.push(`${noBreaking} ${noBreaking === 1 ? 'has' : 'have'} no breaking within 0.5 em at this measure`);
  const notAnalysed = count('notAnalysed');
  if (notAnalysed > 0) parts.push(`${notAnalysed} not analysed (breaking the paragraph again did not give the layout's lines)`);
  return `why: ${plural(causes.length, 'line')} above 0.5 em: ${parts.join('; ')}`;
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
