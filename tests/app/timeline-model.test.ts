import { describe, expect, test } from 'vitest';
import { selectedDayIds, timelineModel } from '../../src/app/archive/timeline-model';
import type { ArchiveDates } from '../../src/shared/archive-bundle';
import { dayOf } from '../../src/shared/periods';

// An archive from 2021-11-15 to 2023-02-10: months Nov 2021 … Feb 2023 (16 months).
const dates: ArchiveDates = {
  dated: 160,
  first: '2021-11-15',
  last: '2023-02-10',
  months: [5, 5, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 20, 10],
  sorted: true,
  parts: [],
};
const named = (m: ReturnType<typeof timelineModel>) =>
  m.bars.map((b) => `${b.name}，${b.count ?? '…'}篇${b.selected ? '*' : ''}`);

describe('timeline bars', () => {
  test('one per year, counted from the manifest while nothing is filtered', () => {
    const m = timelineModel(dates, {}, 'archive');
    expect(m.unit).toBe('year');
    expect(named(m)).toEqual(['2021年，10篇', '2022年，120篇', '2023年，30篇']);
  });

  test('the months of a selected year, with the range marked; other years a click away', () => {
    const m = timelineModel(dates, { from: '2023', to: '2023' }, 'archive');
    expect(m.unit).toBe('month');
    expect(m.zoomed).toBe(true);
    expect(named(m)).toEqual(['2023年1月，20篇*', '2023年2月，10篇*']);
  });

  test('a range over more than one year shows every year, those in the range marked', () => {
    expect(timelineModel(dates, { from: '2022-11', to: '2023-01' }, 'archive').unit).toBe('year');
    const m = timelineModel(dates, { from: '2021-12', to: '2023-01' }, 'archive');
    expect(m.unit).toBe('year');
    expect(named(m)).toEqual(['2021年，10篇*', '2022年，120篇*', '2023年，30篇*']);
  });

  test('live counts per day are summed into bars; undefined while counting', () => {
    const first = dayOf('2021-11-15');
    const perDay = new Uint32Array(dayOf('2023-02-10') - first + 1);
    perDay[dayOf('2022-03-01') - first] = 4;
    perDay[dayOf('2022-12-31') - first] = 1;
    perDay[dayOf('2023-01-01') - first] = 2;
    expect(named(timelineModel(dates, {}, perDay))).toEqual([
      '2021年，0篇',
      '2022年，5篇',
      '2023年，2篇',
    ]);
    expect(named(timelineModel(dates, {}, undefined))[0]).toBe('2021年，…篇');
  });

  test('a range selects the day ids inside the archive; outside it, nothing', () => {
    expect(selectedDayIds(dates, '2021', '2021')).toHaveLength(47); // Nov 15 – Dec 31
    expect(selectedDayIds(dates, '2023-02-10', undefined)).toEqual([
      dayOf('2023-02-10') - dayOf('2021-11-15'),
    ]);
    expect(selectedDayIds(dates, '2019', '2020')).toEqual([-1]);
    expect(selectedDayIds(dates)).toEqual([]);
  });
});
