import { describe, expect, test } from 'vitest';
import { allArticles, positionList, type ResultSet } from '../../src/app/articles/result-set';
import { orderByDay } from '../../src/app/archive/day-order';
import { effectiveSort, orderResults } from '../../src/app/archive/order-results';
import { dayOf, NO_DAY } from '../../src/shared/periods';

const list = (r: ResultSet | undefined) => Array.from({ length: r!.length }, (_, i) => r!.at(i));
const ranks = (r: ResultSet) => list(r).map((p) => r.indexOf(p!));
const days = (...dates: (string | undefined)[]) =>
  Int32Array.from(dates, (d) => (d ? dayOf(d) : NO_DAY));

describe('orderResults on an archive whose pages came in date order', () => {
  // Positions 0–1 undated (listed first), 2–6 dated oldest first.
  const dates = { articleCount: 7, dated: 5, sorted: true };

  test('newest first reverses the dated articles and puts the undated ones last', () => {
    const r = orderResults(allArticles(7), 'newest', dates)!;
    expect(list(r)).toEqual([6, 5, 4, 3, 2, 0, 1]);
    expect(ranks(r)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(r.indexOf(99)).toBe(-1);
  });

  test('oldest first keeps date order, undated last', () => {
    const r = orderResults(positionList(Uint32Array.of(1, 3, 6)), 'oldest', dates)!;
    expect(list(r)).toEqual([3, 6, 1]);
    expect(ranks(r)).toEqual([0, 1, 2]);
  });

  test('needs no date column and copies nothing', () => {
    const r = orderResults(positionList(Uint32Array.of(2, 4)), 'newest', { ...dates })!;
    expect(list(r)).toEqual([4, 2]);
    expect(r.at(2)).toBeUndefined();
  });
});

describe('orderResults on an archive dated by page headers (corpus order is not date order)', () => {
  const column = days('2023-02-10', undefined, '2021-05-01', '2023-02-10', '2022-01-01', undefined);
  const dates = {
    articleCount: 6,
    dated: 4,
    sorted: false,
    byDay: (r: ResultSet, newest: boolean) => orderByDay(r, column, newest),
  };

  test('waits for the date column', () => {
    expect(orderResults(allArticles(6), 'newest', { ...dates, byDay: undefined })).toBeUndefined();
  });

  test('orders by day, equal days in corpus order, undated after', () => {
    expect(list(orderResults(allArticles(6), 'oldest', dates))).toEqual([2, 4, 0, 3, 1, 5]);
    expect(list(orderResults(allArticles(6), 'newest', dates))).toEqual([3, 0, 4, 2, 1, 5]);
  });

  test('gives the same order for a few results as for many', () => {
    const few = orderResults(positionList(Uint32Array.of(0, 2, 5)), 'newest', dates)!;
    expect(list(few)).toEqual([0, 2, 5]);
    expect(ranks(few)).toEqual([0, 1, 2]);
  });
});

describe('relevance and the default order', () => {
  test('relevance follows the ranking, restricted to the results', () => {
    const ranked = Uint32Array.of(5, 1, 3, 4);
    const r = orderResults(positionList(Uint32Array.of(1, 4, 5)), 'relevance', undefined, ranked)!;
    expect(list(r)).toEqual([5, 1, 4]);
    expect(r.indexOf(4)).toBe(2);
  });

  test('an undated archive keeps corpus order', () => {
    expect(list(orderResults(allArticles(3), 'newest', undefined))).toEqual([0, 1, 2]);
  });

  test('defaults: relevance while searching, newest on a dated archive, else corpus order', () => {
    expect(effectiveSort(undefined, { searching: true, dated: true })).toBe('relevance');
    expect(effectiveSort(undefined, { searching: false, dated: true })).toBe('newest');
    expect(effectiveSort(undefined, { searching: false, dated: false })).toBeUndefined();
    expect(effectiveSort('oldest', { searching: true, dated: true })).toBe('oldest');
    expect(effectiveSort('relevance', { searching: false, dated: true })).toBe('newest');
    expect(effectiveSort('newest', { searching: false, dated: false })).toBeUndefined();
  });
});
