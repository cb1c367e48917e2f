import { describe, expect, test } from 'vitest';
import {
  articlePath,
  EMPTY_FILTERS,
  hasActiveFilters,
  listPath,
  parseReaderParams,
  readerSearchParams,
} from '../../src/shared/paths';

describe('parseReaderParams', () => {
  test('reads repeated keys as several values, in order, without duplicates', () => {
    const f = parseReaderParams(
      'district=朝阳区&district=西城区&district=朝阳区&union=北京市总工会&type=care&q=送温暖',
    );
    expect(f).toEqual({
      districts: ['朝阳区', '西城区'],
      unions: ['北京市总工会'],
      types: ['care'],
      q: '送温暖',
    });
  });

  test('ignores unknown keys and malformed values instead of failing', () => {
    const f = parseReaderParams(
      `foo=1&district=&district=%20%20&type=Not%20An%20Id&type=care&union=${'长'.repeat(200)}&district=a%00b`,
    );
    expect(f).toEqual({ districts: [], unions: [], types: ['care'], q: '' });
  });

  test('survives broken percent-encoding', () => {
    expect(() => parseReaderParams('district=%E0%A4%A&q=%')).not.toThrow();
  });

  test('keeps the query as typed but bounds its length', () => {
    expect(parseReaderParams('q=知识 竞赛').q).toBe('知识 竞赛');
    expect(parseReaderParams(`q=${'字'.repeat(500)}`).q).toHaveLength(100);
  });

  test('accepts a URLSearchParams as well as a string', () => {
    expect(parseReaderParams(new URLSearchParams([['type', 'meeting']])).types).toEqual([
      'meeting',
    ]);
  });
});

describe('paths', () => {
  test('listPath and articlePath carry the filters in a stable order', () => {
    const filters = { districts: ['门头沟区'], unions: [], types: ['inspection'], q: '总工会' };
    expect(listPath()).toBe('/');
    expect(listPath(EMPTY_FILTERS)).toBe('/');
    const path = articlePath('003-01', filters);
    expect(path.startsWith('/articles/003-01?')).toBe(true);
    const params = new URLSearchParams(path.split('?')[1]);
    expect([...params.keys()]).toEqual(['district', 'type', 'q']);
    expect(parseReaderParams(params)).toEqual(filters);
  });

  test('round-trips any filters through the URL', () => {
    const filters = {
      districts: ['朝阳区', '西城区'],
      unions: ['北京市总工会', 'A&B=C 工会'],
      types: ['care', 'skills-contest'],
      q: '知识 竞赛&x=1',
    };
    expect(parseReaderParams(readerSearchParams(filters))).toEqual(filters);
  });

  test('a blank query is left out of the URL', () => {
    expect(readerSearchParams({ ...EMPTY_FILTERS, q: '  ' }).toString()).toBe('');
    expect(hasActiveFilters({ ...EMPTY_FILTERS, q: '  ' })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, types: ['care'] })).toBe(true);
  });

  test('article ids are encoded', () => {
    expect(articlePath('a b/c')).toBe('/articles/a%20b%2Fc');
  });
});
