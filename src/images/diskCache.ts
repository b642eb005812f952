import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { writeFileAtomic } from '../writeFileAtomic.js';
import { DEFAULT_JPEG_QUALITY, DEFAULT_PPI, SRGB, framePixels, type FrameSize, type PrepareImageOptions, type PreparedImage } from './request.js';

/**
 * Prepared pictures kept on disk between runs, by content: an entry's name is the hash of everything its JPEG depends
 * on (the source file's bytes, the pixel size, ppi, quality, crop focus, the colour with the ink cap and the ICC
 * profile's bytes, sharp's and libvips's versions, and IMAGE_CACHE_FORMAT), so a changed input is a different entry
 * and nothing stale is found. A hit loads neither sharp nor libvips.
 */

/** Bump when prepareImage gives other bytes for the same inputs (its crop, colour or encoding), or entries change shape. */
export const IMAGE_CACHE_FORMAT = 1;

/**
 * Where prepared pictures are kept: `BROADSHEET_CACHE_DIR` if set; none if `BROADSHEET_NO_CACHE` is set (to
 * anything but 0); else `node_modules/.cache/broadsheet/images` in the node_modules folder broadsheet is installed in
 * (a checkout's own), where build tools keep their caches: it is there on a fresh clone after `npm install` and in
 * CI, goes with `rm -rf node_modules`, and writes nothing outside the project.
 */
export function defaultImageCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.BROADSHEET_NO_CACHE && env.BROADSHEET_NO_CACHE !== '0') return null;
  if (env.BROADSHEET_CACHE_DIR) return path.resolve(env.BROADSHEET_CACHE_DIR);
  const packageRoot = path.dirname(createRequire(import.meta.url).resolve('broadsheet/package.json'));
  const installedIn = path.dirname(packageRoot);
  const nodeModules = path.basename(installedIn) === 'node_modules' ? installedIn : path.join(packageRoot, 'node_modules');
  return path.join(nodeModules, '.cache', 'broadsheet', 'images');
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
  try {
    // sharp's exports do not include its package.json: it is found above its entry point.
    let folder = path.dirname(createRequire(import.meta.url).resolve('sharp'));
    while (!existsSync(path.join(folder, 'package.json')) && path.dirname(folder) !== folder) folder = path.dirname(folder);
    const sharpPackage = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string; optionalDependencies?: Record<string, string> };
    const builtFromSource = existsSync(path.join(folder, 'src', 'build', 'Release'));
    if (sharpPackage.name === 'sharp' && sharpPackage.version && !builtFromSource) {
      engineVersion = JSON.stringify({ sharp: sharpPackage.version, binaries: sharpPackage.optionalDependencies ?? {} });
    }
  } catch {
    // sharp not found from here: prepareImage's own import will say so.
  }
  return engineVersion;
}

/** What an entry's first line records beside the JPEG: the facts the renderer needs, and what checks the bytes. */
interface EntryHeader {
  key: string;
  widthPx: number;
  heightPx: number;
  sourceWidthPx: number;
  sourceHeightPx: number;
  effectivePpi: number;
  jpegBytes: number;
  jpegSha256: string;
}

/** One line of JSON, a newline, then the JPEG. */
function encodeEntry(key: string, image: PreparedImage): Buffer {
  const { jpeg, widthPx, heightPx, sourceWidthPx, sourceHeightPx, effectivePpi } = image;
  const header: EntryHeader = { key, widthPx, heightPx, sourceWidthPx, sourceHeightPx, effectivePpi, jpegBytes: jpeg.length, jpegSha256: sha256(jpeg) };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), jpeg]);
}

/** The entry's picture, or undefined when it is missing, unreadable, cut short or not what its header says. */
async function readEntry(entryPath: string, key: string): Promise<PreparedImage | undefined> {
  const bytes = await readFile(entryPath).catch(() => undefined);
  const newline = bytes?.indexOf(0x0a) ?? -1;
  if (!bytes || newline < 0) return undefined;
  let header: Partial<EntryHeader>;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Partial<EntryHeader>;
  } catch {
    return undefined;
  }
  const jpeg = bytes.subarray(newline + 1);
  const { widthPx, heightPx, sourceWidthPx, sourceHeightPx, effectivePpi } = header;
  const facts = [widthPx, heightPx, sourceWidthPx, sourceHeightPx, effectivePpi];
  if (header.key !== key || header.jpegBytes !== jpeg.length || !facts.every((fact) => typeof fact === 'number' && fact > 0)) return undefined;
  if (sha256(jpeg) !== header.jpegSha256) return undefined;
  return { jpeg: Buffer.from(jpeg), widthPx: widthPx!, heightPx: heightPx!, sourceWidthPx: sourceWidthPx!, sourceHeightPx: sourceHeightPx!, effectivePpi: effectivePpi! };
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
