import { utimes, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { PreparedImageCache } from '../../src/images/cache.js';
import { BLUE, GREEN, RED, makeScratch, near, pixelAt, stripes } from './fixtures.js';

let scratch: Awaited<ReturnType<typeof makeScratch>>;
const frame = { widthPt: 72, heightPt: 72 };

beforeAll(async () => {
  scratch = await makeScratch();
  await stripes(200, 200, [RED]).png().toFile(scratch.path('photo.png'));
});

afterAll(() => scratch.cleanup());

describe('PreparedImageCache', () => {
  it('returns the same result for the same file, frame and options', async () => {
    const cache = new PreparedImageCache(32, null);
    const first = await cache.prepare(scratch.path('photo.png'), frame, { ppi: 100 });
    const again = await cache.prepare(scratch.path('photo.png'), { ...frame }, { ppi: 100, jpegQuality: 85 });
    expect(again).toBe(first);
    expect(cache.size).toBe(1);
  });

  it('prepares again for another pixel size, quality or focus', async () => {
    const cache = new PreparedImageCache(32, null);
    const base = await cache.prepare(scratch.path('photo.png'), frame, { ppi: 100 });
    const others = [
      await cache.prepare(scratch.path('photo.png'), frame, { ppi: 150 }),
      await cache.prepare(scratch.path('photo.png'), frame, { ppi: 100, jpegQuality: 60 }),
      await cache.prepare(scratch.path('photo.png'), frame, { ppi: 100, focus: 'centre' }),
    ];
    for (const other of others) expect(other).not.toBe(base);
    expect(cache.size).toBe(4);
  });

  it('notices that the file has changed', async () => {
    const cache = new PreparedImageCache(32, null);
    const path = scratch.path('changing.png');
    await stripes(200, 200, [GREEN]).png().toFile(path);
    const before = await cache.prepare(path, frame, { ppi: 100 });
    await stripes(200, 200, [BLUE]).png().toFile(path);
    // Same size on disk is possible; a different mtime must be enough.
    await utimes(path, new Date(2_000_000_000_000), new Date(2_000_000_000_000));
    const after = await cache.prepare(path, frame, { ppi: 100 });
    expect(near(await pixelAt(before.jpeg, 50, 50), GREEN)).toBe(true);
    expect(near(await pixelAt(after.jpeg, 50, 50), BLUE)).toBe(true);
  });

  it('forgets the least recently used entry when full', async () => {
    const cache = new PreparedImageCache(2, null);
    const photo = scratch.path('photo.png');
    const at100 = await cache.prepare(photo, frame, { ppi: 100 });
    await cache.prepare(photo, frame, { ppi: 110 });
    await cache.prepare(photo, frame, { ppi: 100 });
    await cache.prepare(photo, frame, { ppi: 120 });
    expect(cache.size).toBe(2);
    expect(await cache.prepare(photo, frame, { ppi: 100 })).toBe(at100);
  });

  it('reports a missing or broken file as an input error and keeps nothing', async () => {
    const cache = new PreparedImageCache(32, null);
    await writeFile(scratch.path('broken.png'), 'not a picture');
    await expect(cache.prepare(scratch.path('missing.png'), frame, {})).rejects.toBeInstanceOf(InputError);
    await expect(cache.prepare(scratch.path('broken.png'), frame, {})).rejects.toBeInstanceOf(InputError);
    expect(cache.size).toBe(0);
  });
});
