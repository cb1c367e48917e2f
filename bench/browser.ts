/**
 * The browser side of the bench, for one corpus: serve the app build with the
 * corpus's bundle (bench/serve.ts), then in headless Chromium measure the bytes
 * a reader pulls for each first interaction (each from a fresh context, i.e. a
 * cold HTTP cache), the latency of facet toggles and searches once data is
 * loaded (bench/browser-latency.ts), and Pagefind's bytes for the same
 * filtered query (bench/browser-pagefind.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  articleBucketPath,
  idShardPath,
  idShardSchema,
  type ArchiveManifest,
} from '../src/shared/archive-bundle';
import { measureLatency, type LatencyRun } from './browser-latency';
import { measureArchive, type ArchiveRun } from './browser-archive';
import { measurePagefind, type PagefindBrowserRun } from './browser-pagefind';
import { freshPage, stepOf, type Step } from './browser-page';
import { serve } from './serve';

export const FIRST_QUERY = '知识竞赛';
/** Pagefind's comparison loads 10 results' data; ours must show as many rows. */
const COMPARE_ROWS = 10;

export interface BrowserRun {
  topDistrict: string;
  /** (a)–(e) of docs/decisions/0006-benchmarks.md. */
  firstView: Step;
  facetClick: Step;
  firstSearch: Step;
  openArticle: Step;
  /** A second article (another bucket) in the same page: the pane's code is cached by then. */
  nextArticle?: Step;
  /** Cold `/?district=<top>&q=知识竞赛` until results show. */
  filteredQuery: Step;
  /** The same page with its first 10 rows loaded (scrolled to if need be): Pagefind's counterpart. */
  filteredQueryRows: Step & { rows: number; results: number };
  latency: LatencyRun;
  /** Year selection and the 版面 view, on a dated corpus (bench/browser-archive.ts). */
  archive?: ArchiveRun;
  pagefind?: PagefindBrowserRun;
  /** Page errors and console errors seen: a broken page measures nothing useful. */
  errors: string[];
}

export function topValues(values: string[], counts: number[], n: number): string[] {
  return values
    .map((v, i) => [v, counts[i] ?? 0] as const)
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([v]) => v);
}

const list = (page: Page) => page.getByRole('list', { name: '文章列表', exact: true });
const status = (page: Page, text: RegExp) =>
  page.getByRole('status').filter({ hasText: text }).first();

async function firstView(page: Page): Promise<void> {
  await page.goto('/');
  await list(page).getByRole('link').first().waitFor();
}

async function openLink(page: Page, link: Locator): Promise<void> {
  const title = (await link.textContent())?.trim() ?? '';
  await link.click();
  await page.getByRole('article').getByRole('heading', { name: title }).first().waitFor();
}

/**
 * Scrolls the list a little at a time until row `n` (1-based) is rendered, then
 * waits for its content (its list chunk). Small steps, so we load no more than
 * a reader scrolling to it would (the rows on screen plus the app's overscan);
 * by script, not the mouse, which would hover links and preload the pane.
 */
async function loadRows(page: Page, n: number): Promise<void> {
  const row = list(page).locator(`li[aria-posinset="${n}"]`);
  for (let i = 0; i < 100 && (await row.count()) === 0; i++) {
    await list(page).evaluate((ul) => {
      let p = ul.parentElement;
      while (p && !/auto|scroll/.test(getComputedStyle(p).overflowY)) p = p.parentElement;
      (p ?? document.scrollingElement)?.scrollBy(0, 60);
    });
    await page.waitForTimeout(50);
  }
  await row.getByRole('link').waitFor();
}

export async function measureBrowser(opts: {
  browser: Browser;
  app: string;
  data: string;
  pagefind: string | null;
}): Promise<BrowserRun> {
  const manifest = JSON.parse(
    readFileSync(join(opts.data, 'manifest.json'), 'utf8'),
  ) as ArchiveManifest;
  const { district, type, union } = manifest.facets;
  const districts = topValues(district.values, district.counts, 4);
  const top = districts[0]!;
  const server = await serve({
    app: opts.app,
    data: opts.data,
    pagefind: opts.pagefind ?? undefined,
  });
  const errors: string[] = [];
  try {
    /** (a), then `then` as a step of its own in the same context. */
    const afterFirstView = async (then: (page: Page) => Promise<void>) => {
      const { context, page, step } = await freshPage(opts.browser, server, errors);
      await step(() => firstView(page));
      const result = await step(() => then(page));
      await context.close();
      return result;
    };

    const cold = await freshPage(opts.browser, server, errors);
    const firstViewStep = await cold.step(() => firstView(cold.page));
    await cold.context.close();

    const facetClick = await afterFirstView(async (page) => {
      await page
        .getByRole('group', { name: '区域', exact: true })
        .getByRole('checkbox', { name: top, exact: true })
        .click();
      await status(page, /^筛选出 \d+ 篇/).waitFor();
    });
    const firstSearch = await afterFirstView(async (page) => {
      await page.getByRole('combobox', { name: '搜索' }).fill(FIRST_QUERY);
      await status(page, new RegExp(`^找到 \\d+ 篇与“${FIRST_QUERY}”`)).waitFor();
    });
    // (d), then a second article from another bucket: the pane's code is loaded by then,
    // so that open shows the steady cost (target: one request).
    const reading = await freshPage(opts.browser, server, errors);
    await reading.step(() => firstView(reading.page));
    const openArticle = await reading.step(() =>
      openLink(reading.page, list(reading.page).getByRole('link').first()),
    );
    const hrefs = await list(reading.page)
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const bucket = (href: string) => {
      const id = /\/articles\/([^/?#]+)/.exec(href)?.[1] ?? '';
      const ids = idShardSchema.parse(
        JSON.parse(readFileSync(join(opts.data, idShardPath(manifest, id)), 'utf8')),
      );
      return ids[id] === undefined ? '' : articleBucketPath(manifest, ids[id]);
    };
    const other = hrefs.find((h) => bucket(h) !== bucket(hrefs[0] ?? ''));
    const nextArticle = other
      ? await reading.step(() =>
          openLink(reading.page, list(reading.page).locator(`a[href="${other}"]`)),
        )
      : undefined;
    await reading.context.close();

    const filtered = await freshPage(opts.browser, server, errors);
    const filteredQuery = await filtered.step(async () => {
      await filtered.page.goto(`/?${new URLSearchParams({ district: top, q: FIRST_QUERY })}`);
      await list(filtered.page).getByRole('link').first().waitFor();
    });
    const total = await filtered.page
      .locator('li[aria-setsize]')
      .first()
      .getAttribute('aria-setsize');
    const rows = Math.min(COMPARE_ROWS, Number(total));
    const more = await filtered.step(() => loadRows(filtered.page, rows));
    await filtered.context.close();
    const filteredQueryRows = {
      rows,
      results: Number(total),
      ...stepOf(
        [...filteredQuery.transfers, ...more.transfers],
        filteredQuery.browserBytes + more.browserBytes,
      ),
    };

    const latency = await measureLatency(opts.browser, server, {
      districts,
      types: topValues(type.values, type.counts, 3),
      union: union.top[0]?.name,
    });
    const archive = await measureArchive(opts.browser, server, manifest);
    const pagefind = opts.pagefind
      ? await measurePagefind(opts.browser, server, { district: top, query: FIRST_QUERY })
      : undefined;
    return {
      topDistrict: top,
      firstView: firstViewStep,
      facetClick,
      firstSearch,
      openArticle,
      ...(nextArticle ? { nextArticle } : {}),
      filteredQuery,
      filteredQueryRows,
      latency,
      ...(archive ? { archive } : {}),
      ...(pagefind ? { pagefind } : {}),
      errors: [...errors, ...latency.errors, ...(archive?.errors ?? [])],
    };
  } finally {
    await server.close();
  }
}
