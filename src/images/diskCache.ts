import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeCheckedEntry, defaultCacheDir, encodeCheckedEntry, installedPackage, sha256 } from '../cacheFiles.js';
import { writeFileAtomic } from '../writeFileAtomic.js';
import { DEFAULT_JPEG_QUALITY, DEFAULT_PPI, SRGB, framePixels, type FrameSize, type PrepareImageOptions, type PreparedImage } from './request.js';

/**
 * Prepared pictures kept on disk between runs, by content: an entry's name is the hash of everything its JPEG depends
 * on (the source file's bytes, the pixel size, ppi, quality, crop focus, the colour with the ink cap and the ICC
 * profile's bytes, sharp's and libvips's versions, and IMAGE_CACHE_FORMAT), so a changed input is a different entry
 * and nothing stale is found. A hit loads neither sharp nor libvips.
 */

/** Bump when prepareImage gives other bytes for the same inputs (its crop, colour or encoding), or entries change shape. */
export const IMAGE_CACHE_FORMAT = 2;

/** Where prepared pictures are kept: `node_modules/.cache/broadsheet/images` unless the environment says otherwise (see `defaultCacheDir`). */
export function defaultImageCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  return defaultCacheDir('images', env);
}

/**
 * prepareImage through the cache in `cacheDir` (none: null). An entry that cannot be read or does not check out is
 * prepared again and rewritten; one that cannot be written is skipped: the cache only ever saves time.
 */
export async function prepareImageCached(srcPath: string, frame: FrameSize, options: PrepareImageOptions, cacheDir: string | null): Promise<PreparedImage> {
  const engine = cacheDir === null ? null : imageEngineVersion();
  const source = engine === null ? undefined : await readFile(srcPath).catch(() => undefined);
  const key = source === undefined || engine === null ? undefined : await imageCacheKey(source, frame, options, engine).catch(() => undefined);
  // Without a key (no cache, an unreadable file or profile, a bad frame), prepareImage does the work or says what is wrong.
  if (cacheDir === null || source === undefined || key === undefined) return (await import('./prepare.js')).prepareImage(srcPath, frame, options);

  const entryPath = path.join(cacheDir, `${key}.entry`);
  const cached = await readEntry(entryPath, key);
  if (cached) return cached;
  const prepared = await (await import('./prepare.js')).prepareImageBytes(source, srcPath, frame, options);
  await writeFileAtomic(entryPath, encodeEntry(key, prepared)).catch(() => undefined);
  return prepared;
}

/** The hash (hex) naming the entry of `source` prepared for `frame` with `options` by image engine `engine`. */
export async function imageCacheKey(source: Buffer, frame: FrameSize, options: PrepareImageOptions, engine: string): Promise<string> {
  const ppi = options.ppi ?? DEFAULT_PPI;
  const colour = options.colour ?? SRGB;
  const facts = {
    format: IMAGE_CACHE_FORMAT,
    engine,
    source: sha256(source),
    pixels: framePixels(frame, ppi),
    ppi,
    quality: options.jpegQuality ?? DEFAULT_JPEG_QUALITY,
    focus: options.focus ?? 'attention',
    colour:
      colour.space === 'cmyk'
        ? { space: colour.space, inkLimitPct: colour.inkLimitPct, profile: sha256(await readFile(colour.iccProfilePath)) }
        : { space: colour.space },
  };
  return sha256(JSON.stringify(facts));
}

let engineVersion: string | null | undefined;

/**
 * sharp's version and the libvips builds it pins, read from its package.json: importing sharp to ask would cost what
 * a hit saves. Null (no caching) when sharp was built from source, perhaps against a system libvips whose version only
 * sharp itself can tell.
 */
export function imageEngineVersion(): string | null {
  if (engineVersion !== undefined) return engineVersion;
  engineVersion = null;
  const sharp = installedPackage('sharp');
  // Not found from here: prepareImage's own import will say so.
  if (sharp) {
    const { version, optionalDependencies } = sharp.manifest as { version?: string; optionalDependencies?: Record<string, string> };
    const builtFromSource = existsSync(path.join(sharp.folder, 'src', 'build', 'Release'));
    if (version && !builtFromSource) engineVersion = JSON.stringify({ sharp: version, binaries: optionalDependencies ?? {} });
  }
  return engineVersion;
}

/** What an entry's first line records beside the JPEG: the facts the renderer needs. */
interface EntryHeader {
  key: string;
  widthPx: number;
  heightPx: number;
  sourceWidthPx: number;
  sourceHeightPx: number;
  effectivePpi: number;
}

/** One line of JSON, a newline, then the JPEG. */
function encodeEntry(key: string, image: PreparedImage): Buffer {
  const { jpeg, widthPx, heightPx, sourceWidthPx, sourceHeightPx, effectivePpi } = image;
  const header: EntryHeader = { key, widthPx, heightPx, sourceWidthPx, sourceHeightPx, effectivePpi };
  return encodeCheckedEntry(header, jpeg);
}

/** The entry's picture, or undefined when it is missing, unreadable, cut short or not what its header says. */
async function readEntry(entryPath: string, key: string): Promise<PreparedImage | undefined> {
  const entry = decodeCheckedEntry(await readFile(entryPath).catch(() => undefined));
  if (!entry) return undefined;
  const header = entry.header as Partial<EntryHeader>;
  const { widthPx, heightPx, sourceWidthPx, sourceHeightPx, effectivePpi } = header;
  const facts = [widthPx, heightPx, sourceWidthPx, sourceHeightPx, effectivePpi];
  if (header.key !== key || !facts.every((fact) => typeof fact === 'number' && fact > 0)) return undefined;
  return { jpeg: Buffer.from(entry.payload), widthPx: widthPx!, heightPx: heightPx!, sourceWidthPx: sourceWidthPx!, sourceHeightPx: sourceHeightPx!, effectivePpi: effectivePpi! };
}
