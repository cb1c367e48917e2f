/**
 * A tiny hook for the latency benchmark (npm run bench), loaded and installed only
 * when the page URL has `?bench` or `window.__readerBench` already exists
 * (bench-hook.ts, in every page, reports the reader's commits to it):
 *
 *   await __readerBench.ready;                     // first view shown, facet data loaded
 *   await __readerBench.toggleFacet('district', '西城区');  // → ms
 *   await __readerBench.search('知识竞赛');          // → ms
 *
 * Each call changes the URL the way the UI does (a checkbox: a pushed, synchronous
 * navigation; typing: a replaced one) and resolves with the milliseconds from just
 * before the change until React has committed a render whose results and facet
 * counts belong to the new state, plus a forced style/layout of that DOM. It
 * does not wait for the next vsync (that adds 0–16.7 ms of noise unrelated to
 * the work). Rows whose list chunk is not cached yet show placeholders in that
 * render; `search` includes fetching any search shard not yet cached.
 */
import type { QueryClient } from '@tanstack/react-query';
import { parseReaderParams, readerSearchParams, type ReaderFilters } from '../shared/paths';
import { manifestQueryOptions } from './articles/manifest-query';
import { facetColumnQueryOptions, unionsQueryOptions } from './filters/facet-index-query';
import { toggleValue, withPeriod, withQuery } from './filters/filter-model';
import { dateIndexQueryOptions } from './archive/date-column-query';
import { listenToCommits, type Commit } from './bench-hook';
import { withFlushSync, type AppHistory } from './shared/HistoryRouter';

export interface ReaderBench {
  ready: Promise<void>;
  toggleFacet(kind: 'district' | 'type' | 'union', value: string): Promise<number>;
  search(q: string): Promise<number>;
  /** Sets the timeline's range (`2023`, `2023-02`…; both undefined: clears it), as a bar click does. */
  selectPeriod(from?: string, to?: string): Promise<number>;
}

declare global {
  interface Window {
    __readerBench?: ReaderBench | Record<string, unknown>;
  }
}

function nextSettled(state: string): Promise<void> {
  return new Promise((resolve) => {
    listenToCommits((commit) => {
      if (commit.state !== state || !commit.settled) return;
      listenToCommits(undefined);
      resolve();
    });
  });
}

export function installBench(history: AppHistory, client: QueryClient): void {
  const current = (): ReaderFilters => parseReaderParams(history.location.search);
  const measure = async (next: ReaderFilters, replace: boolean): Promise<number> => {
    const state = readerSearchParams(next).toString();
    if (state === readerSearchParams(current()).toString()) return 0;
    const done = nextSettled(state);
    const start = performance.now();
    const to = { pathname: history.location.pathname, search: state ? `?${state}` : '' };
    if (replace) history.replace(to);
    else withFlushSync(() => history.push(to));
    await done;
    void document.body.offsetHeight; // style + layout of the committed DOM
    return performance.now() - start;
  };
  const kinds = { district: 'districts', type: 'types', union: 'unions' } as const;

  // Loaded after the app started: the first view may already have settled.
  const firstView = new Promise<void>((resolve) => {
    const done = (commit: Commit | undefined) => {
      if (!commit?.settled) return;
      listenToCommits(undefined);
      resolve();
    };
    done(listenToCommits(done));
  });
  const ready = firstView.then(async () => {
    // Load the facet data the first filter would load, so toggles measure the engine.
    const manifest = await client.ensureQueryData(manifestQueryOptions());
    await Promise.all([
      client.ensureQueryData(facetColumnQueryOptions(client, 'district')),
      client.ensureQueryData(facetColumnQueryOptions(client, 'type')),
      client.ensureQueryData(facetColumnQueryOptions(client, 'union')),
      client.ensureQueryData(unionsQueryOptions(client)),
      // The timeline's data, on a dated archive (its counts are live like every facet's).
      ...(manifest.dates ? [client.ensureQueryData(dateIndexQueryOptions(client))] : []),
    ]);
  });

  window.__readerBench = {
    ready,
    toggleFacet: (kind, value) => measure(toggleValue(current(), kinds[kind], value), false),
    search: (q) => measure(withQuery(current(), q), current().q !== ''),
    selectPeriod: (from, to) => measure(withPeriod(current(), from, to), false),
  } satisfies ReaderBench;
}
