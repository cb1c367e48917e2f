import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { summariesFileSchema, type ArticleSummary } from '../../shared/bundle';
import { BundleError } from '../shared/bundle-error';
import { fetchDataJson } from '../shared/fetch-data';
import { manifestQueryOptions } from './manifest-query';

async function fetchSummaries(client: QueryClient, signal: AbortSignal): Promise<ArticleSummary[]> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  const summaries = await fetchDataJson(manifest.files.summaries, summariesFileSchema, signal);
  const ids = new Set<string>();
  for (const s of summaries) {
    if (ids.has(s.id)) throw new BundleError('invalid', '数据中有重复的文章编号。', s.id);
    if (s.bodyChunk >= manifest.files.bodies.length) {
      throw new BundleError('invalid', '文章指向不存在的正文分块。', s.id);
    }
    ids.add(s.id);
  }
  return summaries;
}

/** All article summaries, in corpus order (page order, then position on the page). */
export function summariesQueryOptions(client: QueryClient) {
  return queryOptions({
    queryKey: ['articles', 'summaries'] as const,
    queryFn: ({ signal }) => fetchSummaries(client, signal),
  });
}
