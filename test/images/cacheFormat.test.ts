import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMAGE_CACHE_FORMAT } from '../../src/images/diskCache.js';

/** The files whose code decides a prepared picture's bytes; the disk cache's key holds their inputs, not their code. */
const PREPARATION_SOURCES = ['src/images/prepare.ts', 'src/images/cmyk.ts', 'src/images/request.ts'];

/** What those files were when IMAGE_CACHE_FORMAT was last considered. */
const REVIEWED = { format: 2, sourcesSha256: '4fd092e565d74d8a' };

describe('the image cache format', () => {
  it('is reconsidered whenever the code that prepares pictures changes', () => {
    const hash = createHash('sha256');
    for (const file of PREPARATION_SOURCES) hash.update(readFileSync(file));
    const now = { format: IMAGE_CACHE_FORMAT, sourcesSha256: hash.digest('hex').slice(0, 16) };
    // On a change: if pictures can come out different, bump IMAGE_CACHE_FORMAT (old entries would be stale); then record both here.
    expect(now, `${PREPARATION_SOURCES.join(', ')} changed: bump IMAGE_CACHE_FORMAT in src/images/diskCache.ts if prepared pictures can differ, then update REVIEWED`).toEqual(REVIEWED);
  });
});
