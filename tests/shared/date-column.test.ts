import { describe, expect, it } from 'vitest';
import { decodeDateColumn, encodeDateColumn } from '../../src/shared/date-column';
import { dayOf, isoOfDay, NO_DAY } from '../../src/shared/periods';

describe('date column', () => {
  it('counts days from 1970-01-01 across leap years and back', () => {
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('2024-03-01') - dayOf('2024-02-28')).toBe(2);
    expect(dayOf('2023-03-01') - dayOf('2023-02-28')).toBe(1);
    expect(isoOfDay(dayOf('2019-01-07'))).toBe('2019-01-07');
  });

  it('round-trips dates in any order, undated articles and a starting position', () => {
    const days = ['2023-02-10', undefined, '2023-02-10', '2021-05-01', '2026-12-31', undefined].map(
      (d) => (d ? dayOf(d) : NO_DAY),
    );
    const part = decodeDateColumn(encodeDateColumn(640, days));
    expect(part.start).toBe(640);
    expect([...part.days]).toEqual(days);
  });

  it('spends one byte per article on a day’s run of stories', () => {
    const day = dayOf('2023-02-10');
    const bytes = encodeDateColumn(0, new Array(1000).fill(day));
    expect(bytes.length).toBeLessThan(12 + 1000 + 3);
  });

  it('refuses bytes that are not a date column', () => {
    expect(() => decodeDateColumn(new Uint8Array([1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(
      /bad magic/,
    );
    const good = encodeDateColumn(0, [dayOf('2023-02-10')]);
    expect(() => decodeDateColumn(good.subarray(0, good.length - 1))).toThrow();
  });
});
