import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArticleSummary, Manifest } from '../../shared/bundle';
import { manifestQueryOptions } from './manifest-query';
import { summariesQueryOptions } from './summaries-query';

export interface BundleData {
  manifest: Manifest;
  /** Corpus order. */
  summaries: readonly ArticleSummary[];
  byId: ReadonlyMap<string, ArticleSummary>;
  /** Event type id → zh-CN label, from manifest.eventTypes. */
  typeLabels: ReadonlyMap<string, string>;
}

export type BundleState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; data: BundleData };

/** The manifest and the article summaries: everything the list and the facets need. */
export function useBundle(): BundleState {
  const client = useQueryClient();
  const manifest = useQuery(manifestQueryOptions());
  const summaries = useQuery({ ...summariesQueryOptions(client), enabled: manifest.isSuccess });

  const data = useMemo<BundleData | undefined>(() => {
    if (!manifest.data || !summaries.data) return undefined;
    return {
      manifest: manifest.data,
      summaries: summaries.data,
      byId: new Map(summaries.data.map((s) => [s.id, s])),
      typeLabels: new Map(manifest.data.eventTypes.map((t) => [t.id, t.label])),
    };
  }, [manifest.data, summaries.data]);

  const error = manifest.error ?? summaries.error;
  if (error) {
    return {
      status: 'error',
      error,
      retry: () => void client.resetQueries(),
    };
  }
  if (!data) return { status: 'pending' };
  return { status: 'ready', data };
}
