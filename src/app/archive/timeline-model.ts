/**
 * What the timeline shows: bars for years, or for the months of a selected year
 * or a shorter range (within one calendar year), each with its live count, and
 * the days a date filter selects. Pure.
 *
 * Counts come like every facet's: per day id from the filter engine (the
 * results of the query and every other filter), or the archive's totals per
 * month from the manifest while nothing is filtered.
 */
import type { ArchiveDates } from '../../shared/archive-bundle';
import { dayOf } from '../../shared/periods';
import { dayRange, periodLabel } from '../../shared/periods';

export interface TimelineBar {
  /** As the URL writes it: 2023 or 2023-02. */
  period: string;
  /** The period in words, the start of the bar's name: 2023年, 2023年2月. */
  name: string;
  /** What the axis shows under the bar: 2023, 2月. */
  tick: string;
  /** `undefined` while counting. */
  count: number | undefined;
  /** The bar lies (partly) in the selected range. */
  selected: boolean;
}

export interface TimelineModel {
  unit: 'year' | 'month';
  bars: TimelineBar[];
  /** Months of a selected range within a longer archive: the years are a click away. */
  zoomed: boolean;
}

/** Live counts per day id (day − first day); 'archive' = nothing filters, use the manifest's months. */
export type TimelineCounts = ArrayLike<number> | 'archive' | undefined;

/** Months of one year at most: 12 bars stay ≥ 24 px wide (touch targets) at 390 px. */
const MAX_MONTH_VIEW_YEARS = 1;
const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthStartDay = (m: number) => Date.UTC(Math.floor(m / 12), m % 12, 1) / 86_400_000;

/** The day ids a date filter selects, clipped to the archive; [−1] (matches nothing) if none. */
export function selectedDayIds(dates: ArchiveDates, from?: string, to?: string): number[] {
  const range = dayRange(from, to);
  if (!range) return [];
  const first = dayOf(dates.first);
  const a = Math.max(0, range[0] - first);
  const b = Math.min(dayOf(dates.last) - first, range[1] - first);
  if (a > b) return [-1];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

export function timelineModel(
  dates: ArchiveDates,
  filter: { from?: string | undefined; to?: string | undefined },
  counts: TimelineCounts,
): TimelineModel {
  const firstMonth = monthIndex(dates.first);
  const lastMonth = monthIndex(dates.last);
  const firstYear = Math.floor(firstMonth / 12);
  const lastYear = Math.floor(lastMonth / 12);
  const range = dayRange(filter.from, filter.to);
  // The years in view: the range's (within the archive) or the whole archive's.
  let y0 = firstYear;
  let y1 = lastYear;
  if (range) {
    const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
    y0 = Math.max(firstYear, Number.isFinite(range[0]) ? yearOf(range[0]) : firstYear);
    y1 = Math.min(lastYear, Number.isFinite(range[1]) ? yearOf(range[1]) : lastYear);
    if (y0 > y1) [y0, y1] = [firstYear, lastYear];
  }
  const zoomed = range !== undefined && firstYear < lastYear && y1 - y0 < MAX_MONTH_VIEW_YEARS;
  const byMonth = zoomed || firstYear === lastYear;

  const archiveFirst = dayOf(dates.first);
  /** Articles in months [m0, m1] (month indexes), or undefined while counting. */
  const countMonths = (m0: number, m1: number): number | undefined => {
    if (counts === undefined) return undefined;
    let n = 0;
    if (counts === 'archive') {
      for (let m = Math.max(m0, firstMonth); m <= Math.min(m1, lastMonth); m++)
        n += dates.months[m - firstMonth] ?? 0;
      return n;
    }
    const a = Math.max(0, monthStartDay(m0) - archiveFirst);
    const b = Math.min(counts.length, monthStartDay(m1 + 1) - archiveFirst);
    for (let d = a; d < b; d++) n += counts[d] ?? 0;
    return n;
  };
  const inRange = (m0: number, m1: number) =>
    range !== undefined && monthStartDay(m0) <= range[1] && monthStartDay(m1 + 1) - 1 >= range[0];

  const bars: TimelineBar[] = [];
  if (byMonth) {
    const m0 = Math.max(firstMonth, y0 * 12);
    const m1 = Math.min(lastMonth, y1 * 12 + 11);
    for (let m = m0; m <= m1; m++) {
      const period = `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
      bars.push({
        period,
        name: periodLabel(period),
        tick: `${(m % 12) + 1}月`,
        count: countMonths(m, m),
        selected: inRange(m, m),
      });
    }
  } else {
    // Every year, so another can be chosen; those in the range are marked.
    for (let y = firstYear; y <= lastYear; y++) {
      const period = String(y);
      bars.push({
        period,
        name: periodLabel(period),
        tick: period,
        count: countMonths(y * 12, y * 12 + 11),
        selected: inRange(y * 12, y * 12 + 11),
      });
    }
  }
  return { unit: byMonth ? 'month' : 'year', bars, zoomed };
}
