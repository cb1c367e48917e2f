/**
 * Pure operations on the reader's filters: checking URL values against the data,
 * toggling values, and testing whether an article passes.
 */
import type { ArticleSummary } from '../../shared/bundle';
import { EMPTY_FILTERS, type FacetKey, type ReaderFilters } from '../../shared/paths';
import type { BundleData } from '../articles/use-bundle';
import { BEIJING_DISTRICTS } from './districts';

export interface FilterVocabulary {
  districts: ReadonlySet<string>;
  unions: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

export const FACET_KEYS: readonly FacetKey[] = ['districts', 'unions', 'types'];

export function facetValuesOf(summary: ArticleSummary, key: FacetKey): readonly string[] {
  switch (key) {
    case 'districts':
      return summary.districts;
    case 'unions':
      return summary.unions;
    case 'types':
      return summary.eventTypes;
  }
}

/** Every value a URL may name: the 16 districts, and what the data contains. */
export function filterVocabulary(data: BundleData): FilterVocabulary {
  const districts = new Set(BEIJING_DISTRICTS);
  const unions = new Set(Object.keys(data.manifest.unionLevels));
  const types = new Set(data.manifest.eventTypes.map((t) => t.id));
  for (const s of data.summaries) {
    for (const d of s.districts) districts.add(d);
    for (const u of s.unions) unions.add(u);
    for (const t of s.eventTypes) types.add(t);
  }
  return { districts, unions, types };
}

/** Drops values the data does not know (a stale or hand-edited link), keeping the rest. */
export function knownFilters(filters: ReaderFilters, vocab: FilterVocabulary): ReaderFilters {
  return {
    districts: filters.districts.filter((v) => vocab.districts.has(v)),
    unions: filters.unions.filter((v) => vocab.unions.has(v)),
    types: filters.types.filter((v) => vocab.types.has(v)),
    q: filters.q,
  };
}

export function toggleValue(filters: ReaderFilters, key: FacetKey, value: string): ReaderFilters {
  const current = filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [key]: next };
}

export function withValue(filters: ReaderFilters, key: FacetKey, value: string): ReaderFilters {
  return filters[key].includes(value) ? filters : { ...filters, [key]: [...filters[key], value] };
}

export function clearFacet(filters: ReaderFilters, key: FacetKey): ReaderFilters {
  return { ...filters, [key]: [] };
}

export function clearAllFilters(): ReaderFilters {
  return EMPTY_FILTERS;
}

export function withQuery(filters: ReaderFilters, q: string): ReaderFilters {
  return { ...filters, q };
}

/** OR within a facet, AND across facets; `except` ignores one facet (for its own counts). */
export function passesFilters(
  summary: ArticleSummary,
  filters: ReaderFilters,
  except?: FacetKey,
): boolean {
  for (const key of FACET_KEYS) {
    if (key === except) continue;
    const wanted = filters[key];
    if (wanted.length === 0) continue;
    const values = facetValuesOf(summary, key);
    if (!wanted.some((w) => values.includes(w))) return false;
  }
  return true;
}

export function activeFilterCount(filters: ReaderFilters): number {
  return filters.districts.length + filters.unions.length + filters.types.length;
}
