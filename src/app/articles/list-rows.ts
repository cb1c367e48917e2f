import { useQueries, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArchiveManifest, ListRow } from '../../shared/archive-bundle';
import { articleDetailQueryOptions } from './article-detail-query';
import { listChunkQueryOptions, listedPosition } from './list-chunk-query';
import { manifestQueryOptions } from './manifest-query';

export const chunkOf = (manifest: ArchiveManifest, position: number): number =>
  Math.floor(position / manifest.list.chunkSize);

export interface ListRows {
  /** The row at a corpus position, when its chunk is loaded. */
  get(position: number): ListRow | undefined;
  /** Some requested rows are still loading. */
  pending: boolean;
  error: unknown;
}

function combineChunks(results: UseQueryResult<ListRow[]>[]) {
  return {
    data: results.map((r) => r.data),
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

/** The list rows at the given corpus positions, fetching the chunks they live in. */
export function useListRows(
  manifest: ArchiveManifest | undefined,
  positions: readonly number[],
): ListRows {
  const chunkKey = manifest
    ? [...new Set(positions.map((p) => chunkOf(manifest, p)))].sort((a, b) => a - b).join(',')
    : '';
  const chunks = useMemo(() => (chunkKey ? chunkKey.split(',').map(Number) : []), [chunkKey]);
  const loaded = useQueries({
    queries: manifest ? chunks.map((n) => listChunkQueryOptions(manifest, n)) : [],
    combine: combineChunks,
  });
  return useMemo(() => {
    const byChunk = new Map<number, ListRow[]>();
    chunks.forEach((n, i) => {
      const rows = loaded.data[i];
      if (rows) byChunk.set(n, rows);
    });
    return {
      get: (p: number) =>
        manifest ? byChunk.get(chunkOf(manifest, p))?.[p % manifest.list.chunkSize] : undefined,
      pending: loaded.pending,
      error: loaded.error,
    };
  }, [chunks, loaded, manifest]);
}

/** The row at a corpus position, fetching its chunk if needed. */
export async function fetchRow(
  client: QueryClient,
  manifest: ArchiveManifest,
  position: number,
): Promise<ListRow | undefined> {
  const rows = await client.ensureQueryData(
    listChunkQueryOptions(manifest, chunkOf(manifest, position)),
  );
  return rows[position % manifest.list.chunkSize];
}

/** The row at a corpus position if its chunk is cached. */
export function cachedRow(
  client: QueryClient,
  manifest: ArchiveManifest,
  position: number,
): ListRow | undefined {
  const chunk = client.getQueryData(
    listChunkQueryOptions(manifest, chunkOf(manifest, position)).queryKey,
  );
  return chunk?.[position % manifest.list.chunkSize];
}

/** The corpus position of an article id, from what is already cached (its record or a list chunk). */
export function cachedPosition(client: QueryClient, id: string): number | undefined {
  const record = client.getQueryData(articleDetailQueryOptions(client, id).queryKey);
  if (record) return record.index;
  const manifest = client.getQueryData(manifestQueryOptions().queryKey);
  return manifest ? listedPosition(client, manifest, id) : undefined;
}
