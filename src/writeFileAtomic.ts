import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { InputError } from './errors.js';

/** Numbers this process's writes, so that two at once (two edition workers, two pictures) never share a temporary file. */
let writesStarted = 0;

/**
 * Writes through a temporary file and a rename, so a failed or interrupted run never leaves a half-written file
 * and the previous version stays intact until the new one is complete. Missing folders are created.
 */
export async function writeFileAtomic(filePath: string, data: Uint8Array | string): Promise<void> {
  writesStarted += 1;
  const temporaryPath = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}-${threadId}-${writesStarted}.tmp`);
  try {
    await mkdir(path.dirname(filePath), { recursive: true });
    await writeFile(temporaryPath, data);
    await rename(temporaryPath, filePath);
  } catch (error) {
    // The temporary file may not exist, or its folder may not be a folder: the write's own error is the one to report.
    await rm(temporaryPath, { force: true }).catch(() => undefined);
    throw new InputError(filePath, '', `cannot write (${describeWriteError(error as NodeJS.ErrnoException)})`);
  }
}

/** mkdir reports EEXIST, and writing ENOTDIR, when a folder on the path is a file. */
const WRITE_ERRORS: Record<string, string> = {
  EEXIST: 'a folder on the path is a file',
  ENOTDIR: 'a folder on the path is a file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

function describeWriteError(error: NodeJS.ErrnoException): string {
  const description = error.code ? WRITE_ERRORS[error.code] : undefined;
  return description ? `${error.code}: ${description}` : (error.code ?? error.message);
}
