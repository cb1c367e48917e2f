/**
 * The current results as corpus positions, in display order, without
 * materialising a list of 100,000 numbers when nothing is filtered. Pure.
 */
export interface ResultSet {
  readonly length: number;
  /** The corpus position of the i-th result. */
  at(i: number): number | undefined;
  /** The rank of a corpus position among the results, or −1. */
  indexOf(position: number): number;
}

/** Every article: result i is corpus position i. */
export function allArticles(count: number): ResultSet {
  return {
    length: count,
    at: (i) => (Number.isInteger(i) && i >= 0 && i < count ? i : undefined),
    indexOf: (p) => (Number.isInteger(p) && p >= 0 && p < count ? p : -1),
  };
}

/** Results from an ascending list of positions (the engine's output). */
export function positionList(positions: Uint32Array): ResultSet {
  return {
    length: positions.length,
    at: (i) => positions[i],
    indexOf: (p) => {
      let lo = 0;
      let hi = positions.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = positions[mid]!;
        if (v === p) return mid;
        if (v < p) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    },
  };
}
