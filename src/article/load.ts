import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { decodeUtf8 } from './decodeUtf8.js';
import { readArticleDocument, resolveArticle } from './parse.js';
import type { Article } from './types.js';

/** Reads an article file (UTF-8, BOM and CRLF tolerated) and checks that its image files exist. */
export interface LoadArticleOptions {
  /** Refuse an image `src` that is not a file (default). A draft render leaves that to its placeholders. */
  requireImageFiles?: boolean;
}

export async function loadArticle(filePath: string, options: LoadArticleOptions = {}): Promise<Article> {
  const document = readArticleDocument(await readUtf8(filePath), filePath);
  const article = resolveArticle(document, filePath);
  if (options.requireImageFiles === false) return article;
  // One at a time, so that with several missing files the error always names the first.
  for (const [index, image] of article.images.entries()) {
    if (!(await isFile(image.srcPath))) {
      throw new InputError(filePath, `images[${index}].src`, `file not found (${document.images[index]?.src})`);
    }
  }
  return article;
}

async function readUtf8(filePath: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw new InputError(filePath, '', describeReadError(error));
  }
  return decodeUtf8(bytes, filePath);
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot read (${code ?? String(error)})`;
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}
