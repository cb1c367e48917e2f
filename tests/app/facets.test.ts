import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestSchema, summariesFileSchema } from '../../src/shared/bundle';
import { EMPTY_FILTERS, type ReaderFilters } from '../../src/shared/paths';
import type { BundleData } from '../../src/app/articles/use-bundle';
import { computeFacets } from '../../src/app/filters/facets';
import { filterVocabulary, knownFilters, passesFilters } from '../../src/app/filters/filter-model';

const dir = join(import.meta.dirname, '../fixtures/bundle/data');
const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
const summaries = summariesFileSchema.parse(
  JSON.parse(readFileSync(join(dir, manifest.files.summaries), 'utf8')),
);
const data: BundleData = {
  manifest,
  summaries,
  byId: new Map(summaries.map((s) => [s.id, s])),
  typeLabels: new Map(manifest.eventTypes.map((t) => [t.id, t.label])),
};
const f = (partial: Partial<ReaderFilters>): ReaderFilters => ({ ...EMPTY_FILTERS, ...partial });
const count = (values: { value: string; count: number }[], value: string) =>
  values.find((v) => v.value === value)?.count;

describe('filters', () => {
  test('OR within a facet, AND across facets', () => {
    const xicheng = summaries.filter((s) => passesFilters(s, f({ districts: ['西城区'] })));
    const either = summaries.filter((s) =>
      passesFilters(s, f({ districts: ['西城区', '大兴区'] })),
    );
    const both = summaries.filter((s) =>
      passesFilters(s, f({ districts: ['西城区'], types: ['research'] })),
    );
    expect(xicheng.map((s) => s.id)).toEqual(['003-01', '004-01', '004-05']);
    expect(either).toHaveLength(4);
    expect(both.map((s) => s.id)).toEqual(['003-01']);
  });

  test('values the data does not know are dropped from URL filters', () => {
    const vocab = filterVocabulary(data);
    const known = knownFilters(
      f({ districts: ['火星区', '朝阳区'], types: ['nope', 'care'], unions: ['?'] }),
      vocab,
    );
    // 朝阳区 has no article in the fixture but is one of Beijing's 16 districts.
    expect(known).toEqual(f({ districts: ['朝阳区'], types: ['care'] }));
  });
});

describe('computeFacets', () => {
  test('counts reflect the other facets, not the facet itself', () => {
    const facets = computeFacets(summaries, f({ districts: ['西城区'] }), data);
    // District counts ignore the district filter, so other districts stay selectable.
    expect(count(facets.districts, '昌平区')).toBe(2);
    expect(count(facets.districts, '西城区')).toBe(3);
    // Type counts are within 西城区.
    expect(count(facets.types, 'research')).toBe(1);
    expect(count(facets.types, 'care')).toBe(1);
    expect(count(facets.types, 'contest')).toBe(0);
  });

  test('counts follow the search results passed in', () => {
    const matches = summaries.filter((s) => s.title.includes('知识竞赛'));
    const facets = computeFacets(matches, EMPTY_FILTERS, data);
    expect(count(facets.districts, '大兴区')).toBe(1);
    expect(count(facets.districts, '昌平区')).toBe(0);
  });

  test('values that drop to zero stay listed, after the others, sorted by count', () => {
    const facets = computeFacets(summaries, f({ types: ['care'] }), data);
    const values = facets.districts.map((v) => [v.value, v.count]);
    expect(values[0]).toEqual(['西城区', 1]);
    expect(values.map(([v]) => v)).toContain('昌平区');
    const counts = facets.districts.map((v) => v.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  test('every event type from the manifest is a value with its label; unions carry their level', () => {
    const facets = computeFacets(summaries, EMPTY_FILTERS, data);
    expect(facets.types.map((t) => t.label)).toContain('会议');
    expect(count(facets.types, 'meeting')).toBe(0);
    expect(facets.unions.find((u) => u.value === '中华全国总工会')?.level).toBe('national');
  });
});
