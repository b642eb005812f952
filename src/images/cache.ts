import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defaultImageCacheDir, prepareImageCached } from './diskCache.js';
import { DEFAULT_JPEG_QUALITY, DEFAULT_PPI, framePixels, type FrameSize, type PrepareImageOptions, type PreparedImage } from './request.js';

/**
 * Remembers prepared images within one process, so that rendering the same article again (a preview, then the
 * PDF; a batch) does not decode and encode each photo again. An entry is found again only while the file keeps
 * its modification time and size, and only for the same pixel size, ppi (`effectivePpi` depends on it),
 * quality, focus and colour. Callers share the returned object and must not change it. Behind it, the cache on disk
 * (diskCache.ts) keeps them from one run to the next.
 */
export class PreparedImageCache {
  private readonly entries = new Map<string, Promise<PreparedImage>>();

  /** `diskDir`: the cache on disk behind this one (none: null), by default where the environment says. */
  constructor(
    private readonly maxEntries = 32,
    private readonly diskDir: string | null = defaultImageCacheDir(),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The picture prepared for `frame`, from memory, else from the cache on disk, else made. */
  async prepare(srcPath: string, frame: FrameSize, options: PrepareImageOptions): Promise<PreparedImage> {
    const key = await this.keyFor(srcPath, frame, options);
    // An unreadable file has no key: let prepareImage report why.
    if (key === undefined) return prepareImageCached(srcPath, frame, options, null);

    const cached = this.entries.get(key);
    if (cached) {
      // Move to the back of the queue: the least recently used entry is evicted first.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const pending = prepareImageCached(srcPath, frame, options, this.diskDir);
    this.entries.set(key, pending);
    // A failure is not remembered: the file may be fixed before the next render.
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return pending;
  }

  private async keyFor(srcPath: string, frame: FrameSize, options: PrepareImageOptions): Promise<string | undefined> {
    const absolutePath = resolve(srcPath);
    const file = await stat(absolutePath).catch(() => undefined);
    if (!file?.isFile()) return undefined;
    const ppi = options.ppi ?? DEFAULT_PPI;
    const { widthPx, heightPx } = framePixels(frame, ppi);
    const quality = options.jpegQuality ?? DEFAULT_JPEG_QUALITY;
    const focus = options.focus ?? 'attention';
    const colour = JSON.stringify(options.colour ?? { space: 'srgb' });
    return [absolutePath, file.mtimeMs, file.size, `${widthPx}x${heightPx}`, ppi, quality, focus, colour].join('\u0000');
  }
}
