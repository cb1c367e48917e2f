import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ArticleSummary } from '../../shared/bundle';
import { BundleError } from '../shared/bundle-error';
import { bodyChunkQueryOptions } from './body-chunk-query';
import { summariesQueryOptions } from './summaries-query';

export interface ArticleDetail {
  summary: ArticleSummary;
  paragraphs: readonly string[];
}

const ID = /^[A-Za-z0-9_-]+$/;

async function fetchDetail(client: QueryClient, id: string): Promise<ArticleDetail | null> {
  if (!ID.test(id)) return null;
  const summaries = await client.ensureQueryData(summariesQueryOptions(client));
  const summary = summaries.find((s) => s.id === id);
  if (!summary) return null;
  const chunk = await client.ensureQueryData(bodyChunkQueryOptions(client, summary.bodyChunk));
  const paragraphs = chunk[id];
  if (!paragraphs) throw new BundleError('invalid', '找不到这篇文章的正文。', id);
  return { summary, paragraphs };
}

/** One article with its body; `null` when no article has this id. */
export function articleDetailQueryOptions(client: QueryClient, id: string) {
  return queryOptions({
    queryKey: ['articles', 'detail', id] as const,
    queryFn: () => fetchDetail(client, id),
  });
}
