import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { PreflightProfile } from '../preflight/preflight.js';

export interface PreflightArgs {
  file: string;
  profile?: PreflightProfile | undefined;
  json: boolean;
  inkLimit?: number | undefined;
}

/** Checks any PDF against the print or archive rules; exit 1 when a rule fails. */
export async function preflightCommand(args: PreflightArgs): Promise<number> {
  const data = await readFile(args.file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(args.file, '', `cannot read (${error.code ?? error.message})`);
  });
  if (!data.subarray(0, 1024).toString('latin1').includes('%PDF-')) throw new InputError(args.file, '', 'not a PDF (no %PDF- header)');
  const { preflightPdf, formatPreflightReport } = await import('../preflight/preflight.js');
  const report = await preflightPdf(data, {
    ...(args.profile && { profile: args.profile }),
    ...(args.inkLimit !== undefined && { settings: { inkLimitPct: args.inkLimit } }),
  }).catch((error: unknown) => {
    throw new InputError(args.file, '', `damaged PDF (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  });
  console.log(args.json ? JSON.stringify(report, null, 2) : formatPreflightReport(report, args.file));
  return report.passed ? 0 : 1;
}
