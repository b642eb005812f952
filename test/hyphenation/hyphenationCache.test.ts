import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeCheckedEntry, encodeCheckedEntry } from '../../src/cacheFiles.js';
import { saveDiskMemos } from '../../src/diskMemo.js';
import { createHyphenator, type HyphenationRules } from '../../src/hyphenation/hyphenator.js';

const RULES: HyphenationRules = { minWordLength: 5, minBefore: 2, minAfter: 3, capitalized: false, exceptions: [] };
const scratch = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-hyphenation-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let cacheDir: string;
let folders = 0;
/** A cache folder of its own: hyphenators (and their memos) are made once per process and folder. */
function useFolder(folder: string): void {
  cacheDir = folder;
  vi.stubEnv('BROADSHEET_CACHE_DIR', cacheDir);
}
beforeEach(() => {
  vi.stubEnv('BROADSHEET_NO_CACHE', '');
  useFolder(path.join(scratch, `cache-${(folders += 1)}`));
});
afterEach(() => vi.unstubAllEnvs());

/** Saves what this process hyphenated and moves to a copy of the folder, with `planted` in place of each file's answers. */
async function asLaterProcess(planted: Record<string, number[]>): Promise<void> {
  await saveDiskMemos();
  const copy = `${cacheDir}-later`;
  cpSync(cacheDir, copy, { recursive: true });
  for (const name of readdirSync(copy).filter((file) => file.endsWith('.hyphens'))) {
    const { header } = decodeCheckedEntry(readFileSync(path.join(copy, name)))!;
    const { payloadBytes: _bytes, payloadSha256: _sha, ...facts } = header;
    writeFileSync(path.join(copy, name), encodeCheckedEntry(facts, Buffer.from(Object.entries(planted).map(([word, points]) => `${word}\t${points.join(',')}`).join('\n'))));
  }
  useFolder(copy);
}

describe('hyphenation kept on disk', () => {
  it('is read by a later process instead of the patterns', async () => {
    expect(createHyphenator('en-US', RULES).breakOffsets('hyphenation')).toEqual([2, 6]);
    // An answer the patterns would never give: found only on disk.
    await asLaterProcess({ hyphenation: [4] });
    expect(createHyphenator('en-US', RULES).breakOffsets('hyphenation')).toEqual([4]);
    // This module's own rules still apply to what the disk says.
    expect(createHyphenator('en-US', { ...RULES, minBefore: 5 }).breakOffsets('hyphenation')).toEqual([]);
    expect(createHyphenator('en-US', RULES).breakOffsets('“hyphenation,”')).toEqual([5]);
  });

  it('is not found for other exceptions, patterns or a shorter word minimum', async () => {
    createHyphenator('en-US', RULES).breakOffsets('hyphenation');
    await asLaterProcess({ hyphenation: [4] });
    expect(createHyphenator('en-US', { ...RULES, exceptions: ['hyphena-tion'] }).breakOffsets('hyphenation')).toEqual([7]);
    expect(createHyphenator('en-GB', RULES).breakOffsets('hyphenation')).not.toEqual([4]);
    expect(createHyphenator('en-US', { ...RULES, minWordLength: 6 }).breakOffsets('hyphenation')).toEqual([2, 6]);
  });

  it('is worked out again when the file’s answer cannot be the word’s', async () => {
    createHyphenator('en-US', RULES).breakOffsets('hyphenation');
    await asLaterProcess({ hyphenation: [6, 2] });
    expect(createHyphenator('en-US', RULES).breakOffsets('hyphenation')).toEqual([2, 6]);
  });
});
