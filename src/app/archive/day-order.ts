/**
 * Date order from each position's day, for archives whose corpus order is not
 * date order (pages dated by their header). Pure; in the engines chunk.
 */
import type { ResultSet } from '../articles/result-set';
import { orderedList } from './order-results';

/** Positions of the dated articles in date order (ties by position), and each position's rank in it. */
interface DayOrder {
  byDate: Uint32Array;
  /** Rank in byDate; undated positions have none (NO_RANK). */
  rank: Uint32Array;
}
const NO_RANK = 0xffffffff;
const dayOrders = new WeakMap<Int32Array, DayOrder>();

function dayOrderOf(days: Int32Array): DayOrder {
  const cached = dayOrders.get(days);
  if (cached) return cached;
  const dated: number[] = [];
  for (let p = 0; p < days.length; p++) if (days[p]! >= 0) dated.push(p);
  dated.sort((a, b) => days[a]! - days[b]! || a - b);
  const byDate = Uint32Array.from(dated);
  const rank = new Uint32Array(days.length).fill(NO_RANK);
  byDate.forEach((p, r) => (rank[p] = r));
  const order = { byDate, rank };
  dayOrders.set(days, order);
  return order;
}

/** Date order from each position's day: a scan of the archive's date order or a sort of the results' ranks, whichever is less work. */
export function orderByDay(results: ResultSet, days: Int32Array, newest: boolean): ResultSet {
  const { byDate, rank } = dayOrderOf(days);
  const m = results.length;
  const out = new Uint32Array(m);
  let dated = 0;
  if (m * 16 >= byDate.length) {
    const member = new Uint8Array(days.length);
    for (let i = 0; i < m; i++) member[results.at(i)!] = 1;
    for (const p of byDate) if (member[p]) out[dated++] = p;
  } else {
    const ranks: number[] = [];
    for (let i = 0; i < m; i++) {
      const r = rank[results.at(i)!]!;
      if (r !== NO_RANK) ranks.push(r);
    }
    const sorted = Uint32Array.from(ranks).sort();
    for (const r of sorted) out[dated++] = byDate[r]!;
  }
  if (newest) out.subarray(0, dated).reverse();
  let undated = dated;
  for (let i = 0; i < m; i++) {
    const p = results.at(i)!;
    if (rank[p] === NO_RANK) out[undated++] = p;
  }
  return orderedList(out);
}
