import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadArticle } from '../article/load.js';
import { InputError } from '../errors.js';
import { fitLayout, type FitResult } from '../fit/fitLayout.js';
import { formatScore } from '../fit/score.js';
import { loadLayout } from '../layout-spec/load.js';
import { relocateLayoutJson } from '../layout-spec/relocate.js';
import { writeFileAtomic } from '../writeFileAtomic.js';
import { saveDiskMemos } from '../diskMemo.js';

export interface FitArgs {
  article: string;
  layout: string;
  out?: string | undefined;
  maxEvaluations: number;
  widthToleranceMm: number;
  sizeTolerancePt: number;
}

export async function fitCommand(args: FitArgs): Promise<number> {
  const article = await loadArticle(args.article, { requireImageFiles: false });
  if (!article.originalColumnEnds && !article.originalLineEnds) {
    throw new InputError(args.article, 'originalColumnEnds', 'the article records no column or line ends of an original to fit to');
  }
  // Checked as `render` checks it, so a bad layout gets the same one-line error.
  loadLayout(args.layout);
  const json = JSON.parse(await readFile(args.layout, 'utf8')) as Record<string, unknown>;
  const result = fitLayout(article, json, args.layout, {
    maxEvaluations: positive(args.maxEvaluations, '--max-evaluations'),
    columnWidthToleranceMm: nonNegative(args.widthToleranceMm, '--width-tolerance'),
    bodySizeTolerancePt: nonNegative(args.sizeTolerancePt, '--size-tolerance'),
  });
  const lines = formatFit(result);
  if (args.out) {
    const fitted = relocateLayoutJson(result.json, path.dirname(path.resolve(args.layout)), path.dirname(path.resolve(args.out)));
    await writeFileAtomic(args.out, `${JSON.stringify(fitted, null, 2)}\n`);
    lines.unshift(`wrote ${args.out}`);
  }
  console.log(lines.join('\n'));
  // The search shaped the article's words in every composition it tried: the next fit or render of it need not.
  await saveDiskMemos();
  return 0;
}

export function formatFit(result: FitResult): string[] {
  const changed = result.changes.map((change) => `${change.parameter} ${change.from} → ${change.to}`).join(', ');
  const { timeMs } = result;
  return [
    formatScore(result.best),
    `before: ${formatScore(result.start)}`,
    `changed: ${changed || 'nothing (the layout was already the best fit found)'}`,
    `search: ${result.evaluations} compositions (${result.stoppedBy === 'budget' ? 'stopped at the budget' : 'converged'}` +
      `${result.invalid > 0 ? `, ${result.invalid} not valid layouts` : ''}) in ${(timeMs.total / 1000).toFixed(1)} s: ` +
      `first composition ${timeMs.firstCompose.toFixed(0)} ms, then ${timeMs.composeMean.toFixed(1)} ms each; ` +
      result.stages.map((stage) => `${stage.name} ${stage.evaluations} (${(stage.timeMs / 1000).toFixed(1)} s)`).join(', '),
  ];
}

function positive(value: number, option: string): number {
  if (!Number.isInteger(value) || value < 1) throw new InputError(option, '', `expected a positive whole number, got ${value}`);
  return value;
}

function nonNegative(value: number, option: string): number {
  if (!Number.isFinite(value) || value < 0) throw new InputError(option, '', `expected a number of at least 0, got ${value}`);
  return value;
}
