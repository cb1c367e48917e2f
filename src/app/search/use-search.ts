import { useQueries, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArchiveManifest } from '../../shared/archive-bundle';
import type { SegmentShards, ShardEntries } from '../../shared/search-match';
import { highlightPhrases, parseQuery } from '../../shared/search-query';
import { enginesQueryOptions } from '../load-engines';
import { searchShardQueryOptions } from './search-shard-query';

export type SearchState =
  /** No query: every article is a candidate. */
  | { status: 'idle'; phrases: readonly string[] }
  | { status: 'pending'; phrases: readonly string[] }
  | { status: 'error'; phrases: readonly string[]; error: unknown }
  /**
   * `matches`: ascending corpus positions of the articles holding every term and no
   * excluded one; `ranked`: the same positions by relevance (search-match.ts runQuery).
   */
  | { status: 'ready'; phrases: readonly string[]; matches: Uint32Array; ranked: Uint32Array };

// Module-level so TanStack Query memoises the combined result between renders.
function combineShards(results: UseQueryResult<ShardEntries>[]) {
  return {
    data: results.map((r) => r.data),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

/**
 * Runs a query against the search index: fetches, in every segment, only the
 * shards of the query's characters (cached by react-query, key
 * ['search', 'shard', dir, n]) and matches exactly (docs/decisions/0010-exact-search.md).
 */
export function useSearch(query: string, manifest: ArchiveManifest | undefined): SearchState {
  const client = useQueryClient();
  const terms = useMemo(() => parseQuery(query), [query]);
  const phrases = useMemo(() => highlightPhrases(terms), [terms]);
  const runnable = terms.length > 0;
  // Matching code comes with the first search (or earlier, on intent: see the reader model).
  const engines = useQuery({ ...enginesQueryOptions(), enabled: runnable });
  const segments = manifest?.search.segments;
  const needed = useMemo(
    () =>
      runnable && segments && engines.data
        ? segments.flatMap((seg) =>
            engines.data.shardsForTerms(terms, seg.shards).map((n) => ({ seg, n })),
          )
        : [],
    [runnable, segments, engines.data, terms],
  );
  const loaded = useQueries({
    queries: needed.map(({ seg, n }) => searchShardQueryOptions(client, seg.dir, n)),
    combine: combineShards,
  });

  const result = useMemo(() => {
    const run = engines.data?.runQuery;
    if (!run || !segments || needed.length === 0 || loaded.data.some((d) => d === undefined))
      return undefined;
    const byDir = new Map<string, Map<number, ShardEntries>>();
    needed.forEach(({ seg, n }, i) => {
      let shards = byDir.get(seg.dir);
      if (!shards) byDir.set(seg.dir, (shards = new Map()));
      shards.set(n, loaded.data[i]!);
    });
    const readers: SegmentShards[] = segments.map((seg) => ({
      start: seg.start,
      count: seg.count,
      shardCount: seg.shards,
      shard: (n) => byDir.get(seg.dir)?.get(n),
    }));
    return run(readers, terms);
  }, [engines.data, segments, needed, loaded.data, terms]);

  if (!runnable) return { status: 'idle', phrases };
  const error = engines.error ?? loaded.error;
  if (error) return { status: 'error', phrases, error };
  if (!result) return { status: 'pending', phrases };
  return { status: 'ready', phrases, matches: result.matches, ranked: result.ranked };
}
