import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArticleSummary, BodiesChunk } from '../../shared/bundle';
import {
  containsPhrase,
  searchArticles,
  searchablePhrases,
  type SearchHit,
  type SearchText,
} from '../../shared/search-index';
import { bodyChunkQueryOptions } from '../articles/body-chunk-query';
import type { BundleData } from '../articles/use-bundle';
import { searchIndexQueryOptions } from './search-index-query';
import { matchSnippet } from './snippet';

export type SearchState =
  /** No query: every article is a candidate. */
  | { status: 'idle'; phrases: readonly string[] }
  | { status: 'pending'; phrases: readonly string[] }
  | { status: 'error'; phrases: readonly string[]; error: unknown }
  /** `hits` best first; `confirming` while bodies are still loading to confirm phrases. */
  | {
      status: 'ready';
      phrases: readonly string[];
      hits: readonly SearchHit[];
      matches: readonly ArticleSummary[];
      /** A body passage for hits whose title and excerpt do not show any phrase. */
      snippets: ReadonlyMap<string, string>;
      confirming: boolean;
    };

type ChunkResult = { data?: BodiesChunk | undefined; isPending: boolean };

// Module-level so TanStack Query can memoise the combined result between renders.
function combineChunks(results: ChunkResult[]) {
  return { data: results.map((r) => r.data), pending: results.some((r) => r.isPending) };
}

/**
 * Runs the query against the bundle's index. While a query is active, the body chunks
 * are loaded too so every phrase can be confirmed verbatim (see ADR 0005).
 */
export function useSearch(query: string, bundle: BundleData | undefined): SearchState {
  const client = useQueryClient();
  const phrases = useMemo(() => searchablePhrases(query), [query]);
  const active = phrases.length > 0 && bundle !== undefined;
  const index = useQuery({ ...searchIndexQueryOptions(client), enabled: active });
  const chunkCount = bundle?.manifest.files.bodies.length ?? 0;
  const chunks = useQueries({
    queries: Array.from({ length: active ? chunkCount : 0 }, (_, i) =>
      bodyChunkQueryOptions(client, i),
    ),
    combine: combineChunks,
  });

  const result = useMemo(() => {
    if (!active || !index.data || !bundle) return undefined;
    const texts = new Map<string, SearchText>();
    for (const s of bundle.summaries) {
      texts.set(s.id, {
        headlines: s.headlines,
        excerpt: s.excerpt,
        paragraphs: chunks.data[s.bodyChunk]?.[s.id],
      });
    }
    const hits = searchArticles(index.data, phrases.join(' '), texts);
    const matches = hits.flatMap((h) => bundle.byId.get(h.id) ?? []);
    const snippets = new Map<string, string>();
    for (const m of matches) {
      const shown = [m.title, m.excerpt].some((t) => phrases.some((p) => containsPhrase(t, p)));
      const body = texts.get(m.id)?.paragraphs;
      const snippet = !shown && body ? matchSnippet(body, phrases) : undefined;
      if (snippet) snippets.set(m.id, snippet);
    }
    return { hits, matches, snippets };
  }, [active, index.data, bundle, phrases, chunks.data]);

  if (phrases.length === 0) return { status: 'idle', phrases };
  if (index.error) return { status: 'error', phrases, error: index.error };
  if (!result) return { status: 'pending', phrases };
  return { status: 'ready', phrases, ...result, confirming: chunks.pending };
}
