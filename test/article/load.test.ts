import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/article/load.js';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'broadsheet-load-'));
  await mkdir(path.join(folder, 'photos'));
  await writeFile(path.join(folder, 'photos', 'a.jpg'), 'not really a jpeg');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, content);
  return file;
}

const IMAGES = 'images:\n  - { src: photos/a.jpg, caption: C, credit: K }\n  - { src: photos/x.jpg, caption: C, credit: K }';

describe('loadArticle', () => {
  it('reads a UTF-8 file with a byte-order mark and CRLF line ends', async () => {
    const file = await write('crlf.md', '\uFEFF---\r\nheadline: Ünïcode “quotes”\r\n---\r\n\r\nFirst\r\nline.\r\n');
    const article = await loadArticle(file);
    expect(article.headline).toBe('Ünïcode “quotes”');
    expect(article.body).toEqual([{ spans: [{ text: 'First line.', italic: false, bold: false }] }]);
    expect(article.filePath).toBe(file);
  });

  it('resolves image sources against the article folder and checks the files exist', async () => {
    const file = await write('one-image.md', '---\nheadline: H\nimages: [{ src: photos/a.jpg, caption: C, credit: K }]\n---\n\nText.\n');
    const article = await loadArticle(file);
    expect(article.images[0]?.srcPath).toBe(path.join(folder, 'photos', 'a.jpg'));
  });

  it('names the first missing image as written', async () => {
    const file = await write('missing.md', `---\nheadline: H\n${IMAGES}\n---\n\nText.\n`);
    await expect(loadArticle(file)).rejects.toThrow(`${file}: images[1].src: file not found (photos/x.jpg)`);
  });

  it('leaves missing images to the caller when asked (a draft draws placeholders)', async () => {
    const file = await write('missing-draft.md', `---\nheadline: H\n${IMAGES}\n---\n\nText.\n`);
    const article = await loadArticle(file, { requireImageFiles: false });
    expect(article.images[1]?.srcPath).toBe(path.join(folder, 'photos', 'x.jpg'));
  });

  it('does not take a folder for an image', async () => {
    const file = await write('folder.md', '---\nheadline: H\nimages: [{ src: photos, caption: C, credit: K }]\n---\n\nText.\n');
    await expect(loadArticle(file)).rejects.toThrow(`${file}: images[0].src: file not found (photos)`);
  });

  it('reports a missing article file and bad UTF-8 as input errors', async () => {
    const missing = path.join(folder, 'nope.md');
    await expect(loadArticle(missing)).rejects.toThrow(`${missing}: file not found`);
    const latin1 = await write('latin1.md', Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    await expect(loadArticle(latin1)).rejects.toThrow(`${latin1}: line 2, column 1: not valid UTF-8 (byte 0xe9); save the file as UTF-8`);
  });
});
