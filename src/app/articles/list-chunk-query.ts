import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  listChunkPath,
  listChunkSchema,
  type ArchiveManifest,
  type ListRow,
} from '../../shared/archive-bundle';
import { BundleError } from '../shared/bundle-error';
import { fetchDataJson } from '../shared/fetch-data';
import { manifestQueryOptions } from './manifest-query';

async function fetchChunk(client: QueryClient, n: number, signal: AbortSignal): Promise<ListRow[]> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  if (!Number.isInteger(n) || n < 0 || n >= manifest.list.chunks) {
    throw new BundleError('invalid', '文章列表分块不存在。', String(n));
  }
  const file = listChunkPath(manifest, n);
  const rows = await fetchDataJson(file, listChunkSchema, signal);
  const expected = Math.min(
    manifest.list.chunkSize,
    manifest.articleCount - n * manifest.list.chunkSize,
  );
  if (rows.length !== expected) {
    throw new BundleError(
      'invalid',
      '文章列表分块的长度不对。',
      `${file}: ${rows.length} ≠ ${expected}`,
    );
  }
  const districts = manifest.facets.district.values.length;
  const types = manifest.facets.type.values.length;
  for (const row of rows) {
    if (row.district.some((d) => d >= districts) || row.type.some((t) => t >= types)) {
      throw new BundleError('invalid', '文章指向不存在的筛选值。', row.id);
    }
  }
  return rows;
}

/**
 * List rows at corpus positions [n × chunkSize, (n + 1) × chunkSize): what the
 * result list shows. Fetched on demand for the rows on screen.
 */
export function listChunkQueryOptions(client: QueryClient, n: number) {
  return queryOptions({
    queryKey: ['articles', 'list', n] as const,
    queryFn: ({ signal }) => fetchChunk(client, n, signal),
  });
}

/** The corpus position of an id if a loaded list chunk shows it. */
export function listedPosition(
  client: QueryClient,
  manifest: ArchiveManifest,
  id: string,
): number | undefined {
  for (const [key, rows] of client.getQueriesData<ListRow[]>({ queryKey: ['articles', 'list'] })) {
    const n = key[2];
    const at = rows?.findIndex((r) => r.id === id) ?? -1;
    if (typeof n === 'number' && at >= 0) return n * manifest.list.chunkSize + at;
  }
  return undefined;
}
