import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  listChunkPath,
  listChunkSchema,
  segmentAt,
  type ArchiveManifest,
  type ListRow,
} from '../../shared/archive-bundle';
import { BundleError } from '../shared/bundle-error';
import { fetchDataJson } from '../shared/fetch-data';

async function fetchChunk(
  manifest: ArchiveManifest,
  n: number,
  signal: AbortSignal,
): Promise<ListRow[]> {
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

/** The folder of the list segment holding chunk n ('' past the end: the fetch then fails). */
const chunkFolder = (manifest: ArchiveManifest, n: number) =>
  segmentAt(manifest.list.segments, manifest.segmentSize, n * manifest.list.chunkSize)?.dir ?? '';

/**
 * List rows at corpus positions [n × chunkSize, (n + 1) × chunkSize): what the
 * result list shows. Fetched on demand for the rows on screen. Keyed by the
 * segment's folder too, so rows of another build's manifest (positions move
 * when pages are inserted) never stand in for this one's.
 */
export function listChunkQueryOptions(manifest: ArchiveManifest, n: number) {
  return queryOptions({
    queryKey: ['articles', 'list', chunkFolder(manifest, n), n] as const,
    queryFn: ({ signal }) => fetchChunk(manifest, n, signal),
  });
}

/** The corpus position of an id if a loaded list chunk of this manifest shows it. */
export function listedPosition(
  client: QueryClient,
  manifest: ArchiveManifest,
  id: string,
): number | undefined {
  for (const [key, rows] of client.getQueriesData<ListRow[]>({ queryKey: ['articles', 'list'] })) {
    const [, , folder, n] = key;
    if (typeof n !== 'number' || folder !== chunkFolder(manifest, n)) continue;
    const at = rows?.findIndex((r) => r.id === id) ?? -1;
    if (at >= 0) return n * manifest.list.chunkSize + at;
  }
  return undefined;
}
