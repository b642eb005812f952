import path from 'node:path';
import { parseBody } from './body.js';
import { assertNoControlCharacters } from './controlCharacters.js';
import { splitFrontMatter } from './frontMatter.js';
import { validateFrontMatter, type FrontMatter } from './frontMatterSchema.js';
import { normaliseText } from './normaliseText.js';
import { assertLeftToRight } from './rightToLeft.js';
import type { Article, Paragraph } from './types.js';

/** An article file read and validated, defaults applied, image paths still as written. */
export type ReadArticleDocument = FrontMatter & { body: Paragraph[] };

/** Reads article text (Markdown with YAML front matter) without resolving anything on disk. */
export function readArticleDocument(text: string, filePath: string): ReadArticleDocument {
  const normalised = normaliseText(text);
  assertNoControlCharacters(normalised, filePath);
  assertLeftToRight(normalised, filePath);
  const { data, body, bodyFirstLine } = splitFrontMatter(normalised, filePath);
  const frontMatter = validateFrontMatter(data, filePath);
  return { ...frontMatter, body: parseBody(body, filePath, bodyFirstLine) };
}

/** Turns a read document into the engine's Article: image sources resolved against the article's folder. */
export function resolveArticle(document: ReadArticleDocument, filePath: string): Article {
  const folder = path.dirname(path.resolve(filePath));
  const { images, ...fields } = document;
  return {
    filePath,
    ...fields,
    images: images.map(({ src, ...image }) => ({ ...image, srcPath: path.resolve(folder, src) })),
  };
}

/** Parses an article's text; no I/O (image files are checked by `loadArticle`). */
export function parseArticle(text: string, filePath: string): Article {
  return resolveArticle(readArticleDocument(text, filePath), filePath);
}
