import { copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveDiskMemos } from '../../src/diskMemo.js';
import { FontSet, type FontFace } from '../../src/fonts/fontSet.js';

const require = createRequire(import.meta.url);
const NEWSREADER = require.resolve('@expo-google-fonts/newsreader/400Regular/Newsreader_400Regular.ttf');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-shape-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** The face of a copy of Newsreader at a path of its own (a font is opened once per path), its shaper watched. */
function faceOfCopy(bytes: Buffer = readFileSync(NEWSREADER)): { face: FontFace; layout: ReturnType<typeof vi.spyOn> } {
  const filePath = path.join(scratch, `copy-${(copies += 1)}.ttf`);
  writeFileSync(filePath, bytes);
  const face = new FontSet(new Map([['copy', filePath]])).face('copy');
  return { face, layout: vi.spyOn(face.font, 'layout') };
}

/** What the shaper itself gives, with no cache. */
function uncachedShape(text: string): ReturnType<FontFace['shape']> {
  vi.stubEnv('BROADSHEET_NO_CACHE', '1');
  const filePath = path.join(scratch, `uncached-${(copies += 1)}.ttf`);
  copyFileSync(NEWSREADER, filePath);
  const face = new FontSet(new Map([['uncached', filePath]])).face('uncached');
  vi.unstubAllEnvs();
  return face.shape(text);
}

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(scratch, 'cache-'));
  vi.stubEnv('BROADSHEET_CACHE_DIR', cacheDir);
  vi.stubEnv('BROADSHEET_NO_CACHE', '');
});
/**
 * Saves what this process shaped and moves to a copy of the cache folder, as a later process would find it: this
 * process keeps its memos by file, so only a folder of its own makes it read the files.
 */
async function asLaterProcess(): Promise<void> {
  await saveDiskMemos();
  const copy = `${cacheDir}-later`;
  cpSync(cacheDir, copy, { recursive: true });
  cacheDir = copy;
  vi.stubEnv('BROADSHEET_CACHE_DIR', cacheDir);
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

// Kerning, a ligature and characters outside ASCII.
const TEXTS = ['office', 'Tesla’s', 'AVATAR', 'naïve', 'ﬁ'];

describe('shapes kept on disk', () => {
  it('are what the shaper gives, and a later process shapes none of them again', async () => {
    const first = faceOfCopy();
    for (const text of TEXTS) expect(first.face.shape(text)).toEqual(uncachedShape(text));
    expect(first.layout).toHaveBeenCalledTimes(TEXTS.length);
    await asLaterProcess();

    const later = faceOfCopy();
    for (const text of TEXTS) expect(later.face.shape(text)).toEqual(uncachedShape(text));
    expect(later.layout).not.toHaveBeenCalled();
    // A text not seen before is shaped.
    expect(later.face.shape('offices')).toEqual(uncachedShape('offices'));
    expect(later.layout).toHaveBeenCalledTimes(1);
  });

  it('are not found for a changed font file', async () => {
    faceOfCopy().face.shape('office');
    await asLaterProcess();
    // Bytes after the tables change the file, not the font.
    const changed = faceOfCopy(Buffer.concat([readFileSync(NEWSREADER), Buffer.alloc(4)]));
    expect(changed.face.shape('office')).toEqual(uncachedShape('office'));
    expect(changed.layout).toHaveBeenCalledTimes(1);
  });

  it('are shaped again when their file is damaged', async () => {
    faceOfCopy().face.shape('office');
    await asLaterProcess();
    const [file] = readdirSync(cacheDir).filter((name) => name.endsWith('.shapes'));
    const bytes = readFileSync(path.join(cacheDir, file!));
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 0x04;
    writeFileSync(path.join(cacheDir, file!), bytes);
    const later = faceOfCopy();
    expect(later.face.shape('office')).toEqual(uncachedShape('office'));
    expect(later.layout).toHaveBeenCalledTimes(1);
  });
});
