import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The river-ferry article and four-column layout, made to work from a folder of their own. */
const PHOTO = 'test/fixtures/images/river-ferry.standin.jpg';
const PHOTO_SRC = 'src: ../images/river-ferry.standin.jpg';
export const FERRY_ARTICLE = readFileSync('test/fixtures/articles/river-ferry.md', 'utf8').replace(PHOTO_SRC, `src: ${path.basename(PHOTO)}`);
export const FERRY_LAYOUT = readFileSync('test/fixtures/layouts/four-column.json', 'utf8').replace('"../../../layouts/layout.schema.json"', '"x"');

/** A folder of its own holding an article, its photo and a layout, and where the PDF would go. */
export interface Case {
  dir: string;
  article: string;
  layout: string;
  out: string;
}

export interface CaseFiles {
  article?: string | Buffer;
  layout?: string;
  /** The photo's file name, written into the article. Default: the fixture's. */
  photoName?: string;
  /** The photo's bytes; `null` leaves it out. Default: the fixture's photo. */
  photo?: Buffer | null;
}

let caseCount = 0;
/** A fresh case in `root`: the ferry article, photo and layout, each replaced where `files` says (spoilt). */
export function makeFerryCase(root: string, files: CaseFiles = {}): Case {
  const dir = path.join(root, `case-${++caseCount}`);
  mkdirSync(dir);
  const photoName = files.photoName ?? path.basename(PHOTO);
  const testCase = { dir, article: path.join(dir, 'article.md'), layout: path.join(dir, 'layout.json'), out: path.join(dir, 'out.pdf') };
  if (!FERRY_ARTICLE.includes(`src: ${path.basename(PHOTO)}`)) throw new Error(`the river-ferry article no longer has '${PHOTO_SRC}'`);
  writeFileSync(testCase.article, files.article ?? FERRY_ARTICLE.replace(`src: ${path.basename(PHOTO)}`, `src: ${photoName}`));
  writeFileSync(testCase.layout, files.layout ?? FERRY_LAYOUT);
  if (files.photo === undefined) copyFileSync(PHOTO, path.join(dir, photoName));
  else if (files.photo !== null) writeFileSync(path.join(dir, photoName), files.photo);
  return testCase;
}
