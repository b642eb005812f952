import path from 'node:path';
import { InputError } from '../errors.js';
import type { PreparedImageCache } from '../images/cache.js';
import { storeJpeg } from '../images/store.js';
import type { PdfMetadata } from '../pdf/profile.js';
import { writePdf } from '../pdf/writePdf.js';
import type { ImageFrame } from '../positioned/types.js';
import { extendPhotosIntoBleed } from '../profiles/bleed.js';
import type { OutputProfile } from '../profiles/profiles.js';
import { writeFileAtomic } from '../writeFileAtomic.js';
import { saveDiskMemos } from '../diskMemo.js';
import { composeEditionPage, type EditionContext, type PageReport } from './composeEditionPage.js';
import type { EditionPlan, PagePlan } from './plan.js';

export interface PageOutput {
  /** Where the page's PDF is, and its preview when asked for. */
  pdfPath: string;
  report: PageReport;
}

export interface PageRenderOptions {
  outDir: string;
  /** Pixels per inch of a PNG thumbnail of the page; null: none. */
  previewDpi: number | null;
}

/** What a page renders with besides its plan: the profile (images and PDF) and the cache of prepared photos. */
export interface PageRenderTools {
  profile: OutputProfile;
  imageCache: PreparedImageCache;
}

/** `page-01.pdf`: numbered to sort in page order up to 99 pages, and still unique past them. */
export function pageFileName(pageNumber: number, extension: 'pdf' | 'png'): string {
  return `page-${String(pageNumber).padStart(2, '0')}.${extension}`;
}

/** What a page's PDF, or edition.pdf, says about itself: the paper as publication, the edition's name and date. */
export function editionPdfMetadata(plan: EditionPlan, title: string): PdfMetadata {
  return { title, publication: plan.paper, edition: plan.edition, date: new Date(`${plan.date}T00:00:00Z`), lang: plan.lang };
}

/**
 * Composes, paints and writes one page: its photos prepared for their frames in the profile's colour, its PDF (and
 * preview) written as soon as it is done, so that nothing of it is held once the next page starts.
 */
export async function renderEditionPage(context: EditionContext, tools: PageRenderTools, page: PagePlan, options: PageRenderOptions): Promise<PageOutput> {
  const { profile, imageCache } = tools;
  const { document, report, photoOwners } = await composeEditionPage(context, page);
  if (profile.photosIntoBleed) for (const positioned of document.pages) extendPhotosIntoBleed(positioned);
  const images = new Map<string, Buffer>();
  const imageFrames = document.pages.flatMap((positioned) => positioned.frames.filter((frame): frame is ImageFrame => frame.kind === 'image'));
  for (const frame of imageFrames) {
    try {
      const prepared = await imageCache.prepare(frame.srcPath, frame, { focus: frame.crop, colour: profile.photoColour });
      frame.jpegSha256 = storeJpeg(images, prepared.jpeg);
      if (prepared.effectivePpi < profile.minPpi) {
        const message = `only ${Math.round(prepared.effectivePpi)} ppi at its placed size (the ${profile.name} profile wants ${profile.minPpi})`;
        report.warnings.push({ where: photoOwners.get(frame)!, message });
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(context.plan.manifestPath, photoOwners.get(frame)!, error.problem);
    }
  }
  const metadata = editionPdfMetadata(context.plan, document.title);
  const pdf = await writePdf(document, { creationDate: metadata.date, images, profile: profile.pdf, metadata });
  const pdfPath = path.join(options.outDir, pageFileName(page.number, 'pdf'));
  await writeFileAtomic(pdfPath, pdf);
  // What the page shaped and hyphenated, for the next page and the next run.
  await saveDiskMemos();
  if (options.previewDpi !== null) {
    // Loaded here, not at the top: pdf.js, the canvas and sharp are no cost to an edition without thumbnails.
    const { renderPagePng } = await import('../preview/png.js');
    await writeFileAtomic(path.join(options.outDir, pageFileName(page.number, 'png')), await renderPagePng(pdf, { dpi: options.previewDpi, fileLabel: pdfPath }));
  }
  return { pdfPath, report };
}
