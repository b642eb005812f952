import type { Article } from '../article/types.js';
import type { ResolvedLayout } from '../layout-spec/resolve.js';
import type { PdfMetadata } from '../pdf/profile.js';

/**
 * What the PDF records about the page: the headline as title, the byline as author, the publication and edition
 * from the layout, the article's date (else the layout's fixed creation date: never the clock).
 */
export function pdfMetadata(article: Article, layout: ResolvedLayout): PdfMetadata {
  return {
    title: article.headline,
    ...(article.byline && { author: article.byline }),
    ...(layout.output.publication && { publication: layout.output.publication }),
    ...(layout.output.edition && { edition: layout.output.edition }),
    date: article.date === undefined ? layout.creationDate : new Date(`${article.date}T00:00:00Z`),
    lang: article.lang,
  };
}
