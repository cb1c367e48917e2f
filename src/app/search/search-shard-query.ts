import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { searchShardPath } from '../../shared/archive-bundle';
import { manifestQueryOptions } from '../articles/manifest-query';
import { BundleError } from '../shared/bundle-error';
import { decodeOrThrow, fetchDataBytes } from '../shared/fetch-data';
import { loadEngines } from '../load-engines';
import type { DecodedShard } from './search-match';

async function fetchShard(
  client: QueryClient,
  n: number,
  signal: AbortSignal,
): Promise<DecodedShard> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  if (!Number.isInteger(n) || n < 0 || n >= manifest.search.shards) {
    throw new BundleError('invalid', '搜索索引分片不存在。', String(n));
  }
  const file = searchShardPath(manifest, n);
  const [bytes, { decodeShard }] = await Promise.all([fetchDataBytes(file, signal), loadEngines()]);
  return decodeOrThrow(file, () => decodeShard(bytes));
}

/** One search shard: token → posting bytes (decoded lazily by search-engine.ts). */
export function searchShardQueryOptions(client: QueryClient, n: number) {
  return queryOptions({
    queryKey: ['search', 'shard', n] as const,
    queryFn: ({ signal }) => fetchShard(client, n, signal),
  });
}
