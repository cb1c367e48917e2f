import { describe, expect, test } from 'vitest';
import { parseIssueParams } from '../../src/shared/issue-paths';
import { listPath, parseReaderParams, readerSearchParams } from '../../src/shared/paths';
import { dayRange, periodEnd, periodStart, rangeLabel } from '../../src/shared/periods';
import { dayOf } from '../../src/shared/periods';

describe('date range and order in the URL', () => {
  test('reads a year, a month or a day as from/to, and the order', () => {
    expect(parseReaderParams('from=2023&to=2023-02-10&sort=oldest')).toMatchObject({
      from: '2023',
      to: '2023-02-10',
      sort: 'oldest',
    });
  });

  test('drops impossible or malformed periods and unknown orders, never throwing', () => {
    const f = parseReaderParams('from=2023-02-30&to=23&sort=random');
    expect(f.from).toBeUndefined();
    expect(f.to).toBeUndefined();
    expect(f.sort).toBeUndefined();
    expect(parseReaderParams('from=2023-13').from).toBeUndefined();
    expect(parseReaderParams('from=1066').from).toBeUndefined();
    expect(parseReaderParams('from=2024-02-29').from).toBe('2024-02-29');
  });

  test('reads a range written backwards the right way round', () => {
    expect(parseReaderParams('from=2023-05&to=2022')).toMatchObject({
      from: '2022',
      to: '2023-05',
    });
  });

  test('writes them in a stable order and round-trips', () => {
    const filters = {
      districts: ['朝阳区'],
      unions: [],
      types: [],
      q: '工会',
      from: '2022-11',
      to: '2023',
      sort: 'newest' as const,
    };
    expect(listPath(filters)).toBe(
      `/?${new URLSearchParams([
        ['district', '朝阳区'],
        ['from', '2022-11'],
        ['to', '2023'],
        ['q', '工会'],
        ['sort', 'newest'],
      ])}`,
    );
    expect(parseReaderParams(readerSearchParams(filters))).toEqual(filters);
  });
});

describe('periods', () => {
  test('cover whole years, months and days', () => {
    expect(periodStart('2024')).toBe(dayOf('2024-01-01'));
    expect(periodEnd('2024')).toBe(dayOf('2024-12-31'));
    expect(periodEnd('2024-02')).toBe(dayOf('2024-02-29'));
    expect(periodEnd('2023-02')).toBe(dayOf('2023-02-28'));
    expect(dayRange('2023-02-10', '2023-02-10')).toEqual([
      dayOf('2023-02-10'),
      dayOf('2023-02-10'),
    ]);
    expect(dayRange(undefined, '2023')).toEqual([-Infinity, dayOf('2023-12-31')]);
  });

  test('read as Chinese dates in chips', () => {
    expect(rangeLabel('2023', '2023')).toBe('2023年');
    expect(rangeLabel('2022-11', '2023-02')).toBe('2022年11月至2023年2月');
    expect(rangeLabel('2023-02-10', undefined)).toBe('2023年2月10日起');
  });
});

describe('版面 route params', () => {
  test('accept a real day and a page number, nothing else', () => {
    expect(parseIssueParams({ date: '2023-02-10', page: '3' })).toEqual({
      date: '2023-02-10',
      page: 3,
    });
    expect(parseIssueParams({ date: '2023-02-30', page: '03' })).toEqual({
      date: undefined,
      page: undefined,
    });
    expect(parseIssueParams({ date: '2023', page: '1000' })).toEqual({
      date: undefined,
      page: undefined,
    });
  });
});
