import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWSPRINT_ICC_PATH } from '../../src/profiles/profiles.js';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../src/errors.js';
import { defaultImageCacheDir, imageCacheKey, imageEngineVersion, prepareImageCached } from '../../src/images/diskCache.js';
import { prepareImage } from '../../src/images/prepare.js';
import type { PrepareImageOptions } from '../../src/images/request.js';
import { BLUE, GREEN, RED, makeScratch, near, pixelAt, stripes } from './fixtures.js';

let scratch: Awaited<ReturnType<typeof makeScratch>>;
const frame = { widthPt: 72, heightPt: 48 };
const ppi = 100;
let cacheCount = 0;

/** A fresh, empty cache folder. */
const freshCache = (): string => scratch.path(`cache-${(cacheCount += 1)}`);
const entries = async (cacheDir: string): Promise<string[]> => (await readdir(cacheDir)).filter((name) => name.endsWith('.entry'));

beforeAll(async () => {
  scratch = await makeScratch();
  await stripes(300, 200, [RED, GREEN, BLUE]).jpeg().toFile(scratch.path('photo.jpg'));
  await stripes(300, 200, [GREEN]).jpeg().toFile(scratch.path('green.jpg'));
});

afterAll(() => scratch.cleanup());

describe('prepareImageCached', () => {
  it('gives what prepareImage gives, from the first run and from the cache', async () => {
    const cacheDir = freshCache();
    const uncached = await prepareImage(scratch.path('photo.jpg'), frame, { ppi });
    const first = await prepareImageCached(scratch.path('photo.jpg'), frame, { ppi }, cacheDir);
    expect(await entries(cacheDir)).toHaveLength(1);
    const again = await prepareImageCached(scratch.path('photo.jpg'), frame, { ppi }, cacheDir);
    for (const prepared of [first, again]) {
      expect(prepared.jpeg.equals(uncached.jpeg)).toBe(true);
      expect({ ...prepared, jpeg: null }).toEqual({ ...uncached, jpeg: null });
    }
    expect(await entries(cacheDir)).toHaveLength(1);
  });

  it('reads a hit from the disk', async () => {
    const cacheDir = freshCache();
    await prepareImageCached(scratch.path('photo.jpg'), frame, { ppi }, cacheDir);
    await prepareImageCached(scratch.path('green.jpg'), frame, { ppi }, cacheDir);
    // The green picture's entry put under the striped one's name, its header's key changed to match: only a reader of
    // the entry would now give green for the striped photo.
    const engine = imageEngineVersion()!;
    const stripedKey = await imageCacheKey(await readFile(scratch.path('photo.jpg')), frame, { ppi }, engine);
    const greenKey = await imageCacheKey(await readFile(scratch.path('green.jpg')), frame, { ppi }, engine);
    const green = await readFile(path.join(cacheDir, `${greenKey}.entry`));
    await writeFile(path.join(cacheDir, `${stripedKey}.entry`), Buffer.from(green.toString('latin1').replace(greenKey, stripedKey), 'latin1'));
    const prepared = await prepareImageCached(scratch.path('photo.jpg'), frame, { ppi }, cacheDir);
    expect(near(await pixelAt(prepared.jpeg, 5, 20), GREEN)).toBe(true);
  });

  it('prepares again, and rewrites the entry, when it is cut short, garbled or under another key', async () => {
    const cacheDir = freshCache();
    const expected = await prepareImageCached(scratch.path('photo.jpg'), frame, { ppi }, cacheDir);
    const [name] = await entries(cacheDir);
    const entryPath = path.join(cacheDir, name!);
    const good = await readFile(entryPath);
    const newline = good.indexOf(0x0a);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100] = flipped[flipped.length - 100]! ^ 0xff;
    const damaged = [
      good.subarray(0, good.length - 1000),
      good.subarray(0, newline - 5),
      flipped,
      Buffer.from('not an entry at all'),
      Buffer.alloc(0),
      Buffer.concat([Buffer.from(good.subarray(0, newline).toString().replace(/"key":"\w+"/, '"key":"0"')), good.subarray(newline)]),
    ];
    for (const bytes of damaged) {
      await writeFile(entryPath, bytes);
      const prepared = await prepareImageCached(scratch.path('photo.jpg'), frame, { ppi }, cacheDir);
      expect(prepared.jpeg.equals(expected.jpeg)).toBe(true);
      expect((await readFile(entryPath)).equals(good)).toBe(true);
    }
  });

  it('prepares without the cache when its folder cannot be written', async () => {
    await writeFile(scratch.path('a-file'), 'in the way');
    const prepared = await prepareImageCached(scratch.path('photo.jpg'), frame, { ppi }, scratch.path('a-file/cache'));
    expect(prepared.jpeg.equals((await prepareImage(scratch.path('photo.jpg'), frame, { ppi })).jpeg)).toBe(true);
  });

  it('misses when the photo file changes under the same name', async () => {
    const cacheDir = freshCache();
    const photo = scratch.path('changing.jpg');
    await copyFile(scratch.path('photo.jpg'), photo);
    const before = await prepareImageCached(photo, frame, { ppi }, cacheDir);
    await copyFile(scratch.path('green.jpg'), photo);
    const after = await prepareImageCached(photo, frame, { ppi }, cacheDir);
    expect(near(await pixelAt(before.jpeg, 5, 20), RED)).toBe(true);
    expect(near(await pixelAt(after.jpeg, 5, 20), GREEN)).toBe(true);
    expect(await entries(cacheDir)).toHaveLength(2);
  });

  it('reports a missing or broken photo as prepareImage does, and keeps nothing', async () => {
    const cacheDir = freshCache();
    await writeFile(scratch.path('broken.jpg'), 'not a picture');
    await expect(prepareImageCached(scratch.path('missing.jpg'), frame, { ppi }, cacheDir)).rejects.toThrow(/file not found/);
    await expect(prepareImageCached(scratch.path('broken.jpg'), frame, { ppi }, cacheDir)).rejects.toBeInstanceOf(InputError);
    await mkdir(cacheDir, { recursive: true });
    expect(await entries(cacheDir)).toHaveLength(0);
  });
});

describe('imageCacheKey', () => {
  it('changes with every input the JPEG depends on', async () => {
    const source = await readFile(scratch.path('photo.jpg'));
    const engine = imageEngineVersion()!;
    const profile = scratch.path('profile.icc');
    await copyFile(fileURLToPath(NEWSPRINT_ICC_PATH), profile);
    const cmyk: PrepareImageOptions['colour'] = { space: 'cmyk', iccProfilePath: profile, inkLimitPct: 240 };
    const key = (options: PrepareImageOptions, bytes = source, size = frame, version = engine): Promise<string> => imageCacheKey(bytes, size, options, version);
    const base = await key({ ppi, colour: cmyk });
    const variants = [
      key({ ppi, colour: cmyk }, Buffer.concat([source, Buffer.from([0])])),
      key({ ppi, colour: cmyk }, source, { ...frame, widthPt: 73 }),
      key({ ppi: 101, colour: cmyk }),
      key({ ppi, colour: cmyk, jpegQuality: 84 }),
      key({ ppi, colour: cmyk, focus: 'centre' }),
      key({ ppi, colour: { ...cmyk, inkLimitPct: 260 } }),
      key({ ppi, colour: { space: 'grey' } }),
      key({ ppi }),
      key({ ppi, colour: cmyk }, source, frame, `${engine} (another sharp)`),
    ];
    const keys = [base, ...(await Promise.all(variants))];
    expect(new Set(keys).size).toBe(keys.length);
    // The same profile path, other bytes.
    const bytes = await readFile(profile);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    await writeFile(profile, bytes);
    expect(await key({ ppi, colour: cmyk })).not.toBe(base);
    // And nothing else: the same inputs, the same key.
    expect(await key({ ppi: 100, jpegQuality: 85, focus: 'attention', colour: { space: 'srgb' } })).toBe(await key({ ppi }));
  });
});

describe('defaultImageCacheDir', () => {
  it('is node_modules/.cache/broadsheet/images unless the environment says otherwise', () => {
    expect(defaultImageCacheDir({})).toBe(path.resolve('node_modules/.cache/broadsheet/images'));
    expect(defaultImageCacheDir({ BROADSHEET_CACHE_DIR: 'some/where' })).toBe(path.resolve('some/where'));
    expect(defaultImageCacheDir({ BROADSHEET_NO_CACHE: '1', BROADSHEET_CACHE_DIR: 'some/where' })).toBeNull();
    expect(defaultImageCacheDir({ BROADSHEET_NO_CACHE: '0' })).toBe(path.resolve('node_modules/.cache/broadsheet/images'));
  });
});
