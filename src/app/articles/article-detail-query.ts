import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  articleBucketPath,
  articleBucketSchema,
  type ArticleRecord,
} from '../../shared/archive-bundle';
import { BundleError, isBundleError } from '../shared/bundle-error';
import { fetchDataJson } from '../shared/fetch-data';
import { manifestQueryOptions } from './manifest-query';

const ID = /^[A-Za-z0-9_-]+$/;

async function fetchDetail(
  client: QueryClient,
  id: string,
  signal: AbortSignal,
): Promise<ArticleRecord | null> {
  if (!ID.test(id)) return null;
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  const file = articleBucketPath(manifest, id);
  let bucket;
  try {
    bucket = await fetchDataJson(file, articleBucketSchema, signal);
  } catch (error) {
    // The ingest writes no file for a bucket no article falls into: an unknown id.
    if (isBundleError(error) && error.kind === 'missing') return null;
    throw error;
  }
  const record = Object.hasOwn(bucket, id) ? bucket[id] : undefined;
  if (!record) return null;
  if (
    record.id !== id ||
    !Number.isInteger(record.index) ||
    record.index < 0 ||
    record.index >= manifest.articleCount
  ) {
    throw new BundleError('invalid', '文章数据与编号不符。', `${file}: ${id}`);
  }
  return record;
}

/**
 * One article, in full, from its bucket (articleBucketPath): one request. `null`
 * when no article has this id. The record's `index` is its corpus position.
 */
export function articleDetailQueryOptions(client: QueryClient, id: string) {
  return queryOptions({
    queryKey: ['articles', 'detail', id] as const,
    queryFn: ({ signal }) => fetchDetail(client, id, signal),
  });
}
