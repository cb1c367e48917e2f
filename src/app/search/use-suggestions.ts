import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ReaderFilters } from '../../shared/paths';
import type { BundleData } from '../articles/bundle-data';
import { unionsQueryOptions } from '../filters/facet-index-query';
import { enginesQueryOptions } from '../load-engines';
import { typedWord, type Suggestion } from './typed-word';

/**
 * Suggestions for the word being typed in the search field (`typing`: the
 * field is being edited, not a query from the URL). Districts and event types
 * come from the manifest; unions from unions.json, loaded with the first typed
 * word (until then, the busiest unions the manifest lists).
 */
export function useSuggestions(
  data: BundleData | undefined,
  filters: ReaderFilters | undefined,
  editing: boolean,
): Suggestion[] {
  const client = useQueryClient();
  const word = filters ? typedWord(filters.q) : '';
  const typing = editing && data !== undefined && word !== '';
  const unions = useQuery({ ...unionsQueryOptions(client), enabled: typing });
  // The matching code is in the engines chunk, which the first search loads anyway.
  const engines = useQuery({ ...enginesQueryOptions(), enabled: typing });
  const suggest = engines.data;
  const candidates = useMemo(() => {
    if (!data || !suggest) return undefined;
    const { facets } = data.manifest;
    return suggest.suggestionCandidates({
      districts: facets.district.values.map((value, i) => ({
        value,
        count: facets.district.counts[i] ?? 0,
      })),
      types: facets.type.values.map((value, i) => ({
        value,
        label: data.typeLabels.get(value) ?? value,
        count: facets.type.counts[i] ?? 0,
      })),
      unions: (unions.data ?? facets.union.top).map((u) => ({ value: u.name, count: u.count })),
    });
  }, [data, suggest, unions.data]);
  return useMemo(
    () =>
      typing && suggest && candidates && filters
        ? suggest.suggestFilters(word, candidates, filters)
        : [],
    [typing, suggest, candidates, word, filters],
  );
}
