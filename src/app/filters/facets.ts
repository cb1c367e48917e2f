/**
 * Live facet counts. Each facet counts the articles that pass the search query and
 * the *other* facets' filters (OR within a facet, AND across facets), so a value's
 * count is what you would get by adding it. Values that drop to zero stay listed.
 */
import type { ArticleSummary } from '../../shared/bundle';
import type { FacetKey, ReaderFilters } from '../../shared/paths';
import type { UnionLevel } from '../../shared/schema';
import type { BundleData } from '../articles/use-bundle';
import { compareZh } from '../shared/labels';
import { FACET_KEYS, facetValuesOf, passesFilters } from './filter-model';

export interface FacetValue {
  value: string;
  label: string;
  /** Articles you would see with the other filters, the query, and this value. */
  count: number;
  selected: boolean;
  /** Unions only: the level from manifest.unionLevels (undefined when unknown). */
  level?: UnionLevel;
}

export type Facets = Record<FacetKey, FacetValue[]>;

/**
 * @param candidates the articles matching the search query (all articles without one)
 */
export function computeFacets(
  candidates: readonly ArticleSummary[],
  filters: ReaderFilters,
  data: BundleData,
): Facets {
  const corpusFrequency = frequencies(data.summaries);
  const result = {} as Facets;
  for (const key of FACET_KEYS) {
    const counts = new Map<string, number>();
    for (const s of candidates) {
      if (!passesFilters(s, filters, key)) continue;
      for (const v of new Set(facetValuesOf(s, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const universe = new Set<string>(corpusFrequency[key].keys());
    if (key === 'types') for (const t of data.manifest.eventTypes) universe.add(t.id);
    for (const v of filters[key]) universe.add(v);
    const values: FacetValue[] = [...universe].map((value) => ({
      value,
      label: key === 'types' ? (data.typeLabels.get(value) ?? value) : value,
      count: counts.get(value) ?? 0,
      selected: filters[key].includes(value),
      ...(key === 'unions' ? { level: data.manifest.unionLevels[value] } : {}),
    }));
    const freq = corpusFrequency[key];
    values.sort(
      (a, b) =>
        b.count - a.count ||
        (freq.get(b.value) ?? 0) - (freq.get(a.value) ?? 0) ||
        compareZh(a.label, b.label),
    );
    result[key] = values;
  }
  return result;
}

function frequencies(summaries: readonly ArticleSummary[]): Record<FacetKey, Map<string, number>> {
  const out: Record<FacetKey, Map<string, number>> = {
    districts: new Map(),
    unions: new Map(),
    types: new Map(),
  };
  for (const s of summaries) {
    for (const key of FACET_KEYS) {
      for (const v of new Set(facetValuesOf(s, key))) out[key].set(v, (out[key].get(v) ?? 0) + 1);
    }
  }
  return out;
}
