import { useQueries, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArchiveManifest } from '../../shared/archive-bundle';
import { enginesQueryOptions } from '../load-engines';
import { analyzeQuery } from './search-engine';
import type { DecodedShard } from './search-match';
import { searchShardQueryOptions } from './search-shard-query';

export type SearchState =
  /** No query: every article is a candidate. */
  | { status: 'idle'; phrases: readonly string[] }
  /** A phrase of one Han character: the bigram index cannot look it up. */
  | { status: 'too-short'; phrases: readonly string[]; tooShort: readonly string[] }
  | { status: 'pending'; phrases: readonly string[] }
  | { status: 'error'; phrases: readonly string[]; error: unknown }
  /** `matches`: ascending corpus positions of the articles holding every token. */
  | { status: 'ready'; phrases: readonly string[]; matches: Uint32Array };

// Module-level so TanStack Query memoises the combined result between renders.
function combineShards(results: UseQueryResult<DecodedShard>[]) {
  return {
    data: results.map((r) => r.data),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

/**
 * Runs a query against the sharded index: fetches only the shards its tokens
 * live in (cached by react-query, key ['search', 'shard', n]) and intersects the
 * posting lists.
 */
export function useSearch(query: string, manifest: ArchiveManifest | undefined): SearchState {
  const client = useQueryClient();
  const analyzed = useMemo(() => analyzeQuery(query), [query]);
  const shardCount = manifest?.search.shards ?? 0;
  const runnable = analyzed.tooShort.length === 0 && analyzed.tokens.length > 0;
  // Matching code comes with the first search (or earlier, on intent: see the reader model).
  const engines = useQuery({ ...enginesQueryOptions(), enabled: runnable });
  const shards = useMemo(
    () =>
      runnable && manifest && engines.data
        ? engines.data.shardsFor(analyzed.tokens, shardCount)
        : [],
    [runnable, manifest, engines.data, analyzed, shardCount],
  );
  const loaded = useQueries({
    queries: shards.map((n) => searchShardQueryOptions(client, n)),
    combine: combineShards,
  });

  const matches = useMemo(() => {
    const match = engines.data?.matchQuery;
    if (!match || shards.length === 0 || loaded.data.some((d) => d === undefined)) return undefined;
    const byNumber = new Map<number, DecodedShard>();
    shards.forEach((n, i) => byNumber.set(n, loaded.data[i]!));
    return match(analyzed.tokens, byNumber, shardCount);
  }, [engines.data, shards, loaded.data, analyzed, shardCount]);

  const { phrases, tooShort } = analyzed;
  if (phrases.length === 0) return { status: 'idle', phrases };
  if (tooShort.length > 0) return { status: 'too-short', phrases, tooShort };
  const error = engines.error ?? loaded.error;
  if (error) return { status: 'error', phrases, error };
  if (!matches) return { status: 'pending', phrases };
  return { status: 'ready', phrases, matches };
}
