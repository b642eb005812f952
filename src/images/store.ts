import { createHash } from 'node:crypto';

/**
 * Prepared pictures by content: the sha256 (hex) of each JPEG → its bytes. Image frames name their picture by that
 * hash (`ImageFrame.jpegSha256`), so a positioned document stays plain JSON and the same picture is stored once.
 */
export type ImageStore = ReadonlyMap<string, Buffer>;

/** Adds `jpeg` to the store under its content hash, and returns the hash. */
export function storeJpeg(store: Map<string, Buffer>, jpeg: Buffer): string {
  const sha256 = createHash('sha256').update(jpeg).digest('hex');
  store.set(sha256, jpeg);
  return sha256;
}
