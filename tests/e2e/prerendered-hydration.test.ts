/**
 * A prerendered page in Chromium: readable before (and without) the app's
 * JavaScript, then taken over by the app in place — no console errors (React
 * reports hydration mismatches there), no layout shift, no article request.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseURL, DESKTOP, launchBrowser, openPage, PHONE, resultLinks } from './browser';

const { browser } = launchBrowser();

/** The first article linked from the prerendered list page (plain HTTP). */
async function anArticle(): Promise<{ path: string; title: string }> {
  const text = await (await fetch(`${baseURL()}/`)).text();
  const match = /<a class="result-link" href="(\/articles\/[A-Za-z0-9_-]+)"[^>]*>([^<]+)</.exec(
    text,
  );
  expect(match, 'a result link in the prerendered list').not.toBeNull();
  return { path: match![1]!, title: match![2]! };
}

/** Observes layout shifts and the largest contentful paint from the very start of the page. */
async function watchPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number; __lcp: unknown };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      const e = list.getEntries().at(-1) as PerformanceEntry & {
        element: Element | null;
        url: string;
      };
      w.__lcp = {
        inArticle: Boolean(e.element?.closest('article')),
        tag: e.element?.tagName,
        url: e.url,
      };
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

function dataRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/data/')) paths.push(pathname.slice('/data/'.length));
  });
  return paths;
}

describe('prerendered pages in the browser', () => {
  test('without JavaScript, an article link shows the article', async () => {
    const { path, title } = await anArticle();
    const { page, context } = await openPage(browser(), path, PHONE, { javaScriptEnabled: false });
    const article = page.getByRole('article');
    expect(await article.getByRole('heading', { level: 2 }).textContent()).toBe(title);
    expect(await article.locator('.article-body p').first().isVisible()).toBe(true);
    expect(await page.title()).toBe(`${title} · 首都工会新闻`);
    await context.close();
  });

  for (const [label, viewport] of [
    ['1280 px', DESKTOP],
    ['390 px', PHONE],
  ] as const) {
    test(`at ${label}, the app takes over a cold article link without errors, layout shift or an article request`, async () => {
      const { path, title } = await anArticle();
      const { page, context, errors } = await openPage(browser(), 'about:blank', viewport);
      await watchPaint(page);
      const data = dataRequests(page);
      await page.goto(path);
      // The app has taken over once the manifest is in: its filters and search work.
      await page.getByRole('combobox', { name: '搜索' }).waitFor();
      if (viewport === DESKTOP)
        await page.getByRole('group', { name: '区域', exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const { shift, lcp } = await page.evaluate(() => {
        const w = window as unknown as {
          __shift: number;
          __lcp: { inArticle: boolean; url: string };
        };
        return { shift: w.__shift, lcp: w.__lcp };
      });
      expect(errors).toEqual([]);
      expect(shift).toBeLessThanOrEqual(0.1);
      // The largest paint is the article's text, from the HTML (no image, no skeleton).
      expect(lcp).toMatchObject({ inArticle: true, url: '' });
      expect(data[0]).toBe('manifest.json');
      expect(data.filter((d) => d.startsWith('articles-'))).toEqual([]);
      expect(await page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(
        title,
      );
      await context.close();
    });
  }

  test('the hydrated article page is the app: previous/next navigate in place', async () => {
    const { path } = await anArticle();
    const { page, context, errors } = await openPage(browser(), path);
    const next = page.getByRole('link', { name: '下一篇', exact: true });
    await next.waitFor();
    const title = await next.getAttribute('title');
    await next.click();
    await expect
      .poll(() => page.getByRole('article').getByRole('heading', { level: 2 }).textContent())
      .toBe(title);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the list page hydrates from the data it carries: no data request, no layout shift', async () => {
    const { page, context, errors } = await openPage(browser(), 'about:blank');
    await watchPaint(page);
    const data = dataRequests(page);
    await page.goto('/');
    await resultLinks(page).first().waitFor();
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(errors).toEqual([]);
    expect(data).toEqual([]);
    expect(shift).toBeLessThanOrEqual(0.1);
    // It is the app: a filter works at once.
    await page
      .getByRole('group', { name: '区域', exact: true })
      .getByRole('checkbox', { disabled: false })
      .first()
      .check();
    await page.getByText(/^筛选出 \d+ 篇文章/).waitFor();
    await context.close();
  });
});
