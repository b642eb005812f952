import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { formatQualityReport, measurePdfQuality } from '../metrics/index.js';
import { toPageLimit } from '../pdf-read/pageLimit.js';
import { readPdfLayout } from '../pdf-read/readPdf.js';

export interface InspectArgs {
  pdf: string;
  metrics: boolean;
  json: boolean;
  /** Refuse a PDF with more pages; DEFAULT_MAX_PAGES when not given. */
  maxPages?: number | undefined;
}

/** Reads any PDF and reports on how it is set: for now its typographic quality numbers (`--metrics`). */
export async function inspectCommand(args: InspectArgs): Promise<void> {
  if (!args.metrics) throw new InputError(args.pdf, '', 'nothing to inspect: add --metrics');
  const pageLimit = toPageLimit(args.maxPages, '--max-pages');
  const data = await readFile(args.pdf).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(args.pdf, '', `cannot read (${error.code ?? error.message})`);
  });
  const pdf = await readPdfLayout(data, { fileLabel: args.pdf, pageLimit });
  const report = measurePdfQuality(pdf);
  console.log(args.json ? JSON.stringify(report, null, 2) : formatQualityReport(report));
  const skipped = pdf.pages.reduce((sum, page) => sum + page.skippedGlyphs, 0);
  if (skipped > 0) console.error(`warning: ${args.pdf}: ${skipped} glyphs in vertical fonts or on turned baselines were not read`);
}
