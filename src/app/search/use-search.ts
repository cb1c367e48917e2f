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
 * At most this many body chunks are fetched to confirm one query. Hits in further
 * chunks stay in the results unconfirmed (all their bigrams matched), so a search
 * over a very large archive never downloads the whole archive. See ADR 0005.
 */
export const MAX_CONFIRM_CHUNKS = 6;

/**
 * Runs the query against the bundle's index and confirms each phrase verbatim.
 * Hits whose headlines or excerpt already show every phrase need nothing more; for
 * the rest, the body chunks that hold them are fetched (best hits first, capped).
 */
export function useSearch(query: string, bundle: BundleData | undefined): SearchState {
  const client = useQueryClient();
  const phrases = useMemo(() => searchablePhrases(query), [query]);
  const active = phrases.length > 0 && bundle !== undefined;
  const index = useQuery({ ...searchIndexQueryOptions(client), enabled: active });

  // Which chunks are needed depends only on the index and the summaries, never on
  // which chunks have arrived, so the set is stable while they load.
  const neededChunks = useMemo(() => {
    if (!active || !index.data || !bundle) return [];
    const summaryTexts = new Map<string, SearchText>(
      bundle.summaries.map((s) => [s.id, { headlines: s.headlines, excerpt: s.excerpt }]),
    );
    const chunks: number[] = [];
    for (const hit of searchArticles(index.data, phrases.join(' '), summaryTexts)) {
      const chunk = bundle.byId.get(hit.id)?.bodyChunk;
      if (hit.verified || chunk === undefined || chunks.includes(chunk)) continue;
      chunks.push(chunk);
      if (chunks.length >= MAX_CONFIRM_CHUNKS) break;
    }
    return chunks;
  }, [active, index.data, bundle, phrases]);

  const chunks = useQueries({
    queries: neededChunks.map((i) => bodyChunkQueryOptions(client, i)),
    combine: combineChunks,
  });

  const result = useMemo(() => {
    if (!active || !index.data || !bundle) return undefined;
    const loaded = new Map<number, BodiesChunk>();
    neededChunks.forEach((chunk, i) => {
      const data = chunks.data[i];
      if (data) loaded.set(chunk, data);
    });
    const texts = new Map<string, SearchText>();
    for (const s of bundle.summaries) {
      texts.set(s.id, {
        headlines: s.headlines,
        excerpt: s.excerpt,
        paragraphs: loaded.get(s.bodyChunk)?.[s.id],
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
  }, [active, index.data, bundle, phrases, neededChunks, chunks.data]);

  if (phrases.length === 0) return { status: 'idle', phrases };
  if (index.error) return { status: 'error', phrases, error: index.error };
  if (!result) return { status: 'pending', phrases };
  return { status: 'ready', phrases, ...result, confirming: chunks.pending };
}
