import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { bucketOf, idShardPath, idShardSchema } from '../../shared/archive-bundle';
import { fetchDataJson } from '../shared/fetch-data';
import { manifestQueryOptions } from './manifest-query';

async function fetchIdShard(
  client: QueryClient,
  id: string,
  signal: AbortSignal,
): Promise<Record<string, number>> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  return fetchDataJson(idShardPath(manifest, id), idShardSchema, signal);
}

/**
 * The id-directory shard an id hashes to (article id → corpus position). Only
 * a deep link needs it: the list already knows each row's position. Keyed by
 * shard, so ids sharing a shard share one request.
 */
export function idShardQueryOptions(client: QueryClient, id: string, shards: number) {
  return queryOptions({
    queryKey: ['articles', 'ids', bucketOf(id, shards)] as const,
    queryFn: ({ signal }) => fetchIdShard(client, id, signal),
  });
}
