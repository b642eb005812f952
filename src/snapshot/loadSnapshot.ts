import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { PageLimit } from '../pdf-read/pageLimit.js';
import { parseTrace } from './parseTrace.js';
import { snapshotPdf } from './snapshotPdf.js';
import type { Snapshot } from './types.js';

export interface LoadedSnapshot {
  snapshot: Snapshot;
  /** The file's bytes when it is a PDF (pages can then be rendered); null for a trace. */
  pdf: Uint8Array | null;
}

/**
 * Reads a PDF or a trace, telling them apart by their first bytes. Throws InputError for anything else, or for a
 * PDF with more pages than `pageLimit` (a trace is cheap to read whatever its length).
 */
export async function loadSnapshot(filePath: string, pageLimit?: PageLimit): Promise<LoadedSnapshot> {
  const data = await readInput(filePath);
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('broadsheet-trace')) return { snapshot: parseTrace(Buffer.from(data).toString('utf8'), filePath), pdf: null };
  if (!head.includes('%PDF-')) throw new InputError(filePath, '', 'neither a PDF nor a broadsheet trace');
  return { snapshot: await snapshotPdf(data, filePath, pageLimit), pdf: data };
}

/** A file's bytes, or an InputError naming it when it cannot be read. */
export async function readInput(filePath: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(filePath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(filePath, '', code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? (error as Error).message})`);
  }
}
