import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleDocument } from '../../src/article/parse.js';
import { importExtractedArticle } from '../../src/import/importExtracted.js';

const ASSET = new URL('../../assets/articles/shanghai-daily-tesla.md', import.meta.url);

describe('assets/articles/shanghai-daily-tesla.md', () => {
  it('is the imported seed with only image ids, sources and lang set by hand', () => {
    const imported = importExtractedArticle(readFileSync(new URL('../fixtures/shanghai-daily-tesla.txt', import.meta.url), 'utf8'), {
      sourceName: 'shanghai-daily-tesla.txt',
    });
    const asset = readArticleDocument(readFileSync(ASSET, 'utf8'), ASSET.pathname);
    expect(asset).toEqual({
      ...imported,
      lang: 'en-US',
      images: [
        { ...imported.images[0], id: 'gigafactory-aerial', src: '../images/tesla-gigafactory-aerial.standin.jpg' },
        { ...imported.images[1], id: 'chen-musk-handshake', src: '../images/chen-musk-handshake.standin.jpg' },
      ],
    });
  });
});
