import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  articleBucketPath,
  articleBucketSchema,
  type ArchiveManifest,
  type ArticleRecord,
} from '../../shared/archive-bundle';
import { BundleError } from '../shared/bundle-error';
import { fetchDataJson } from '../shared/fetch-data';
import { idShardQueryOptions } from './id-directory-query';
import { listedPosition } from './list-chunk-query';
import { manifestQueryOptions } from './manifest-query';

const ID = /^[A-Za-z0-9_-]+$/;

/** Where an id sits in the corpus: from a list chunk already loaded, else from the id directory. */
async function positionOf(
  client: QueryClient,
  manifest: ArchiveManifest,
  id: string,
): Promise<number | undefined> {
  const listed = listedPosition(client, manifest, id);
  if (listed !== undefined) return listed;
  const shard = await client.ensureQueryData(idShardQueryOptions(manifest, id));
  return Object.hasOwn(shard, id) ? shard[id] : undefined;
}

async function fetchDetail(
  client: QueryClient,
  id: string,
  signal: AbortSignal,
): Promise<ArticleRecord | null> {
  if (!ID.test(id)) return null;
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  const position = await positionOf(client, manifest, id);
  if (position === undefined) return null;
  if (!Number.isInteger(position) || position < 0 || position >= manifest.articleCount) {
    throw new BundleError('invalid', '文章编号指向不存在的位置。', `${id}: ${position}`);
  }
  const file = articleBucketPath(manifest, position);
  const bucket = await fetchDataJson(file, articleBucketSchema, signal);
  const record = Object.hasOwn(bucket, id) ? bucket[id] : undefined;
  if (!record || record.id !== id || record.index !== position) {
    throw new BundleError('invalid', '文章数据与编号不符。', `${file}: ${id}`);
  }
  return record;
}

/**
 * One article, in full, from its bucket (articleBucketPath): one request when
 * the list already showed it, two on a cold deep link (its id-directory shard,
 * then the bucket). `null` when no article has this id. The record's `index`
 * is its corpus position.
 */
export function articleDetailQueryOptions(client: QueryClient, id: string) {
  return queryOptions({
    queryKey: ['articles', 'detail', id] as const,
    queryFn: ({ signal }) => fetchDetail(client, id, signal),
  });
}
