import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  FACET_FILES,
  UNIONS_FILE,
  unionsFileSchema,
  type ArchiveManifest,
  type UnionEntry,
} from '../../shared/archive-bundle';
import type { FacetColumn } from '../../shared/facet-index';
import { manifestQueryOptions } from '../articles/manifest-query';
import { loadEngines } from '../load-engines';
import { BundleError } from '../shared/bundle-error';
import { decodeOrThrow, fetchDataBytes, fetchDataJson } from '../shared/fetch-data';

export type FacetKind = keyof typeof FACET_FILES;

function valueCount(manifest: ArchiveManifest, kind: FacetKind): number {
  switch (kind) {
    case 'district':
      return manifest.facets.district.values.length;
    case 'type':
      return manifest.facets.type.values.length;
    case 'union':
      return manifest.facets.union.distinct;
  }
}

async function fetchColumn(
  client: QueryClient,
  kind: FacetKind,
  signal: AbortSignal,
): Promise<FacetColumn> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  const file = `${manifest.facetIndex.dir}/${FACET_FILES[kind]}`;
  const [bytes, { decodeFacetColumn }] = await Promise.all([
    fetchDataBytes(file, signal),
    loadEngines(),
  ]);
  const column = decodeOrThrow(file, () => decodeFacetColumn(bytes));
  if (column.offsets.length !== manifest.articleCount + 1) {
    throw new BundleError('invalid', '筛选索引的文章数与清单不符。', file);
  }
  const limit = valueCount(manifest, kind);
  for (const v of column.values) {
    if (v >= limit) throw new BundleError('invalid', '筛选索引指向不存在的值。', `${file}: ${v}`);
  }
  return column;
}

/** The value ids of every article for one facet (facet-index.ts), for the filter engine. */
export function facetColumnQueryOptions(client: QueryClient, kind: FacetKind) {
  return queryOptions({
    queryKey: ['facets', 'column', kind] as const,
    queryFn: ({ signal }) => fetchColumn(client, kind, signal),
  });
}

async function fetchUnions(client: QueryClient, signal: AbortSignal): Promise<UnionEntry[]> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  const file = `${manifest.facetIndex.dir}/${UNIONS_FILE}`;
  const unions = await fetchDataJson(file, unionsFileSchema, signal);
  if (unions.length !== manifest.facets.union.distinct) {
    throw new BundleError('invalid', '工会名录的长度与清单不符。', file);
  }
  return unions;
}

/** Every union (name, level, article count); a union's id is its index here. */
export function unionsQueryOptions(client: QueryClient) {
  return queryOptions({
    queryKey: ['facets', 'unions'] as const,
    queryFn: ({ signal }) => fetchUnions(client, signal),
  });
}
