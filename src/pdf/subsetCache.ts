import path from 'node:path';
import { defaultCacheDir, encodeCheckedEntry, packageVersion, readCheckedEntry, sha256 } from '../cacheFiles.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

/**
 * Encoded font subsets (the font programs a PDF embeds) kept on disk between runs. fontkit's subsetter decodes and
 * re-encodes every used glyph's outline, most of the PDF stage of a cold page; a re-render of the same page asks for
 * the same subsets. An entry's name is the hash of everything its bytes depend on: the font file's bytes, fontkit's
 * version, the glyph ids in the order the subset includes them (which fixes their new ids) and SUBSET_CACHE_FORMAT,
 * so a changed input is a different entry and nothing stale is found. A damaged entry is encoded again and rewritten;
 * one that cannot be written is skipped: the cache only ever saves time.
 */

/** Bump when the subset's bytes for the same inputs can change (how it is asked for, or entries change shape). */
export const SUBSET_CACHE_FORMAT = 1;

/** Where subsets are kept: `node_modules/.cache/broadsheet/fonts` unless the environment says otherwise (see `defaultCacheDir`). */
export function subsetCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  return defaultCacheDir('fonts', env);
}

/** The parts of a fontkit subset (TTFSubset or CFFSubset) that pdfkit uses and the cache reads. */
export interface FontSubset {
  /** Glyph ids of the font in subset order: a glyph's index here is its id in the subset. */
  glyphs: number[];
  encode(): Uint8Array;
}

/** The subsets of one PDF: their lookups, and the writes of those encoded afresh, which `saved` waits for. */
export class SubsetCache {
  private readonly writes: Promise<void>[] = [];

  /** `cacheDir` null keeps nothing; `fontkitVersion` null (not found) does too. */
  constructor(
    private readonly cacheDir: string | null = subsetCacheDir(),
    private readonly fontkitVersion: string | null = packageVersion('fontkit'),
  ) {}

  /**
   * Makes `subset.encode`, of a subset of the font file whose bytes hash to `fontSha256`, answer from the cache when
   * it can. pdfkit encodes each font's subset once, when the document ends; the entry is named by the glyph list as it
   * is then (fontkit's TTF subsetter appends the parts of composite glyphs while it encodes, so they follow from the
   * list and the file).
   */
  cacheEncoding(subset: FontSubset, fontSha256: string): void {
    if (this.cacheDir === null || this.fontkitVersion === null) return;
    const cacheDir = this.cacheDir;
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const key = subsetKey(fontSha256, this.fontkitVersion!, subset.glyphs);
      const entryPath = path.join(cacheDir, `${key}.subset`);
      const cached = readCheckedEntry(entryPath, key);
      if (cached) return cached;
      const encoded = encode();
      this.writes.push(writeFileAtomic(entryPath, encodeCheckedEntry({ key }, encoded)).catch(() => undefined));
      return encoded;
    };
  }

  /** Waits for the entries written for this PDF (a failed write is skipped). */
  async saved(): Promise<void> {
    await Promise.all(this.writes);
  }
}

/** The hash (hex) naming the entry of a subset of the font file hashed `fontSha256` with `glyphIds`, in order. */
export function subsetKey(fontSha256: string, fontkitVersion: string, glyphIds: readonly number[]): string {
  return sha256(JSON.stringify({ format: SUBSET_CACHE_FORMAT, font: fontSha256, fontkit: fontkitVersion, glyphs: glyphIds.join(',') }));
}
