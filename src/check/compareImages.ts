import { formatPt, type Snapshot, type SnapshotImage } from '../snapshot/types.js';
import { describeShift } from './describe.js';
import type { Difference } from './types.js';

/**
 * Pairs the images of each page, nearest first (by how far their edges moved), and describes those that moved or
 * changed size; images left without a partner were added or are missing.
 */
export function compareImages(golden: Snapshot, current: Snapshot, tolerancePt: number): Difference[] {
  const differences: Difference[] = [];
  const pageCount = Math.max(golden.pages.length, current.pages.length);
  for (let index = 0; index < pageCount; index++) {
    const page = index + 1;
    const old = golden.pages[index]?.images ?? [];
    const now = current.pages[index]?.images ?? [];
    const pairs = pairImages(old, now);
    pairs.sort(([a], [b]) => a - b);
    for (const [i, j] of pairs) {
      const message = describeImageChange(old[i]!, now[j]!, tolerancePt);
      if (message) {
        const deltaPt = { x: now[j]!.xPt - old[i]!.xPt, y: now[j]!.yPt - old[i]!.yPt };
        differences.push({ kind: 'image-moved', page, count: 1, deltaPt, message: `page ${page}: image ${i + 1} (${box(old[i]!)}) ${message}` });
      }
    }
    const pairedOld = new Set(pairs.map(([i]) => i));
    const pairedNew = new Set(pairs.map(([, j]) => j));
    old.forEach((image, i) => {
      if (!pairedOld.has(i)) differences.push({ kind: 'image-missing', page, count: 1, message: `page ${page}: image ${i + 1} (${box(image)}) is missing` });
    });
    now.forEach((image, j) => {
      if (!pairedNew.has(j)) differences.push({ kind: 'image-added', page, count: 1, message: `page ${page}: image added (${box(image)})` });
    });
  }
  return differences;
}

/** Greedy: the pair whose edges moved least first, until one side runs out. */
function pairImages(old: readonly SnapshotImage[], now: readonly SnapshotImage[]): [number, number][] {
  const candidates = old.flatMap((a, i) => now.map((b, j) => ({ i, j, distance: distance(a, b) })));
  candidates.sort((a, b) => a.distance - b.distance || a.i - b.i || a.j - b.j);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (usedOld.has(i) || usedNew.has(j)) continue;
    usedOld.add(i);
    usedNew.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

function distance(a: SnapshotImage, b: SnapshotImage): number {
  return Math.abs(a.xPt - b.xPt) + Math.abs(a.yPt - b.yPt) + Math.abs(a.widthPt - b.widthPt) + Math.abs(a.heightPt - b.heightPt);
}

function describeImageChange(old: SnapshotImage, now: SnapshotImage, tolerancePt: number): string {
  const shift = describeShift(now.xPt - old.xPt, now.yPt - old.yPt, tolerancePt);
  const resized = Math.abs(now.widthPt - old.widthPt) > tolerancePt || Math.abs(now.heightPt - old.heightPt) > tolerancePt;
  return [shift && `moved ${shift}`, resized && `resized to ${dimensions(now)}`].filter(Boolean).join(' and ');
}

function dimensions(image: SnapshotImage): string {
  return `${formatPt(image.widthPt)} × ${formatPt(image.heightPt)} pt`;
}

function box(image: SnapshotImage): string {
  return `${dimensions(image)} at x ${formatPt(image.xPt)}, y ${formatPt(image.yPt)}`;
}
