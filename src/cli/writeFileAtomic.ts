import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';

/**
 * Writes through a temporary file and a rename, so a failed or interrupted run never leaves a half-written file
 * and the previous version stays intact until the new one is complete. Missing folders are created.
 */
export async function writeFileAtomic(filePath: string, data: Uint8Array | string): Promise<void> {
  const temporaryPath = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.tmp`);
  try {
    await mkdir(path.dirname(filePath), { recursive: true });
    await writeFile(temporaryPath, data);
    await rename(temporaryPath, filePath);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw new InputError(filePath, '', `cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
