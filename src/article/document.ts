import type { Paragraph, PullQuote } from './types.js';

/** An image entry as written in an article's front matter. */
export interface ArticleImageEntry {
  /** Defaults to `image-<n>` (1-based) when read. */
  id?: string;
  /** As written: relative to the article's folder, or absolute. */
  src: string;
  caption: string;
  credit: string;
  /** Defaults to the caption when read. */
  alt?: string;
}

/**
 * An article as written in its file: front-matter fields plus body, image paths as the author wrote them.
 * This is what `serializeArticle` writes and what the importer produces.
 */
export interface ArticleDocument {
  headline: string;
  deck?: string;
  byline?: string;
  dateline?: string;
  source?: string;
  date?: string;
  lang?: string;
  dropCap?: boolean;
  images?: ArticleImageEntry[];
  pullQuotes?: PullQuote[];
  originalColumnEnds?: string[];
  originalLineEnds?: string[];
  body: Paragraph[];
}
