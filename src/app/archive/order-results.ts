/**
 * The order of the result list: newest or oldest first by publication date, or
 * by relevance to the query. Pure; the filter engine's results (ascending
 * corpus positions) go in, a ResultSet in display order comes out, so facet
 * counts never depend on the order.
 *
 * - Undated articles come after the dated ones in both date orders, in corpus
 *   order; equal days keep corpus order (print order), and newest first is
 *   the exact reverse of oldest first among the dated ones.
 * - When the archive's corpus order is already date order (pages sorted by a
 *   date from pages.json or the path; manifest `dates.sorted`), both date
 *   orders are views over the results: nothing is copied or sorted, and no
 *   file is needed. Otherwise (pages dated by their header) the date column
 *   gives each position's day (day-order.ts).
 * - Relevance is the search's ranking (`relevance`: the matches, best first)
 *   restricted to the results.
 */
import type { ResultSet } from '../articles/result-set';
import type { SortOrder } from '../../shared/paths';

export interface DateOrderData {
  articleCount: number;
  /** Articles with a date. */
  dated: number;
  /** Corpus order is date order, undated articles first (manifest `dates.sorted`). */
  sorted: boolean;
  /**
   * Date order from each position's day, once the date column is loaded (day-order.ts,
   * in the engines chunk: only archives dated by page headers need it).
   */
  byDay?: ((results: ResultSet, newest: boolean) => ResultSet) | undefined;
}

/**
 * The order in effect: the reader's choice when it applies, else relevance while
 * searching and newest first on a dated archive. `undefined` = corpus order.
 */
export function effectiveSort(
  chosen: SortOrder | undefined,
  { searching, dated }: { searching: boolean; dated: boolean },
): SortOrder | undefined {
  if (chosen === 'relevance' && searching) return chosen;
  if ((chosen === 'newest' || chosen === 'oldest') && dated) return chosen;
  return searching ? 'relevance' : dated ? 'newest' : undefined;
}

/** Results in the given order; `undefined` while the order needs the date column and it is not loaded. */
export function orderResults(
  results: ResultSet,
  sort: SortOrder | undefined,
  dates: DateOrderData | undefined,
  relevance?: Uint32Array,
): ResultSet | undefined {
  if (sort === 'relevance') {
    if (relevance) return byRelevance(results, relevance);
    sort = dates ? 'newest' : undefined;
  }
  if (!sort || !dates || dates.dated === 0) return results;
  if (dates.sorted) return sortedArchiveOrder(results, dates, sort === 'newest');
  return dates.byDay?.(results, sort === 'newest');
}

/** The first index whose position is ≥ `position` in an ascending result set. */
function lowerBound(results: ResultSet, position: number): number {
  let lo = 0;
  let hi = results.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (results.at(mid)! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Corpus order is date order: the dated results (reversed for newest), then the undated ones. */
function sortedArchiveOrder(results: ResultSet, dates: DateOrderData, newest: boolean): ResultSet {
  const m = results.length;
  // Positions below this are the undated articles.
  const k = lowerBound(results, dates.articleCount - dates.dated);
  const datedCount = m - k;
  if (k === 0 && !newest) return results;
  const at = (i: number): number | undefined => {
    if (!Number.isInteger(i) || i < 0 || i >= m) return undefined;
    if (i < datedCount) return results.at(newest ? m - 1 - i : k + i);
    return results.at(i - datedCount);
  };
  const indexOf = (position: number): number => {
    const j = results.indexOf(position);
    if (j < 0) return -1;
    if (j >= k) return newest ? m - 1 - j : j - k;
    return datedCount + j;
  };
  return { length: m, at, indexOf };
}

/** Results in an arbitrary order; the rank lookup is built on first use. */
export function orderedList(order: Uint32Array): ResultSet {
  // Typed, not a Map: the list asks for ranks of every measured row on each change.
  let ranks: Int32Array | undefined;
  return {
    length: order.length,
    at: (i) => (Number.isInteger(i) && i >= 0 && i < order.length ? order[i] : undefined),
    indexOf: (position) => {
      if (!ranks) {
        let max = -1;
        for (let i = 0; i < order.length; i++) if (order[i]! > max) max = order[i]!;
        ranks = new Int32Array(max + 1).fill(-1);
        for (let i = 0; i < order.length; i++) ranks[order[i]!] = i;
      }
      return Number.isInteger(position) && position >= 0 && position < ranks.length
        ? ranks[position]!
        : -1;
    },
  };
}

function byRelevance(results: ResultSet, ranked: Uint32Array): ResultSet {
  if (ranked.length === results.length) return orderedList(ranked);
  const kept = new Uint32Array(results.length);
  let n = 0;
  for (const p of ranked) if (n < kept.length && results.indexOf(p) >= 0) kept[n++] = p;
  return orderedList(kept.subarray(0, n));
}
