/**
 * Pagefind's side of the filtered-query comparison, on the index bench/pagefind.ts
 * built from the same articles, served at /pagefind/ by the same server. In a
 * fresh context on a blank same-origin page: load pagefind.js, run the query
 * with the district filter, and load the first 10 results' data (title and
 * excerpt: what our first 10 list rows show). Then, warm, the same queries as
 * our search latency, unfiltered, each with its 10 results' data.
 */
import type { Browser, Page } from 'playwright-core';
import { freshPage, type Step } from './browser-page';
import { QUERIES, stats, type Stats } from './browser-latency';
import { BLANK_PATH, type Served } from './serve';

export interface PagefindBrowserRun {
  /** Cold: pagefind.js → init → filtered search → 10× data(). */
  filteredQuery: Step & { results: number; ms: number };
  /** Warm search + 10× data(), in ms, over QUERIES (after a warm-up pass). */
  search: Stats;
  searches: number[];
}

/** Runs in the page: Pagefind's documented JS API, nothing else. */
function pagefindSearch(page: Page, query: string, district: string | null) {
  return page.evaluate(
    async ([q, d]) => {
      const started = performance.now();
      type Result = { data(): Promise<unknown> };
      type Pagefind = {
        options(o: object): Promise<void>;
        init?(): Promise<void>;
        search(q: string, o?: object): Promise<{ results: Result[] }>;
      };
      const w = window as unknown as { pf?: Pagefind };
      if (!w.pf) {
        // In a variable: TypeScript would try to resolve a literal specifier here.
        const url = '/pagefind/pagefind.js';
        w.pf = (await import(url)) as Pagefind;
        await w.pf.options({});
        await w.pf.init?.();
      }
      const r = await w.pf.search(q!, d ? { filters: { district: d } } : {});
      await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
      return { results: r.results.length, ms: performance.now() - started };
    },
    [query, district],
  );
}

export async function measurePagefind(
  browser: Browser,
  server: Served,
  first: { district: string; query: string },
): Promise<PagefindBrowserRun> {
  const errors: string[] = [];
  const { context, page, step, meter } = await freshPage(browser, server, errors);
  try {
    await page.goto(BLANK_PATH);
    await meter.quiet();
    let found = { results: 0, ms: 0 };
    const filteredQuery = await step(async () => {
      found = await pagefindSearch(page, first.query, first.district);
    });
    for (const q of QUERIES) await pagefindSearch(page, q, null); // warm-up: chunks cached
    const searches: number[] = [];
    for (const q of QUERIES) searches.push((await pagefindSearch(page, q, null)).ms);
    if (errors.length > 0) throw new Error(`pagefind page errors: ${errors.join('; ')}`);
    return { filteredQuery: { ...filteredQuery, ...found }, search: stats(searches), searches };
  } finally {
    await context.close();
  }
}
