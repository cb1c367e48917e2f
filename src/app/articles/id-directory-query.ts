import { queryOptions } from '@tanstack/react-query';
import {
  bucketOf,
  idShardPath,
  idShardSchema,
  type ArchiveManifest,
} from '../../shared/archive-bundle';
import { fetchDataJson } from '../shared/fetch-data';

/**
 * The id-directory shard an id hashes to (article id → corpus position). Only
 * a deep link needs it: the list already knows each row's position. Keyed by
 * the directory's folder and shard, so ids sharing a shard share one request
 * and a shard of another build's directory (another shard count, other
 * positions) is never taken for this one's.
 */
export function idShardQueryOptions(manifest: ArchiveManifest, id: string) {
  const { dir, shards } = manifest.articles.ids;
  return queryOptions({
    queryKey: ['articles', 'ids', dir, bucketOf(id, shards)] as const,
    queryFn: ({ signal }) => fetchDataJson(idShardPath(manifest, id), idShardSchema, signal),
  });
}
