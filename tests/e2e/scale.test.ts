import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchBrowser, openPage, PHONE, resultCount, resultLinks, waitForList } from './browser';

const { browser } = launchBrowser();

/** Bundle files (paths under /data/) the page requests from now on. */
function recordData(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/data/')) paths.push(pathname.slice('/data/'.length));
  });
  return paths;
}

describe('bundle v2 at scale', () => {
  test('the first view carries the manifest and list chunk 0 in the page and fetches nothing that grows with the archive', async () => {
    const { page, context } = await openPage(browser(), 'about:blank', PHONE);
    const paths = recordData(page);
    await page.goto('/');
    await waitForList(page);
    await page.waitForLoadState('networkidle');
    // The prerendered list page holds them (src/site): no data request at all.
    expect(paths).toEqual([]);
    const seed = JSON.parse((await page.locator('#prerender-seed').textContent()) ?? '{}');
    expect(Object.keys(seed).sort()).toEqual(['list', 'manifest', 'path']);
    expect(seed.list.map((c: { n: number }) => c.n)).toEqual([0]);
    await context.close();
  });

  test('opening an article from the list costs one data request, its bucket', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    await page.waitForLoadState('networkidle');
    const paths = recordData(page);
    await resultLinks(page).nth(1).click();
    await page.getByRole('article').waitFor();
    await page.waitForLoadState('networkidle');
    expect(paths).toEqual([expect.stringMatching(/^articles-[0-9a-f]{10}\/\d+\.json$/)]);
    await context.close();
  });

  test('a prerendered article page carries its record: opening it cold asks for no article data', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    const href = (await resultLinks(page).last().getAttribute('href')) ?? '';
    await context.close();
    const cold = await openPage(browser(), 'about:blank', PHONE);
    const paths = recordData(cold.page);
    await cold.page.goto(href);
    await cold.page.getByRole('article').waitFor();
    await cold.page.waitForLoadState('networkidle');
    expect(paths.filter((p) => /^(articles|ids)-/.test(p))).toEqual([]);
    await cold.context.close();
  });

  test('an article opened inside the app, without its page, costs at most an id-directory shard, then its bucket', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    await page.waitForLoadState('networkidle');
    // The archive's last article (its list chunk may or may not be loaded yet).
    const id = await page.evaluate(async () => {
      const m = await (await fetch('/data/manifest.json')).json();
      const segment = m.list.segments.at(-1);
      const chunk = Math.ceil(segment.count / m.list.chunkSize) - 1;
      const rows = await (await fetch(`/data/${segment.dir}/${chunk}.json`)).json();
      return rows.at(-1).id as string;
    });
    const paths = recordData(page);
    // Followed inside the app, not loaded as a page: no prerendered record to start from.
    await page.evaluate((path) => {
      window.history.pushState(null, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `/articles/${id}`);
    await page.getByRole('article').waitFor();
    await page.waitForLoadState('networkidle');
    // The shard is skipped when a loaded list chunk already shows the article's position.
    const article = paths.filter((p) => !p.startsWith('list-') && p !== 'manifest.json');
    expect(article.filter((p) => /^articles-[0-9a-f]{10}\/\d+\.json$/.test(p))).toHaveLength(1);
    expect(article.length).toBeLessThanOrEqual(2);
    expect(article.slice(0, -1)).toEqual(
      article.length === 2 ? [expect.stringMatching(/^ids-[0-9a-f]{10}\/\d+\.json$/)] : [],
    );
    await context.close();
  });

  test('a single Chinese character is searched like any phrase, from one shard of each search segment', async () => {
    const { page, context } = await openPage(browser(), 'about:blank');
    const paths = recordData(page);
    await page.goto('/?q=沟');
    await waitForList(page);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const manifest = (await page.evaluate(() =>
      fetch('/data/manifest.json').then((r) => r.json()),
    )) as { search: { segments: { dir: string }[] } };
    const searched = paths.filter((p) => p.startsWith('search-'));
    expect(searched.map((p) => p.split('/')[0]).sort()).toEqual(
      manifest.search.segments.map((s) => s.dir).sort(),
    );
    expect(await resultLinks(page).first().textContent()).toContain('沟');
    await context.close();
  });

  test('?bench exposes the latency hook', async () => {
    const { page, context, errors } = await openPage(browser(), '/?bench');
    await page.waitForFunction(() => window.__readerBench !== undefined);
    await page.evaluate(() => (window.__readerBench as { ready: Promise<void> }).ready);
    const total = await resultCount(page);
    const district = await page
      .getByRole('group', { name: '区域', exact: true })
      .getByRole('checkbox', { disabled: false })
      .first()
      .evaluate((el) => el.closest('label')?.textContent?.trim() ?? '');
    const toggle = await page.evaluate(
      (d) =>
        (
          window.__readerBench as { toggleFacet(k: string, v: string): Promise<number> }
        ).toggleFacet('district', d),
      district,
    );
    expect(toggle).toBeGreaterThan(0);
    expect(toggle).toBeLessThan(1000);
    expect(await resultCount(page)).toBeLessThan(total);
    const search = await page.evaluate(() =>
      (window.__readerBench as { search(q: string): Promise<number> }).search('总工会'),
    );
    expect(search).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('总工会');
    await page.getByText(/^找到 \d+ 篇与“总工会”相关的文章/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
