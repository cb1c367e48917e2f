import { queryOptions } from '@tanstack/react-query';
import type * as EnginesModule from './engines';

export type Engines = typeof EnginesModule;

export const loadEngines = (): Promise<Engines> => import('./engines');

/** The engines chunk as a query, so components can wait for it like for data. */
export function enginesQueryOptions() {
  return queryOptions({
    queryKey: ['app', 'engines'] as const,
    queryFn: loadEngines,
    structuralSharing: false,
  });
}
