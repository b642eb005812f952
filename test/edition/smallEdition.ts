import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatedArticle } from '../fixtures/generatedArticle.js';

const repository = path.resolve('.');

/**
 * A three-page edition in a temporary folder: a front page whose lead (with a photo and a drop cap) jumps to page 3,
 * an inside page of briefs, and page 3 with the lead's continuation beside a story of its own. `brokenPage2` gives the
 * first brief a photo that does not exist.
 */
export function writeSmallEdition(options: { brokenPage2?: boolean } = {}): { folder: string; manifest: string } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-edition-'));
  mkdirSync(path.join(folder, 'articles'));
  const photoPrefix = `${path.relative(path.join(folder, 'articles'), repository)}/`;
  const article = (name: string, words: number, photos: number, seed: number): string => {
    writeFileSync(path.join(folder, 'articles', name), generatedArticle({ words, photos, deck: photos > 0, byline: true, dateline: photos > 0, seed }, photoPrefix));
    return `articles/${name}`;
  };
  const layout = (name: string): string => path.relative(folder, path.join(repository, 'layouts', name));
  const module = (columns: [number, number], rows: [number, number]): string => `{ columns: [${columns.join(', ')}], rows: [${rows.join(', ')}] }`;
  const lead = article('lead.md', 1400, 1, 1);
  const briefs = [article('brief-1.md', 90, 0, 2), article('brief-2.md', 60, 0, 3), article('brief-3.md', 120, 0, 4)];
  if (options.brokenPage2) writeFileSync(path.join(folder, briefs[0]!), generatedArticle({ words: 90, photos: 1, deck: false, byline: true, dateline: false, seed: 2 }, 'nowhere/'));
  const other = article('other.md', 300, 0, 5);
  const manifest = [
    'paper: The Test Gazette',
    'date: 2025-03-14',
    'edition: Late',
    'pages:',
    `  - layout: ${layout('pages/front.json')}`,
    '    section: News',
    '    stories:',
    `      - { id: lead, article: ${lead}, layout: ${layout('modules/lead.json')}, module: ${module([1, 4], [1, 4])} }`,
    `  - layout: ${layout('pages/inside.json')}`,
    '    section: Briefs',
    '    stories:',
    ...briefs.map((brief, index) => `      - { article: ${brief}, layout: ${layout('modules/story.json')}, module: ${module([1, 2], [index * 2 + 1, index * 2 + 2])} }`),
    `  - layout: ${layout('pages/inside.json')}`,
    '    section: News',
    '    stories:',
    `      - { continues: lead, layout: ${layout('modules/continuation.json')}, module: ${module([1, 3], [1, 8])} }`,
    `      - { article: ${other}, layout: ${layout('modules/story.json')}, module: ${module([4, 6], [1, 3])} }`,
  ].join('\n');
  const manifestPath = path.join(folder, 'edition.yaml');
  writeFileSync(manifestPath, `${manifest}\n`);
  return { folder, manifest: manifestPath };
}
