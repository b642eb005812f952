/** Beyond this many insertions and deletions the middle of two sequences is left unmatched (memory grows as its square). */
const MAX_EDIT_DISTANCE = 2000;

/**
 * A longest common subsequence of two sequences, as pairs [oldIndex, newIndex] in ascending order: Myers' O(ND)
 * difference algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986), after trimming the common
 * start and end. Sequences that differ by more than MAX_EDIT_DISTANCE edits keep only those trimmed matches.
 */
export function matchSequences(oldLength: number, newLength: number, equal: (oldIndex: number, newIndex: number) => boolean): [number, number][] {
  let prefix = 0;
  while (prefix < oldLength && prefix < newLength && equal(prefix, prefix)) prefix++;
  let suffix = 0;
  while (suffix < oldLength - prefix && suffix < newLength - prefix && equal(oldLength - 1 - suffix, newLength - 1 - suffix)) suffix++;
  const middle = matchMiddle(oldLength - prefix - suffix, newLength - prefix - suffix, (i, j) => equal(prefix + i, prefix + j));
  return [
    ...Array.from({ length: prefix }, (_, i): [number, number] => [i, i]),
    ...middle.map(([i, j]): [number, number] => [prefix + i, prefix + j]),
    ...Array.from({ length: suffix }, (_, i): [number, number] => [oldLength - suffix + i, newLength - suffix + i]),
  ];
}

function matchMiddle(n: number, m: number, equal: (i: number, j: number) => boolean): [number, number][] {
  if (n === 0 || m === 0) return [];
  const maxD = Math.min(n + m, MAX_EDIT_DISTANCE);
  // v[k + offset] is the furthest x reached on diagonal k = x - y; `trace[d]` keeps diagonals -d..d after step d.
  const offset = maxD + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && equal(x, y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return [];
}

/** Walks the recorded steps back from (n, m), collecting the diagonal moves (the matches). */
function backtrack(trace: readonly Int32Array[], n: number, m: number): [number, number][] {
  const matches: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const k = x - y;
    let startX = 0;
    let startY = 0;
    if (d > 0) {
      const previous = trace[d - 1]!;
      const at = (diagonal: number): number => previous[diagonal + d - 1]!;
      const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
      startX = at(previousK);
      startY = startX - previousK;
      // The step from the previous diagonal: one deletion (x + 1) or one insertion (y + 1), then the snake.
      const stepX = previousK === k + 1 ? startX : startX + 1;
      const stepY = stepX - k;
      while (x > stepX && y > stepY) matches.push([--x, --y]);
    } else {
      while (x > 0 && y > 0) matches.push([--x, --y]);
    }
    x = startX;
    y = startY;
  }
  return matches.reverse();
}

/** A stretch of both sequences between two matches (or an end): [start, end) on each side, one side possibly empty. */
export interface Stretch {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** The stretches that the matches leave unmatched, in order. */
export function unmatchedStretches(matches: readonly [number, number][], oldLength: number, newLength: number): Stretch[] {
  const stretches: Stretch[] = [];
  let oldStart = 0;
  let newStart = 0;
  for (const [oldEnd, newEnd] of [...matches, [oldLength, newLength] as const]) {
    if (oldEnd > oldStart || newEnd > newStart) stretches.push({ oldStart, oldEnd, newStart, newEnd });
    oldStart = oldEnd + 1;
    newStart = newEnd + 1;
  }
  return stretches;
}
