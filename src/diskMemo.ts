import path from 'node:path';
import { defaultCacheDir, encodeCheckedEntry, readCheckedEntry, sha256 } from './cacheFiles.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/**
 * What the typesetter works out from a string and its inputs (a font file's shapes, a hyphenator's break points), kept
 * on disk between runs so that a re-render of mostly unchanged text neither shapes nor loads hyphenation patterns.
 * One file per set of inputs, named by the hash of everything the answers depend on (the caller's facts and
 * DISK_MEMO_FORMAT): a changed font file, library version or exception list is another file, and nothing stale is
 * found. A file holds at most MAX_MEMO_ENTRIES answers, those of the latest runs that added any, so it loads in a few
 * milliseconds and cannot grow without bound. Processes that save the same file at once each write it whole and
 * atomically: the last one wins, and what the others added is merely made again next time.
 */

/**
 * Bump when the files change shape, or when what is kept for the same inputs changes: the glyph data FontFace.shape
 * makes of fontkit's run, or the points the hyphenator reads from the library's answer.
 */
export const DISK_MEMO_FORMAT = 1;

/**
 * Answers a file keeps: a page's body face shapes about 700 strings, so this holds several pages' worth, and the
 * largest file (some 600 KB) loads in about 5 ms.
 */
export const MAX_MEMO_ENTRIES = 5_000;

/** Where memo files are kept, read from the environment when a memo is opened (see `defaultCacheDir`). */
export function typesettingCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  return defaultCacheDir('typesetting', env);
}

/** Memos of this process that have a file, by file path: the same inputs share one memo. */
const openMemos = new Map<string, DiskMemo>();

/**
 * The memo for answers that depend on `facts` (JSON-able) and the text asked about, kept as `<hash>.<kind>` in the
 * typesetting cache folder; without a folder (`BROADSHEET_NO_CACHE`), a memo that keeps nothing.
 */
export function openDiskMemo(kind: string, facts: unknown): DiskMemo {
  const dir = typesettingCacheDir();
  if (dir === null) return new DiskMemo(null, '');
  const key = sha256(JSON.stringify({ format: DISK_MEMO_FORMAT, kind, facts }));
  const filePath = path.join(dir, `${key}.${kind}`);
  let memo = openMemos.get(filePath);
  if (!memo) {
    memo = new DiskMemo(filePath, key);
    openMemos.set(filePath, memo);
  }
  return memo;
}

/** Writes every memo that gained answers since it was last saved. A file that cannot be written is skipped. */
export async function saveDiskMemos(): Promise<void> {
  await Promise.all([...openMemos.values()].map((memo) => memo.save()));
}

type Answer = readonly number[];

/**
 * Answers by text, from this process (first) and from the file; the caller checks that an answer makes sense. A file
 * is a line per answer, `text<TAB>number,number,…`: splitting it into lines is all a load does (JSON's arrays of
 * arrays took ten times as long), and an answer is read when asked for.
 */
export class DiskMemo {
  /** Answers asked for or added in this process, in that order: they are the ones kept when the file is full. */
  private readonly used = new Map<string, Answer>();
  /** The file's answers not yet asked for, as written; read at the first question. */
  private stored: Map<string, string> | undefined;
  private changed = false;

  constructor(
    private readonly filePath: string | null,
    private readonly key: string,
  ) {}

  /** Whether answers are kept at all: when not, a caller need not make them. */
  get keeps(): boolean {
    return this.filePath !== null;
  }

  get(text: string): Answer | undefined {
    let answer = this.used.get(text);
    if (answer === undefined && this.filePath !== null) {
      this.stored ??= this.read();
      const stored = this.stored.get(text);
      answer = stored === undefined ? undefined : parseAnswer(stored);
      if (answer !== undefined) this.used.set(text, answer);
    }
    return answer;
  }

  set(text: string, answer: Answer): void {
    // A text that would break its line is not kept (there are none in words).
    if (this.filePath === null || /[\t\n]/u.test(text)) return;
    this.used.set(text, answer);
    this.changed = true;
  }

  async save(): Promise<void> {
    if (this.filePath === null || !this.changed) return;
    this.changed = false;
    const kept = new Map<string, string>();
    for (const [text, answer] of this.used) if (kept.size < MAX_MEMO_ENTRIES) kept.set(text, answer.join(','));
    // Another process may have saved since this one read: its answers are kept behind this one's.
    for (const source of [this.read(), this.stored ?? new Map<string, string>()]) {
      for (const [text, answer] of source) {
        if (kept.size >= MAX_MEMO_ENTRIES) break;
        if (!kept.has(text)) kept.set(text, answer);
      }
    }
    this.stored = new Map([...kept].filter(([text]) => !this.used.has(text)));
    const payload = Buffer.from([...kept].map(([text, answer]) => `${text}\t${answer}`).join('\n'));
    await writeFileAtomic(this.filePath, encodeCheckedEntry({ key: this.key }, payload)).catch(() => undefined);
  }

  /** The file's answers as written; none when it is missing, damaged or another memo's. */
  private read(): Map<string, string> {
    const answers = new Map<string, string>();
    const payload = readCheckedEntry(this.filePath!, this.key);
    if (!payload) return answers;
    for (const line of payload.toString('utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab >= 0) answers.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return answers;
  }
}

/** The numbers `written` lists; undefined when it is not a list of numbers. */
function parseAnswer(written: string): Answer | undefined {
  if (written === '') return [];
  const answer = written.split(',').map((part) => (part === '' ? Number.NaN : Number(part)));
  return answer.every(Number.isFinite) ? answer : undefined;
}
