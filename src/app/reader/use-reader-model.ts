import { useDeferredValue, useMemo } from 'react';
import type { ArticleSummary } from '../../shared/bundle';
import { useBundle } from '../articles/use-bundle';
import { computeFacets } from '../filters/facets';
import { filterVocabulary, passesFilters } from '../filters/filter-model';
import { useReaderFilters } from '../filters/use-reader-filters';
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
  return { bundle, data, filters, setFilters, search, results, facets };
}

export type ReaderModel = ReturnType<typeof useReaderModel>;
