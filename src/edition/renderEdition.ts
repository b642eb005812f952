import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { defaultOutput } from '../layout-spec/schema.js';
import { outputProfile, type ProfileName } from '../profiles/profiles.js';
import type { PageReport } from './composeEditionPage.js';
import { EditionPdfWriter } from './editionPdf.js';
import { editionFontFiles } from './fonts.js';
import { loadManifest } from './loadManifest.js';
import { PageLayouts } from './pageLayout.js';
import { renderOnWorkers } from './pool.js';
import { editionPdfMetadata, pageFileName } from './renderPage.js';

export interface EditionOptions {
  outDir: string;
  jobs: number;
  /** Pixels per inch of each page's PNG thumbnail; null: none. */
  previewDpi: number | null;
  /** Render the other pages when one fails, instead of stopping. */
  keepGoing: boolean;
  /** What the PDFs are for; the manifest's `profile` when absent. */
  profile?: ProfileName;
  /** Told of each page done (or failed), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface EditionSummary {
  pages: number;
  /** Pages rendered, in order, with what each holds. */
  reports: PageReport[];
  /** Pages that failed, with the bad input that stopped each, in page order. */
  failures: { page: number; error: InputError }[];
  /** Where edition.pdf was written; null when a page failed without --keep-going. */
  editionPdf: string | null;
  profile: ProfileName;
  timeMs: number;
}

/**
 * Renders an edition: the manifest planned and checked (a bad manifest writes nothing), then every page composed,
 * painted and written by the worker pool as it is done, and appended in page order to edition.pdf. A page whose story
 * has bad input stops the run (the pages already written stay) unless `keepGoing`, which renders the rest and leaves
 * the failed pages out of edition.pdf.
 */
export async function renderEdition(manifestPath: string, options: EditionOptions): Promise<EditionSummary> {
  const started = performance.now();
  const pageLayouts = new PageLayouts();
  const manifestPlan = loadManifest(manifestPath, pageLayouts);
  const plan = { ...manifestPlan, profile: options.profile ?? manifestPlan.profile };
  editionFontFiles(plan, pageLayouts);
  mkdirSync(options.outDir, { recursive: true });
  const editionPath = path.join(options.outDir, 'edition.pdf');
  const metadata = editionPdfMetadata(plan, `${plan.paper}, ${plan.edition}, ${plan.date}`);
  const writer = new EditionPdfWriter(editionPath, metadata, outputProfile(plan.profile, defaultOutput()).pdf);

  const reports = new Map<number, PageReport>();
  const failures: { page: number; error: InputError }[] = [];
  let bug: Error | null = null;
  let nextToAppend = 1;
  /** Appends the pages done, in order, reading each back from its file so none is held in memory meanwhile. */
  const appendReadyPages = (): void => {
    for (;;) {
      const failed = failures.some((failure) => failure.page === nextToAppend);
      if (!failed && !reports.has(nextToAppend)) return;
      if (!failed) writer.appendPage(readFileSync(path.join(options.outDir, pageFileName(nextToAppend, 'pdf'))));
      nextToAppend += 1;
    }
  };
  try {
    await renderOnWorkers(plan, { outDir: options.outDir, previewDpi: options.previewDpi }, options.jobs, (reply) => {
      if ('report' in reply) reports.set(reply.pageNumber, reply.report);
      else if ('inputError' in reply) failures.push({ page: reply.pageNumber, error: new InputError(reply.inputError.file, reply.inputError.where, reply.inputError.problem) });
      else bug ??= new Error(`page ${reply.pageNumber}: ${reply.bug}`);
      options.onProgress?.(reports.size + failures.length, plan.pages.length);
      appendReadyPages();
      return bug === null && (options.keepGoing || failures.length === 0);
    });
  } catch (error) {
    writer.abandon();
    throw error;
  }
  failures.sort((a, b) => a.page - b.page);
  const complete = bug === null && (options.keepGoing || failures.length === 0) && reports.size + failures.length === plan.pages.length;
  if (complete) writer.finish();
  else writer.abandon();
  if (bug) throw bug;
  return {
    pages: plan.pages.length,
    reports: [...reports.values()].sort((a, b) => a.page - b.page),
    failures,
    editionPdf: complete ? editionPath : null,
    profile: plan.profile,
    timeMs: performance.now() - started,
  };
}
