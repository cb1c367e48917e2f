import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo } from 'react';
import type { ArticleSummary } from '../../shared/bundle';
import { useBundle } from '../articles/use-bundle';
import { computeFacets } from '../filters/facets';
import { filterVocabulary, passesFilters } from '../filters/filter-model';
import { useReaderFilters } from '../filters/use-reader-filters';
import { searchIndexQueryOptions } from '../search/search-index-query';
import { useSearch } from '../search/use-search';

const NONE: readonly ArticleSummary[] = [];

/**
 * Everything the reader shows, derived from the URL and the bundle: the filters,
 * the search state, the results (query ∩ filters, in relevance or corpus order)
 * and the live facet counts.
 */
export function useReaderModel() {
  const bundle = useBundle();
  const data = bundle.status === 'ready' ? bundle.data : undefined;
  const vocab = useMemo(() => (data ? filterVocabulary(data) : undefined), [data]);
  const { filters, setFilters } = useReaderFilters(vocab);
  // Typing stays responsive: results follow the query at a lower priority.
  const query = useDeferredValue(filters.q);
  const search = useSearch(query, data);
  // True while the results still belong to an older query (typing ahead of them).
  const searching = query !== filters.q || search.status === 'pending';

  // Fetch the search index when the browser is idle, so the first search is instant.
  const client = useQueryClient();
  useEffect(() => {
    if (!data) return;
    const prefetch = () => void client.prefetchQuery(searchIndexQueryOptions(client));
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(prefetch, 1500);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(prefetch, { timeout: 4000 });
    return () => window.cancelIdleCallback(handle);
  }, [client, data]);

  const candidates =
    search.status === 'idle'
      ? (data?.summaries ?? NONE)
      : search.status === 'ready'
        ? search.matches
        : NONE;
  const results = useMemo(
    () => candidates.filter((s) => passesFilters(s, filters)),
    [candidates, filters],
  );
  const facets = useMemo(
    () => (data ? computeFacets(candidates, filters, data) : undefined),
    [candidates, filters, data],
  );
  return { bundle, data, filters, setFilters, search, searching, results, facets };
}

export type ReaderModel = ReturnType<typeof useReaderModel>;
