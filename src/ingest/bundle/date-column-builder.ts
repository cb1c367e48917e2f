/**
 * The date column (src/shared/date-column.ts) and the date summary in the
 * manifest (archiveDatesSchema), fed one article at a time with its corpus
 * position. Holds one number per article. `encode(start, end)` writes any
 * range of positions, so the column can be split by segment.
 */
import type { ArchiveDates } from '../../shared/archive-bundle';
import { encodeDateColumn } from '../../shared/date-column';
import { dayOf, isoOfDay, NO_DAY } from '../../shared/periods';

/** Months since year 0: consecutive months are consecutive numbers. */
const monthOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

export class DateColumnBuilder {
  private days = new Int32Array(1024);
  private count = 0;
  private dated = 0;
  private first = Infinity;
  private last = -Infinity;
  private readonly perMonth = new Map<number, number>();
  /** Corpus order is date order so far (undated first, then dated ones never going back). */
  private sorted = true;
  private previous = NO_DAY;

  add(position: number, date: string | undefined): void {
    if (position !== this.count) {
      throw new Error(`date column: expected position ${this.count}, got ${position}`);
    }
    if (this.count === this.days.length) {
      const bigger = new Int32Array(this.days.length * 2);
      bigger.set(this.days);
      this.days = bigger;
    }
    const day = date === undefined ? NO_DAY : dayOf(date);
    this.days[this.count++] = day;
    if (day === NO_DAY) {
      if (this.dated > 0) this.sorted = false;
      return;
    }
    if (day < this.previous) this.sorted = false;
    this.previous = day;
    this.dated++;
    this.first = Math.min(this.first, day);
    this.last = Math.max(this.last, day);
    const month = monthOf(date!);
    this.perMonth.set(month, (this.perMonth.get(month) ?? 0) + 1);
  }

  /** The column file for positions [start, end). */
  encode(start = 0, end = this.count): Uint8Array {
    return encodeDateColumn(start, this.days.subarray(start, end));
  }

  /** The manifest's `dates` without its file parts; undefined when nothing is dated. */
  summary(): Omit<ArchiveDates, 'parts'> | undefined {
    if (this.dated === 0) return undefined;
    const first = isoOfDay(this.first);
    const last = isoOfDay(this.last);
    const firstMonth = monthOf(first);
    return {
      dated: this.dated,
      first,
      last,
      months: Array.from(
        { length: monthOf(last) - firstMonth + 1 },
        (_, i) => this.perMonth.get(firstMonth + i) ?? 0,
      ),
      sorted: this.sorted,
    };
  }

  get size(): number {
    return this.count;
  }
}
