/** One styled stretch of text inside a paragraph. */
export interface TextSpan {
  text: string;
  italic: boolean;
  bold: boolean;
}

/** A body paragraph: the spans in reading order. */
export interface Paragraph {
  spans: TextSpan[];
  /** A crosshead (`## …` in the body): a heading inside the story, set in the layout's crosshead style. Absent for text. */
  kind?: 'crosshead';
}

/** A quotation the layout may print large, apart from the running text, where its body block has a slot. */
export interface PullQuote {
  text: string;
  /** Who said it; printed after the quote as "— attribution". */
  attribution?: string;
}

export interface ArticleImage {
  /** Stable id a layout can refer to (`"photo-1"`); defaults to `image-<n>`. */
  id: string;
  /** Absolute path, resolved against the article file's folder. */
  srcPath: string;
  caption: string;
  /** Who took the photo; printed at the end of the caption as "— credit". */
  credit: string;
  alt: string;
}

/**
 * An article as the engine reads it: everything a layout can place, with no notion of where it goes.
 * Parsed from Markdown with YAML front matter (see README, "Article format").
 */
export interface Article {
  /** The file it came from, for error messages. */
  filePath: string;
  headline: string;
  /** Heads the story's continuation on a later page of an edition; default: a short form of the headline. */
  jumpHeadline?: string;
  deck?: string;
  byline?: string;
  dateline?: string;
  /** Agency or source credit, printed where the layout puts the source line. */
  source?: string;
  /** Publication date (`YYYY-MM-DD`): the date the archive and print PDFs record. */
  date?: string;
  /** BCP 47 language tag; selects hyphenation patterns. */
  lang: string;
  /** The story opens with a drop cap, where the layout provides one. */
  dropCap: boolean;
  images: ArticleImage[];
  /** Pull quotes, from the front matter: never in the body text, printed only where the layout has a slot. */
  pullQuotes?: PullQuote[];
  body: Paragraph[];
  /**
   * Where the printed original's columns ended: for each column, its last words as printed
   * (recorded by `broadsheet import`), so a render can be compared with the original.
   */
  originalColumnEnds?: string[];
  /** Where the original's body lines ended, in reading order: each line's last words as printed (`broadsheet import` of a PDF). */
  originalLineEnds?: string[];
}
