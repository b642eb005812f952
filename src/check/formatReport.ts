import { plural, pt } from './describe.js';
import type { CheckReport, DifferenceKind } from './types.js';

/** The report as text: one sentence per difference, then the summary line. */
export function formatReport(report: CheckReport): string {
  return [...report.differences.map((difference) => difference.message), summarizeReport(report)].join('\n') + '\n';
}

/** The report as JSON for machines: the report's fields plus the summary line. */
export function formatReportJson(report: CheckReport): string {
  return `${JSON.stringify({ ...report, summary: summarizeReport(report) }, null, 2)}\n`;
}

/** "FAIL: 3 differences (1 text-changed, 2 lines-moved) at a tolerance of 0.50 pt; compared 431 lines and 2 images on 1 page" */
export function summarizeReport(report: CheckReport): string {
  const { pages, lines, images } = report.compared;
  const compared = `compared ${plural(lines, 'line')} and ${plural(images, 'image')} on ${plural(pages, 'page')}`;
  if (report.ok) return `OK: no differences at a tolerance of ${pt(report.tolerancePt)}; ${compared}`;
  const counts = new Map<DifferenceKind, number>();
  for (const { kind } of report.differences) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const byKind = [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ');
  return `FAIL: ${plural(report.differences.length, 'difference')} (${byKind}) at a tolerance of ${pt(report.tolerancePt)}; ${compared}`;
}
