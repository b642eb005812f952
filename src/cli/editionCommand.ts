import { availableParallelism } from 'node:os';
import { renderEdition, type EditionSummary } from '../edition/renderEdition.js';
import type { ProfileName } from '../profiles/profiles.js';

export interface EditionArgs {
  manifest: string;
  out: string;
  jobs?: number | undefined;
  preview: boolean;
  previewDpi: number;
  keepGoing: boolean;
  profile?: ProfileName | undefined;
}

/** Renders an edition; exit 2 when a page's story has bad input (1 with --keep-going, the other pages rendered). */
export async function editionCommand(args: EditionArgs): Promise<number> {
  const jobs = args.jobs ?? availableParallelism();
  // A bar only for a person watching: not in CI, not when the output goes to a file or another program.
  const showProgress = process.stderr.isTTY === true && !process.env.CI;
  const summary = await renderEdition(args.manifest, {
    outDir: args.out,
    jobs,
    previewDpi: args.preview ? args.previewDpi : null,
    keepGoing: args.keepGoing,
    ...(args.profile && { profile: args.profile }),
    ...(showProgress && { onProgress: drawProgress }),
  });
  if (showProgress) process.stderr.write('\r\x1b[K');
  console.log(formatSummary(summary, jobs).join('\n'));
  const [firstFailure] = summary.failures;
  if (firstFailure && !args.keepGoing) {
    console.error(`broadsheet: ${firstFailure.error.message}`);
    return 2;
  }
  for (const failure of summary.failures) console.error(`broadsheet: page ${failure.page} not rendered: ${failure.error.message}`);
  return summary.failures.length > 0 ? 1 : 0;
}

const BAR_WIDTH = 30;

function drawProgress(done: number, total: number): void {
  const filled = Math.round((done / total) * BAR_WIDTH);
  process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${total} pages`);
}

export function formatSummary(summary: EditionSummary, jobs: number): string[] {
  const { reports } = summary;
  const stories = reports.reduce((sum, report) => sum + report.stories, 0);
  const jumps = reports.flatMap((report) => report.jumps.map((jump) => `${jump.where} → page ${jump.toPage}`));
  const overset = reports.flatMap((report) => report.overset.map((item) => `OVERSET: ${item.where}: ${item.wordCount} words did not fit, starting "${item.firstWords} …"`));
  const warnings = reports.flatMap((report) => report.warnings.map((warning) => `warning: page ${report.page}: ${warning.where}: ${warning.message}`));
  return [
    `pages: ${reports.length} of ${summary.pages} rendered${summary.editionPdf ? `; ${summary.editionPdf}` : '; edition.pdf not written'}`,
    `profile: ${summary.profile}`,
    `stories: ${stories}`,
    `jumps: ${jumps.length}${jumps.length > 0 ? ` (${jumps.join(', ')})` : ''}`,
    ...(overset.length > 0 ? overset : ['overset: none']),
    ...warnings,
    `warnings: ${warnings.length}`,
    `time: ${Math.round(summary.timeMs)} ms with ${jobs} job${jobs === 1 ? '' : 's'}`,
  ];
}
