import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { manifestQueryOptions } from '../articles/manifest-query';
import { loadEngines } from '../load-engines';
import { dayOf } from '../../shared/periods';

/**
 * Every article's publication day (the date column, decoded: date-index.ts), for
 * date filters, the timeline and date order. The fetching code is in the engines chunk.
 */
export function dateIndexQueryOptions(client: QueryClient) {
  return queryOptions({
    queryKey: ['archive', 'dates'] as const,
    queryFn: async ({ signal }) => {
      const manifest = await client.ensureQueryData(manifestQueryOptions());
      const span: [number, number] = manifest.dates
        ? [dayOf(manifest.dates.first), dayOf(manifest.dates.last)]
        : [0, 0];
      return (await loadEngines()).fetchDateIndex(manifest, span, signal);
    },
    structuralSharing: false,
  });
}
