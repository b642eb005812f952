import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sha256 } from '../../src/cacheFiles.js';
import { SubsetCache, type FontSubset } from '../../src/pdf/subsetCache.js';
import { regular } from '../inline/fixtures.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-subset-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FONTKIT_VERSION = '2.0.4';
/** The glyphs of a few words, in the order a page would bring them (ligatures and a curly apostrophe among them). */
const GLYPH_IDS = regular.font.layout('Ferry’s fjord ffi').glyphs.map((glyph) => glyph.id);

/** A subset of `font` with `glyphIds`, encoding through `cache`; `encoded` counts fontkit's own encodings. */
function subsetOf(font: fontkit.Font, fontPath: string, glyphIds: readonly number[], cache: SubsetCache) {
  const subset = font.createSubset() as unknown as FontSubset;
  for (const id of glyphIds) (subset as unknown as fontkit.Subset).includeGlyph(font.getGlyph(id));
  const encoded = vi.spyOn(subset, 'encode');
  cache.cacheEncoding(subset, sha256(readFileSync(fontPath)));
  return { subset, encoded };
}

/** What fontkit itself encodes for `glyphIds`. */
function plainEncoding(font: fontkit.Font, glyphIds: readonly number[]): Buffer {
  const subset = font.createSubset();
  for (const id of glyphIds) subset.includeGlyph(font.getGlyph(id));
  return Buffer.from((subset as unknown as FontSubset).encode());
}

function entries(cacheDir: string): string[] {
  return readdirSync(cacheDir).filter((name) => name.endsWith('.subset'));
}

/** Encodes `glyphIds` of `font` through a fresh cache in `cacheDir`, as a new PDF would, and waits for its writes. */
async function encodeThrough(cacheDir: string, font: fontkit.Font, fontPath: string, glyphIds: readonly number[], fontkitVersion = FONTKIT_VERSION) {
  const cache = new SubsetCache(cacheDir, fontkitVersion);
  const { subset, encoded } = subsetOf(font, fontPath, glyphIds, cache);
  const bytes = Buffer.from(subset.encode());
  await cache.saved();
  return { bytes, encodedByFontkit: encoded.mock.calls.length };
}

describe('the disk cache of font subsets', () => {
  it('gives fontkit’s bytes cold and warm, and encodes only when cold', async () => {
    const cacheDir = path.join(scratch, 'cold-warm');
    const expected = plainEncoding(regular.font, GLYPH_IDS);
    const cold = await encodeThrough(cacheDir, regular.font, regular.path, GLYPH_IDS);
    expect(cold).toEqual({ bytes: expected, encodedByFontkit: 1 });
    expect(entries(cacheDir)).toHaveLength(1);
    const warm = await encodeThrough(cacheDir, regular.font, regular.path, GLYPH_IDS);
    expect(warm).toEqual({ bytes: expected, encodedByFontkit: 0 });
    expect(entries(cacheDir)).toHaveLength(1);
  });

  it('misses when the glyphs, their order, fontkit’s version or the font file differ', async () => {
    const cacheDir = path.join(scratch, 'misses');
    await encodeThrough(cacheDir, regular.font, regular.path, GLYPH_IDS);
    const reordered = [...GLYPH_IDS].reverse();
    const another = [...GLYPH_IDS, regular.font.glyphForCodePoint(0x51).id];
    for (const glyphIds of [reordered, another]) {
      const { bytes, encodedByFontkit } = await encodeThrough(cacheDir, regular.font, regular.path, glyphIds);
      expect(encodedByFontkit).toBe(1);
      expect(bytes.equals(plainEncoding(regular.font, glyphIds))).toBe(true);
    }
    expect((await encodeThrough(cacheDir, regular.font, regular.path, GLYPH_IDS, '2.0.5')).encodedByFontkit).toBe(1);
    // The same font with a byte more at its end: another file, though fontkit reads the same tables from it.
    const changedPath = path.join(scratch, 'changed.ttf');
    writeFileSync(changedPath, Buffer.concat([readFileSync(regular.path), Buffer.from([0])]));
    const changed = fontkit.openSync(changedPath) as fontkit.Font;
    expect((await encodeThrough(cacheDir, changed, changedPath, GLYPH_IDS)).encodedByFontkit).toBe(1);
    expect(entries(cacheDir)).toHaveLength(5);
  });

  it('encodes again and rewrites an entry that is damaged', async () => {
    const cacheDir = path.join(scratch, 'damaged');
    const expected = (await encodeThrough(cacheDir, regular.font, regular.path, GLYPH_IDS)).bytes;
    const [entry] = entries(cacheDir);
    const entryPath = path.join(cacheDir, entry!);
    const whole = readFileSync(entryPath);
    const flipped = Buffer.from(whole);
    flipped[flipped.length - 100] = flipped[flipped.length - 100]! ^ 0xff;
    for (const damaged of [flipped, whole.subarray(0, whole.length - 1), Buffer.alloc(0)]) {
      writeFileSync(entryPath, damaged);
      expect(await encodeThrough(cacheDir, regular.font, regular.path, GLYPH_IDS)).toEqual({ bytes: expected, encodedByFontkit: 1 });
      expect(readFileSync(entryPath).equals(whole)).toBe(true);
    }
  });

  it('keeps nothing without a folder', async () => {
    const cache = new SubsetCache(null, FONTKIT_VERSION);
    const { subset, encoded } = subsetOf(regular.font, regular.path, GLYPH_IDS, cache);
    expect(subset.encode).toBe(encoded);
  });
});
