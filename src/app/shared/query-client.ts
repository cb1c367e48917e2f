import { QueryClient } from '@tanstack/react-query';
import { isBundleError } from './bundle-error';

/**
 * The bundle is static and content-hashed: once fetched it never goes stale.
 * Network hiccups are retried twice; bundle errors (missing, invalid) are not.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isBundleError(error) && failureCount < 2,
      },
    },
  });
}
