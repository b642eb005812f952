import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * What the disk caches share (prepared photos, shaped text and hyphenation): where they are kept, their content-hash
 * names, and an entry format that tells a whole entry from a damaged one.
 */

const requireFromHere = createRequire(import.meta.url);

/**
 * Where the cache of `kind` is kept: `BROADSHEET_CACHE_DIR` if set (every kind in that one folder: their files' names
 * differ); none if `BROADSHEET_NO_CACHE` is set (to anything but 0); else `node_modules/.cache/broadsheet/<kind>` in
 * the node_modules folder broadsheet is installed in (a checkout's own), where build tools keep their caches: it is
 * there on a fresh clone after `npm install` and in CI, goes with `rm -rf node_modules`, and writes nothing outside
 * the project.
 */
export function defaultCacheDir(kind: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.BROADSHEET_NO_CACHE && env.BROADSHEET_NO_CACHE !== '0') return null;
  if (env.BROADSHEET_CACHE_DIR) return path.resolve(env.BROADSHEET_CACHE_DIR);
  const packageRoot = path.dirname(requireFromHere.resolve('broadsheet/package.json'));
  const installedIn = path.dirname(packageRoot);
  const nodeModules = path.basename(installedIn) === 'node_modules' ? installedIn : path.join(packageRoot, 'node_modules');
  return path.join(nodeModules, '.cache', 'broadsheet', kind);
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An installed package's package.json and its folder, found above its entry point (not every package exports it). */
export function installedPackage(name: string): { folder: string; manifest: Record<string, unknown> } | null {
  let found = installedPackages.get(name);
  if (found === undefined) {
    found = findInstalledPackage(name);
    installedPackages.set(name, found);
  }
  return found;
}

/** An installed package's version, part of the keys of what is cached from its answers; null when not found. */
export function packageVersion(name: string): string | null {
  const version = installedPackage(name)?.manifest.version;
  return typeof version === 'string' ? version : null;
}

/** Looked up once per process: several caches key on the same packages. */
const installedPackages = new Map<string, { folder: string; manifest: Record<string, unknown> } | null>();

function findInstalledPackage(name: string): { folder: string; manifest: Record<string, unknown> } | null {
  try {
    let folder = path.dirname(requireFromHere.resolve(name));
    while (!existsSync(path.join(folder, 'package.json')) && path.dirname(folder) !== folder) folder = path.dirname(folder);
    const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as Record<string, unknown>;
    return manifest.name === name ? { folder, manifest } : null;
  } catch {
    return null;
  }
}

/** The line an entry starts with: the caller's facts, and the length and hash of the payload that follows. */
interface CheckedHeader {
  payloadBytes: number;
  payloadSha256: string;
}

/** One line of JSON (`header` with the payload's length and hash), a newline, then the payload. */
export function encodeCheckedEntry(header: object, payload: Uint8Array): Buffer {
  const checked: CheckedHeader = { payloadBytes: payload.length, payloadSha256: sha256(payload) };
  return Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, ...checked })}\n`), payload]);
}

/** The payload of the entry at `entryPath` whose header names `key`; undefined when it is missing, damaged, empty or another key's. */
export function readCheckedEntry(entryPath: string, key: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(entryPath);
  } catch {
    return undefined;
  }
  const entry = decodeCheckedEntry(bytes);
  return entry && entry.header.key === key && entry.payload.length > 0 ? entry.payload : undefined;
}

/** An entry's header and payload, or undefined when it is cut short, garbled or not what its header says. */
export function decodeCheckedEntry(bytes: Buffer | undefined): { header: Record<string, unknown>; payload: Buffer } | undefined {
  const newline = bytes?.indexOf(0x0a) ?? -1;
  if (!bytes || newline < 0) return undefined;
  let header: Partial<CheckedHeader> & Record<string, unknown>;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Partial<CheckedHeader> & Record<string, unknown>;
  } catch {
    return undefined;
  }
  const payload = bytes.subarray(newline + 1);
  if (header === null || typeof header !== 'object' || header.payloadBytes !== payload.length || sha256(payload) !== header.payloadSha256) return undefined;
  return { header, payload };
}
