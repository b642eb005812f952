import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISK_MEMO_FORMAT } from '../../src/diskMemo.js';
import { IMAGE_CACHE_FORMAT } from '../../src/images/diskCache.js';
import { SUBSET_CACHE_FORMAT } from '../../src/pdf/subsetCache.js';

/**
 * The disk caches' keys hold their inputs, not the code that computes from them. Each cache has a format constant to
 * bump when that code can give other answers; these tests make a change to the code stop until someone has decided.
 */
const CACHES = [
  {
    format: { name: 'IMAGE_CACHE_FORMAT in src/images/diskCache.ts', value: IMAGE_CACHE_FORMAT },
    // The code that decides a prepared picture's bytes.
    sources: ['src/images/prepare.ts', 'src/images/cmyk.ts', 'src/images/request.ts'],
    reviewed: { format: 2, sourcesSha256: '4fd092e565d74d8a' },
  },
  {
    format: { name: 'DISK_MEMO_FORMAT in src/diskMemo.ts', value: DISK_MEMO_FORMAT },
    // The code that asks fontkit for shapes and the hyphenation library for points, and how both are written down.
    sources: ['src/fonts/fontSet.ts', 'src/hyphenation/hyphenator.ts', 'src/diskMemo.ts'],
    reviewed: { format: 1, sourcesSha256: '5d49cbad7dea6a8c' },
  },
  {
    format: { name: 'SUBSET_CACHE_FORMAT in src/pdf/subsetCache.ts', value: SUBSET_CACHE_FORMAT },
    // The code that hands fontkit's subsetter the font it reads glyphs through, and that keys and writes its bytes down.
    sources: ['src/pdf/glyphFont.ts', 'src/pdf/subsetCache.ts'],
    reviewed: { format: 1, sourcesSha256: '3b0c667b53ae6719' },
  },
];

describe('the disk caches’ formats', () => {
  it.each(CACHES)('$format.name is reconsidered whenever the code behind its entries changes', ({ format, sources, reviewed }) => {
    const hash = createHash('sha256');
    for (const file of sources) hash.update(readFileSync(file));
    const now = { format: format.value, sourcesSha256: hash.digest('hex').slice(0, 16) };
    // On a change: if entries can come out different, bump the format (old entries would be stale); then record both here.
    expect(now, `${sources.join(', ')} changed: bump ${format.name} if its entries can differ, then update \`reviewed\` here`).toEqual(reviewed);
  });
});
