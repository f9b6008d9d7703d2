/**
 * Order statistics by selection (Hoare's quickselect) on typed arrays: expected O(n), in place.
 * Not part of the public API; callers copy their input first (into {@link scratch} buffers).
 */

/** Ranges this short are finished by insertion sort. */
export const SMALL_RANGE = 16;

const buffers: Float64Array[] = [];

/**
 * A reusable Float64Array of length ≥ n (slot 0, 1, …: one per array a computation needs at once).
 * Large fresh allocations cost more than the selection itself, so the engine keeps these per isolate;
 * the contents are overwritten by the next call.
 */
export function scratch(slot: number, n: number): Float64Array {
  const have = buffers[slot];
  if (have !== undefined && have.length >= n) return have;
  const made = new Float64Array(Math.max(n, 2 * (have?.length ?? 0), 64));
  buffers[slot] = made;
  return made;
}

/** The median of three values (the pivot rule of the partitions below). */
export function medianOf3(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : Math.max(a, c);
  return a < c ? a : Math.max(b, c);
}

/**
 * Rearranges v[0, n) so that every rank in `ranks` (0-based, ascending, each in [0, n)) holds the value
 * it would hold if v[0, n) were sorted, with no larger value before it and no smaller after it; returns
 * those values in the order of `ranks`. Expected O(n) for a fixed number of ranks.
 */
export function selectRanks(v: Float64Array, n: number, ranks: readonly number[]): number[] {
  const out = new Array<number>(ranks.length);
  selectInto(v, 0, n, ranks, 0, ranks.length, out);
  return out;
}

function selectInto(
  v: Float64Array,
  lo: number,
  hi: number,
  ranks: readonly number[],
  from: number,
  to: number,
  out: number[],
): void {
  // Invariant: every rank in ranks[from, to) lies in [lo, hi), and v[lo, hi) holds exactly the
  // values of those sorted positions (in some order).
  while (from < to) {
    if (hi - lo <= SMALL_RANGE) {
      insertionSort(v, lo, hi);
      for (let r = from; r < to; r++) out[r] = v[ranks[r] as number] as number;
      return;
    }
    const j = partition(v, null, lo, hi);
    // v[lo, j] ≤ v[j + 1, hi): ranks up to j go left.
    let split = from;
    while (split < to && (ranks[split] as number) <= j) split++;
    if (split > from && split < to) {
      selectInto(v, lo, j + 1, ranks, from, split, out);
      lo = j + 1;
      from = split;
    } else if (split > from) hi = j + 1;
    else lo = j + 1;
  }
}

/**
 * Hoare's partition of v[lo, hi) (hi − lo ≥ 3) around the median of its first, middle and last values,
 * carrying w along when given. Returns j with lo ≤ j < hi − 1 such that v[lo, j] ≤ pivot ≤ v[j + 1, hi).
 */
export function partition(v: Float64Array, w: Float64Array | null, lo: number, hi: number): number {
  const mid = (lo + hi) >>> 1;
  const pivot = medianOf3(v[lo] as number, v[mid] as number, v[hi - 1] as number);
  // With the pivot at v[lo], both sides come out non-empty.
  swap(v, w, lo, pivot === v[lo] ? lo : pivot === v[mid] ? mid : hi - 1);
  let i = lo - 1;
  let j = hi;
  for (;;) {
    do i++;
    while ((v[i] as number) < pivot);
    do j--;
    while ((v[j] as number) > pivot);
    if (i >= j) return j;
    swap(v, w, i, j);
  }
}

function swap(v: Float64Array, w: Float64Array | null, a: number, b: number): void {
  const x = v[a] as number;
  v[a] = v[b] as number;
  v[b] = x;
  if (w !== null) {
    const y = w[a] as number;
    w[a] = w[b] as number;
    w[b] = y;
  }
}

/** Sorts v[lo, hi) ascending in place, carrying w along when given. */
export function insertionSort(v: Float64Array, lo: number, hi: number, w: Float64Array | null = null): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = v[i] as number;
    const y = w === null ? 0 : (w[i] as number);
    let j = i - 1;
    while (j >= lo && (v[j] as number) > x) {
      v[j + 1] = v[j] as number;
      if (w !== null) w[j + 1] = w[j] as number;
      j--;
    }
    v[j + 1] = x;
    if (w !== null) w[j + 1] = y;
  }
}
