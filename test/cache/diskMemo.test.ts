import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCheckedEntry, encodeCheckedEntry } from '../../src/cacheFiles.js';
import { DiskMemo, MAX_MEMO_ENTRIES, typesettingCacheDir } from '../../src/diskMemo.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-disk-memo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;
/** A memo file of its own, not yet written. */
const freshFile = (): string => path.join(scratch, `memo-${(files += 1)}.shapes`);

/** What a memo saved to `filePath` holds, in the file's order. */
function savedTexts(filePath: string): string[] {
  const entry = decodeCheckedEntry(readFileSync(filePath))!;
  return entry.payload.toString('utf8').split('\n').map((line) => line.split('\t')[0]!);
}

describe('DiskMemo', () => {
  it('gives a later process the answers an earlier one saved, under the same key only', async () => {
    const filePath = freshFile();
    const first = new DiskMemo(filePath, 'key-1');
    expect(first.get('office')).toBeUndefined();
    first.set('office', [3, 540, 0, 0, 3, 111, 102, 102]);
    await first.save();
    expect(new DiskMemo(filePath, 'key-1').get('office')).toEqual([3, 540, 0, 0, 3, 111, 102, 102]);
    expect(new DiskMemo(filePath, 'key-1').get('offices')).toBeUndefined();
    expect(new DiskMemo(filePath, 'key-2').get('office')).toBeUndefined();
  });

  it('finds nothing in a file cut short, garbled, of another shape or holding answers that are not numbers, and writes it anew', async () => {
    const filePath = freshFile();
    const memo = new DiskMemo(filePath, 'key');
    memo.set('word', [1, 2]);
    await memo.save();
    const whole = readFileSync(filePath);
    const flipped = Buffer.from(whole);
    flipped[flipped.length - 3] = flipped[flipped.length - 3]! ^ 0x01;
    const damaged = [
      whole.subarray(0, whole.length - 4),
      flipped,
      Buffer.from('not a memo'),
      encodeCheckedEntry({ key: 'key' }, Buffer.from('{"word": [1, 2]}')),
      encodeCheckedEntry({ key: 'key' }, Buffer.from('word\t1,two\nother\t1,,2')),
      encodeCheckedEntry({ key: 'key' }, Buffer.from('word 1,2\nother\tInfinity')),
    ];
    for (const bytes of damaged) {
      writeFileSync(filePath, bytes);
      const reader = new DiskMemo(filePath, 'key');
      expect(reader.get('word')).toBeUndefined();
      expect(reader.get('other')).toBeUndefined();
      reader.set('word', [1, 2]);
      await reader.save();
      expect(new DiskMemo(filePath, 'key').get('word')).toEqual([1, 2]);
    }
  });

  it('writes only when it has gained answers', async () => {
    const filePath = freshFile();
    const reader = new DiskMemo(filePath, 'key');
    reader.get('word');
    await reader.save();
    expect(existsSync(filePath)).toBe(false);
    const writer = new DiskMemo(filePath, 'key');
    writer.set('word', [1]);
    await writer.save();
    const written = statSync(filePath).mtimeMs;
    const hit = new DiskMemo(filePath, 'key');
    expect(hit.get('word')).toEqual([1]);
    await hit.save();
    expect(statSync(filePath).mtimeMs).toBe(written);
  });

  it('keeps what two processes saved one after the other, the later one’s first', async () => {
    const filePath = freshFile();
    const one = new DiskMemo(filePath, 'key');
    const two = new DiskMemo(filePath, 'key');
    one.set('one', [1]);
    two.set('two', [2]);
    await one.save();
    await two.save();
    expect(savedTexts(filePath)).toEqual(['two', 'one']);
  });

  it(`holds at most ${MAX_MEMO_ENTRIES} answers: those this process used, then the file's others`, async () => {
    const filePath = freshFile();
    const earlier = new DiskMemo(filePath, 'key');
    for (let index = 0; index < MAX_MEMO_ENTRIES; index++) earlier.set(`old ${index}`, [index]);
    await earlier.save();
    const later = new DiskMemo(filePath, 'key');
    expect(later.get('old 7')).toEqual([7]);
    for (let index = 0; index < 10; index++) later.set(`new ${index}`, [index]);
    await later.save();
    const texts = savedTexts(filePath);
    expect(texts).toHaveLength(MAX_MEMO_ENTRIES);
    expect(texts.slice(0, 12)).toEqual(['old 7', ...Array.from({ length: 10 }, (_, index) => `new ${index}`), 'old 0']);
    // The file's last ten answers made room.
    expect(texts).not.toContain(`old ${MAX_MEMO_ENTRIES - 1}`);
    expect(texts).toContain(`old ${MAX_MEMO_ENTRIES - 11}`);
  });

  it('keeps an empty answer, and no text that would break its line', async () => {
    const filePath = freshFile();
    const memo = new DiskMemo(filePath, 'key');
    memo.set('table', []);
    memo.set('two\nlines', [1]);
    memo.set('a\ttab', [1]);
    await memo.save();
    const later = new DiskMemo(filePath, 'key');
    expect([later.get('table'), later.get('two\nlines'), later.get('a\ttab')]).toEqual([[], undefined, undefined]);
  });

  it('keeps nothing without a folder', async () => {
    const memo = new DiskMemo(null, '');
    memo.set('word', [1]);
    expect(memo.get('word')).toBeUndefined();
    await memo.save();
  });
});

describe('typesettingCacheDir', () => {
  it('is node_modules/.cache/broadsheet/typesetting unless the environment says otherwise', () => {
    expect(typesettingCacheDir({})).toBe(path.resolve('node_modules/.cache/broadsheet/typesetting'));
    expect(typesettingCacheDir({ BROADSHEET_CACHE_DIR: 'some/where' })).toBe(path.resolve('some/where'));
    expect(typesettingCacheDir({ BROADSHEET_NO_CACHE: '1' })).toBeNull();
  });
});
