import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { loadSearchIndex, type LoadedSearchIndex } from '../../shared/search-index';
import { manifestQueryOptions } from '../articles/manifest-query';
import { BundleError } from '../shared/bundle-error';
import { fetchDataText } from '../shared/fetch-data';

async function fetchIndex(client: QueryClient, signal: AbortSignal): Promise<LoadedSearchIndex> {
  const manifest = await client.ensureQueryData(manifestQueryOptions());
  const json = await fetchDataText(manifest.files.search, signal);
  try {
    // MiniSearch validates its own serialization format (and throws on a mismatch).
    return loadSearchIndex(json);
  } catch (error) {
    throw new BundleError('invalid', '搜索索引无法读取。', String(error));
  }
}

/** The serialized MiniSearch index from the bundle, loaded on the first search. */
export function searchIndexQueryOptions(client: QueryClient) {
  return queryOptions({
    queryKey: ['search', 'index'] as const,
    queryFn: ({ signal }) => fetchIndex(client, signal),
  });
}
