/**
 * What the facet panel shows: every value with its live count. Counts come from
 * the filter engine when a filter or query is active, and from the manifest's
 * corpus totals when nothing is (then they are the same numbers). Values that
 * drop to zero stay listed. Pure.
 */
import type { ReaderFilters } from '../../shared/paths';
import type { UnionLevel } from '../../shared/schema';
import type { BundleData, UnionDictionary } from '../articles/bundle-data';
import { compareZh } from '../shared/labels';
import { BEIJING_DISTRICTS } from './districts';

export interface FacetValue {
  value: string;
  label: string;
  /** Articles you would see with the other filters, the query, and this value; `undefined` while counting. */
  count: number | undefined;
  selected: boolean;
  /** Unions only: the level (undefined when unknown). */
  level?: UnionLevel | undefined;
}

/** Live counts per value id; `undefined` = not counted yet. `'corpus'` = no filter, use totals. */
export type CountSource = ArrayLike<number> | 'corpus' | undefined;

function valuesOf(
  universe: Iterable<string>,
  ids: ReadonlyMap<string, number>,
  corpus: readonly number[],
  source: CountSource,
  selected: readonly string[],
  label: (v: string) => string,
): FacetValue[] {
  const total = (v: string) => {
    const id = ids.get(v);
    return id === undefined ? 0 : (corpus[id] ?? 0);
  };
  const values = [...new Set(universe)].map((value) => {
    const id = ids.get(value);
    const count =
      source === undefined
        ? undefined
        : source === 'corpus'
          ? total(value)
          : id === undefined
            ? 0
            : (source[id] ?? 0);
    return { value, label: label(value), count, selected: selected.includes(value) };
  });
  values.sort(
    (a, b) =>
      (b.count ?? total(b.value)) - (a.count ?? total(a.value)) ||
      total(b.value) - total(a.value) ||
      compareZh(a.label, b.label),
  );
  return values;
}

export function districtValues(data: BundleData, filters: ReaderFilters, source: CountSource) {
  const { values, counts } = data.manifest.facets.district;
  return valuesOf(
    [...BEIJING_DISTRICTS, ...values, ...filters.districts],
    data.districtIds,
    counts,
    source,
    filters.districts,
    (v) => v,
  );
}

export function typeValues(data: BundleData, filters: ReaderFilters, source: CountSource) {
  const { values, counts } = data.manifest.facets.type;
  return valuesOf(
    [...data.manifest.eventTypes.map((t) => t.id), ...values, ...filters.types],
    data.typeIds,
    counts,
    source,
    filters.types,
    (v) => data.typeLabels.get(v) ?? v,
  );
}

/** The unions the facet can show, in columns: there may be ten thousand. */
export interface UnionOptions {
  names: readonly string[];
  levels: readonly (UnionLevel | undefined)[];
  /** Articles per union in the whole archive. */
  corpus: readonly number[];
  /** zh-CN order of the names. */
  rank: ArrayLike<number>;
  /** False while only the manifest's busiest unions are known (unions.json not loaded). */
  complete: boolean;
}

/**
 * The whole dictionary once unions.json is loaded (ids match the engine's counts),
 * else the manifest's top unions plus any selected ones it does not list.
 */
export function unionOptions(
  data: BundleData,
  dictionary: UnionDictionary | undefined,
  selected: readonly string[],
): UnionOptions {
  if (dictionary) {
    return {
      names: dictionary.entries.map((e) => e.name),
      levels: dictionary.entries.map((e) => e.level),
      corpus: dictionary.entries.map((e) => e.count),
      rank: dictionary.rank,
      complete: true,
    };
  }
  const { top, distinct } = data.manifest.facets.union;
  const entries: { name: string; level: UnionLevel | undefined; count: number }[] = [...top];
  for (const name of selected) {
    if (!top.some((t) => t.name === name)) entries.push({ name, level: undefined, count: 0 });
  }
  const order = entries
    .map((_, i) => i)
    .sort((a, b) => compareZh(entries[a]!.name, entries[b]!.name));
  const rank = new Uint32Array(entries.length);
  order.forEach((id, k) => (rank[id] = k));
  return {
    names: entries.map((e) => e.name),
    levels: entries.map((e) => e.level),
    corpus: entries.map((e) => e.count),
    rank,
    complete: top.length >= distinct,
  };
}

export interface UnionFacetModel extends UnionOptions {
  /** Live counts by the same index; `undefined` while counting. */
  counts: ArrayLike<number> | undefined;
  selected: readonly string[];
}
