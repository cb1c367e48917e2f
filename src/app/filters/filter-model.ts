/**
 * Pure operations on the reader's filters: checking URL values against the data
 * and toggling values.
 */
import { EMPTY_FILTERS, type FacetKey, type ReaderFilters } from '../../shared/paths';
import type { BundleData, UnionDictionary } from '../articles/bundle-data';
import { BEIJING_DISTRICTS } from './districts';

export interface FilterVocabulary {
  districts: ReadonlySet<string>;
  types: ReadonlySet<string>;
  /** `undefined` until unions.json is loaded: union values are then kept as they are. */
  unions: ReadonlySet<string> | undefined;
}

export const FACET_KEYS: readonly FacetKey[] = ['districts', 'unions', 'types'];

/** Every value a URL may name: the 16 districts, and what the data contains. */
export function filterVocabulary(
  data: BundleData,
  unions: UnionDictionary | undefined,
): FilterVocabulary {
  const { facets, eventTypes } = data.manifest;
  return {
    districts: new Set([...BEIJING_DISTRICTS, ...facets.district.values]),
    types: new Set([...eventTypes.map((t) => t.id), ...facets.type.values]),
    unions: unions ? new Set(unions.ids.keys()) : undefined,
  };
}

/** Drops values the data does not know (a stale or hand-edited link), keeping the rest. */
export function knownFilters(filters: ReaderFilters, vocab: FilterVocabulary): ReaderFilters {
  const { unions } = vocab;
  return {
    ...filters,
    districts: filters.districts.filter((v) => vocab.districts.has(v)),
    unions: unions ? filters.unions.filter((v) => unions.has(v)) : filters.unions,
    types: filters.types.filter((v) => vocab.types.has(v)),
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

/** Every filter, the date range and the query go; the chosen order stays. */
export function clearAllFilters(filters?: ReaderFilters): ReaderFilters {
  return filters?.sort ? { ...EMPTY_FILTERS, sort: filters.sort } : EMPTY_FILTERS;
}

/** The publication period (from/to as in the URL; undefined clears it). */
export function withPeriod(filters: ReaderFilters, from?: string, to?: string): ReaderFilters {
  const next = { ...filters, from, to };
  if (!from) delete next.from;
  if (!to) delete next.to;
  return next;
}

export function withQuery(filters: ReaderFilters, q: string): ReaderFilters {
  return { ...filters, q };
}

/** Facet values selected, plus one for a date range. */
export function activeFilterCount(filters: ReaderFilters): number {
  return (
    filters.districts.length +
    filters.unions.length +
    filters.types.length +
    (filters.from || filters.to ? 1 : 0)
  );
}
