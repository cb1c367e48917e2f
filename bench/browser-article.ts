/**
 * The prerendered pages (src/site) served with the app and the bundle, each
 * in a fresh context: the list page `/` (the real first view now: the app's
 * first-view budget applies, ≤ 150 KB), and a cold link to an article, as
 * shared in a chat:
 *   - bytes and requests until the network is quiet (target ≤ 150 KB);
 *   - data requests started before the app can answer input, i.e. before its
 *     manifest has arrived (target ≤ 1: the manifest itself; the list beside
 *     the article fills in after);
 *   - the largest contentful paint, once more with the app's entry script held
 *     back 1.5 s: it must be the article's text from the HTML, painted before
 *     the script arrived.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { listChunkPath, type ArchiveManifest, type ListRow } from '../src/shared/archive-bundle';
import { freshPage, type Step } from './browser-page';
import { serve } from './serve';

const SCRIPT_DELAY_MS = 1500;

export interface ArticleLinkRun {
  /** `/`, prerendered, until 文章列表 has a link and the network is quiet. */
  listPage: Step;
  path: string;
  load: Step & { dataBeforeInteractive: number; dataPaths: string[] };
  lcp: {
    /** Milliseconds from navigation start. */
    ms: number;
    tag: string;
    inArticle: boolean;
    /** '' for text. */
    url: string;
    /** When the held-back entry script finished arriving. */
    scriptMs: number;
  };
  errors: string[];
}

/** An article from the middle of the archive (its list chunk is not the first). */
function middleArticle(data: string, manifest: ArchiveManifest): string {
  const chunk = Math.floor(manifest.list.chunks / 2);
  const rows = JSON.parse(
    readFileSync(join(data, listChunkPath(manifest, chunk)), 'utf8'),
  ) as ListRow[];
  return rows[Math.floor(rows.length / 2)]!.id;
}

async function lcpOf(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; tag: string; inArticle: boolean; url: string }>((resolve) => {
        new PerformanceObserver((list) => {
          const e = list.getEntries().at(-1) as PerformanceEntry & {
            element: Element | null;
            url: string;
          };
          resolve({
            ms: e.startTime,
            tag: e.element?.tagName ?? '',
            inArticle: Boolean(e.element?.closest('article')),
            url: e.url,
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

export async function measureArticleLink(opts: {
  browser: Browser;
  site: string;
  data: string;
}): Promise<ArticleLinkRun> {
  const manifest = JSON.parse(
    readFileSync(join(opts.data, 'manifest.json'), 'utf8'),
  ) as ArchiveManifest;
  const path = `/articles/${middleArticle(opts.data, manifest)}`;
  const server = await serve({ app: opts.site, data: opts.data });
  const errors: string[] = [];
  try {
    const list = await freshPage(opts.browser, server, errors);
    const listPage = await list.step(async () => {
      await list.page.goto('/');
      await list.page
        .getByRole('list', { name: '文章列表', exact: true })
        .getByRole('link')
        .first()
        .waitFor();
    });
    await list.context.close();

    const cold = await freshPage(opts.browser, server, errors);
    const started: { path: string; at: number }[] = [];
    let manifestAt = Infinity;
    cold.page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (p.startsWith('/data/')) started.push({ path: p.slice(6), at: performance.now() });
    });
    cold.page.on('requestfinished', (r) => {
      if (new URL(r.url()).pathname === '/data/manifest.json') manifestAt = performance.now();
    });
    const load = await cold.step(async () => {
      await cold.page.goto(path);
      await cold.page.getByRole('group', { name: '区域', exact: true }).waitFor();
    });
    await cold.context.close();

    // The same link with the app's entry script held back: what shows before it runs.
    const slow = await freshPage(opts.browser, server, errors);
    let scriptAt = 0;
    const t0 = performance.now();
    await slow.page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, SCRIPT_DELAY_MS));
      scriptAt = performance.now() - t0;
      await route.continue();
    });
    await slow.page.goto(path, { waitUntil: 'commit' });
    // The facets need the app (and its manifest): by then the script has run.
    await slow.page.getByRole('group', { name: '区域', exact: true }).waitFor();
    const lcp = await lcpOf(slow.page);
    await slow.context.close();

    return {
      listPage,
      path,
      load: {
        ...load,
        dataBeforeInteractive: started.filter((s) => s.at <= manifestAt).length,
        dataPaths: started.map((s) => s.path),
      },
      // Navigation started just after t0: scriptAt is an upper bound in the page's clock.
      lcp: { ...lcp, scriptMs: scriptAt },
      errors,
    };
  } finally {
    await server.close();
  }
}
