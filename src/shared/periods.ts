/**
 * Periods of the calendar as the URL and the timeline name them: a year
 * (`2023`), a month (`2023-02`) or a day (`2023-02-10`), and the day ranges
 * they cover (day numbers as in date-column.ts). Pure.
 */
import { isExists } from 'date-fns/isExists';

/** No date (in arrays of day numbers). */
export const NO_DAY = -1;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date (checked by the caller). */
export function dayOf(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / MS_PER_DAY;
}

/** YYYY-MM-DD of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The period if `text` is a real year, month or day (1900–2100), else undefined. */
export function parsePeriod(text: string): string | undefined {
  const m = PERIOD.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1900 || year > 2100 || !isExists(year, month - 1, day)) return undefined;
  return text;
}

/** First day of a period. */
export function periodStart(period: string): number {
  return dayOf(
    `${period.slice(0, 4)}-${period.slice(5, 7) || '01'}-${period.slice(8, 10) || '01'}`,
  );
}

/** Last day of a period. */
export function periodEnd(period: string): number {
  if (period.length === 10) return dayOf(period);
  const year = Number(period.slice(0, 4));
  const month = period.length === 7 ? Number(period.slice(5, 7)) : 12;
  // Day 0 of the next month is the last day of this one.
  return Date.UTC(year, month, 0) / MS_PER_DAY;
}

/** The days from `from` to `to` (either may be open); undefined when neither is set. */
export function dayRange(from?: string, to?: string): [number, number] | undefined {
  if (!from && !to) return undefined;
  const first = from ? periodStart(from) : -Infinity;
  const last = to ? periodEnd(to) : Infinity;
  return [first, last];
}

/** 2023年, 2023年2月, 2023年2月10日. */
export function periodLabel(period: string): string {
  const [y, m, d] = period.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** The range as one label: 2023年, 2022年11月至2023年2月, 2023年起, 至2023年2月. */
export function rangeLabel(from?: string, to?: string): string {
  if (from && to)
    return from === to ? periodLabel(from) : `${periodLabel(from)}至${periodLabel(to)}`;
  if (from) return `${periodLabel(from)}起`;
  return to ? `至${periodLabel(to)}` : '';
}
