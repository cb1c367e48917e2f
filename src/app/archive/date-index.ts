/**
 * The date column decoded for the app: each position's day (for date order),
 * and the same as a one-value facet column of day ids (day − first day), so the
 * filter engine filters a date range and counts the timeline like any facet.
 * Pure; in the engines chunk.
 */
import type { FacetColumn } from '../../shared/facet-index';
import type { ResultSet } from '../articles/result-set';
import { orderByDay } from './day-order';
import type { DateColumnPart } from '../../shared/date-column';

/** periods.ts NO_DAY; not imported, so this chunk does not pull periods.ts out of the first view's. */
const NO_DAY = -1;

export interface DateIndex {
  /** Day number of every corpus position; NO_DAY when undated. */
  days: Int32Array;
  /** Day number of the archive's first date; day id = day − first. */
  first: number;
  /** Days from the first date to the last, inclusive: the number of day ids. */
  span: number;
  column: FacetColumn;
  /** Articles per day id in the whole archive. */
  totals: Uint32Array;
  /** The results in date order (see order-results.ts). */
  byDay: (results: ResultSet, newest: boolean) => ResultSet;
}

export function buildDateIndex(
  parts: readonly DateColumnPart[],
  articleCount: number,
  first: number,
  last: number,
): DateIndex {
  const days = new Int32Array(articleCount).fill(NO_DAY);
  for (const part of parts) {
    if (part.start + part.days.length > articleCount) {
      throw new Error(`date column part at ${part.start} runs past the last article`);
    }
    days.set(part.days, part.start);
  }
  const span = last - first + 1;
  const offsets = new Uint32Array(articleCount + 1);
  const values: number[] = [];
  const totals = new Uint32Array(span);
  for (let p = 0; p < articleCount; p++) {
    const day = days[p]!;
    if (day !== NO_DAY) {
      if (day < first || day > last)
        throw new Error(`position ${p}: day ${day} outside the archive`);
      values.push(day - first);
      totals[day - first]!++;
    }
    offsets[p + 1] = values.length;
  }
  return {
    days,
    first,
    span,
    column: { offsets, values: Uint32Array.from(values) },
    totals,
    byDay: (results, newest) => orderByDay(results, days, newest),
  };
}
