import YAML from 'yaml';
import type { ArticleDocument, ArticleImageEntry } from './document.js';
import { writeParagraph } from './writeParagraph.js';

/**
 * Writes an article in the article format: YAML front matter, then the body as Markdown paragraphs separated by
 * blank lines. Fields that are undefined are left out; `readArticleDocument` reads the result back unchanged.
 */
export function serializeArticle(document: ArticleDocument): string {
  const frontMatter = withoutUndefined({
    headline: document.headline,
    deck: document.deck,
    byline: document.byline,
    dateline: document.dateline,
    source: document.source,
    date: document.date,
    lang: document.lang,
    dropCap: document.dropCap,
    images: document.images?.map(imageEntry),
    pullQuotes: document.pullQuotes?.map(({ text, attribution }) => withoutUndefined({ text, attribution })),
    originalColumnEnds: document.originalColumnEnds,
    originalLineEnds: document.originalLineEnds,
  });
  // lineWidth 0: one field per line, never folded, so the file diffs cleanly.
  const yaml = YAML.stringify(frontMatter, { lineWidth: 0 });
  const body = document.body.map(writeParagraph).join('\n\n');
  return `---\n${yaml}---\n\n${body}\n`;
}

function imageEntry({ id, src, caption, credit, alt }: ArticleImageEntry): Record<string, string> {
  return withoutUndefined({ id, src, caption, credit, alt });
}

function withoutUndefined<T>(fields: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, T] => entry[1] !== undefined));
}
