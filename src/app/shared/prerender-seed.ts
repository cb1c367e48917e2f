import type { QueryClient } from '@tanstack/react-query';
import { hasActiveFilters, parseReaderParams } from '../../shared/paths';
import {
  PRERENDER_SEED_ID,
  prerenderSeedSchema,
  type PrerenderSeed,
} from '../../shared/prerender-seed';
import { articleDetailQueryOptions } from '../articles/article-detail-query';
import { listChunkQueryOptions } from '../articles/list-chunk-query';
import { manifestQueryOptions } from '../articles/manifest-query';

/**
 * The data a prerendered page was rendered from (src/shared/prerender-seed.ts),
 * validated like any fetched file; `null` on a page without one (the SPA shell)
 * or with one the app cannot read (it then loads the data itself).
 */
export function readPrerenderSeed(doc: Document): PrerenderSeed | null {
  const text = doc.getElementById(PRERENDER_SEED_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = prerenderSeedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Puts the seed's data where the app's queries look for it; the server and the browser both call this. */
export function seedQueryClient(client: QueryClient, seed: PrerenderSeed): void {
  if (seed.manifest) client.setQueryData(manifestQueryOptions().queryKey, seed.manifest);
  if (seed.article) {
    client.setQueryData(articleDetailQueryOptions(client, seed.article.id).queryKey, seed.article);
  }
  // List chunks are keyed by their manifest's folders: a seed carries them with its manifest.
  const { manifest } = seed;
  if (!manifest) return;
  for (const { n, rows } of seed.list ?? []) {
    client.setQueryData(listChunkQueryOptions(manifest, n).queryKey, rows);
  }
}

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/**
 * Whether the markup in the page is what the app renders at this location: the
 * same path (a host may add a trailing slash) and no filter or query in the URL,
 * which the prerendered markup does not show.
 */
export function seedMatches(seed: PrerenderSeed, location: { pathname: string; search: string }) {
  return (
    withoutTrailingSlash(seed.path) === withoutTrailingSlash(location.pathname) &&
    !hasActiveFilters(parseReaderParams(location.search))
  );
}
