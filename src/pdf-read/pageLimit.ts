import { InputError } from '../errors.js';

/** The most pages a PDF may have to be read, and the setting that changes it (named when a PDF is refused). */
export interface PageLimit {
  pages: number;
  /** For example `--max-pages`. */
  setting: string;
}

/**
 * pdf.js reads a dense page (2,500 words drawn one by one, or photos to decode) in 0.1 to 0.2 s, one page at a
 * time: 500 such pages take one to two minutes and up to about 1 GB (`inspect --metrics` keeps every page's
 * words), and any newspaper edition fits. A 1,000-page file is refused at once instead.
 */
export const DEFAULT_MAX_PAGES = 500;

/** The limit a user set with `setting` (the default if unset); InputError for anything but a whole number from 1. */
export function toPageLimit(pages: number | undefined, setting: string): PageLimit {
  const limit = pages ?? DEFAULT_MAX_PAGES;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new InputError(setting, '', `expected a whole number of pages, 1 or more, got ${limit}`);
  }
  return { pages: limit, setting };
}

/** Refuses a PDF with more pages than the limit, before any page is read. */
export function assertWithinPageLimit(pageCount: number, limit: PageLimit | undefined, fileLabel: string): void {
  if (limit && pageCount > limit.pages) {
    throw new InputError(fileLabel, '', `${pageCount} pages, more than the limit of ${limit.pages} (${limit.setting})`);
  }
}
