import type { ArchiveManifest, UnionEntry } from '../../shared/archive-bundle';
import { compareZh } from '../shared/labels';

/** What the app derives once from the manifest. */
export interface BundleData {
  manifest: ArchiveManifest;
  /** Event type id → zh-CN label, from manifest.eventTypes. */
  typeLabels: ReadonlyMap<string, string>;
  /** Facet value → id (index in manifest.facets.*.values). */
  districtIds: ReadonlyMap<string, number>;
  typeIds: ReadonlyMap<string, number>;
}

export function bundleData(manifest: ArchiveManifest): BundleData {
  const ids = (values: readonly string[]) => new Map(values.map((v, i) => [v, i]));
  return {
    manifest,
    typeLabels: new Map(manifest.eventTypes.map((t) => [t.id, t.label])),
    districtIds: ids(manifest.facets.district.values),
    typeIds: ids(manifest.facets.type.values),
  };
}

/** unions.json, indexed: a union's id is its index in `entries`. */
export interface UnionDictionary {
  entries: readonly UnionEntry[];
  ids: ReadonlyMap<string, number>;
  /** Position of each id in zh-CN collation order, so sorting never calls the collator. */
  rank: Uint32Array;
  /** Articles per union in the whole archive, by id. */
  counts: Uint32Array;
}

export function unionDictionary(entries: readonly UnionEntry[]): UnionDictionary {
  const order = entries
    .map((_, i) => i)
    .sort((a, b) => compareZh(entries[a]!.name, entries[b]!.name));
  const rank = new Uint32Array(entries.length);
  order.forEach((id, r) => (rank[id] = r));
  return {
    entries,
    ids: new Map(entries.map((e, i) => [e.name, i])),
    rank,
    counts: Uint32Array.from(entries, (e) => e.count),
  };
}
