import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { searchShardPath, type SearchSegment } from '../../shared/archive-bundle';
import type { ShardEntries } from '../../shared/search-match';
import { manifestQueryOptions } from '../articles/manifest-query';
import { BundleError } from '../shared/bundle-error';
import { decodeOrThrow, fetchDataBytes } from '../shared/fetch-data';
import { loadEngines } from '../load-engines';

async function fetchShard(
  client: QueryClient,
  dir: string,
  n: number,
  signal: AbortSignal,
): Promise<ShardEntries> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  const segment: SearchSegment | undefined = manifest.search.segments.find((s) => s.dir === dir);
  if (!segment || !Number.isInteger(n) || n < 0 || n >= segment.shards) {
    throw new BundleError('invalid', '搜索索引分片不存在。', `${dir}/${n}`);
  }
  const file = searchShardPath(segment, n);
  const [bytes, { decodeShard }] = await Promise.all([fetchDataBytes(file, signal), loadEngines()]);
  return decodeOrThrow(file, () => decodeShard(bytes));
}

/** One shard of one search segment: entry key → body (decoded on use by the matcher). */
export function searchShardQueryOptions(client: QueryClient, dir: string, n: number) {
  return queryOptions({
    queryKey: ['search', 'shard', dir, n] as const,
    queryFn: ({ signal }) => fetchShard(client, dir, n, signal),
  });
}
