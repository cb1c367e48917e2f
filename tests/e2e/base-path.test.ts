/**
 * The same site built with BASE_PATH=/news/ (tests/e2e/global-setup.ts): the
 * core paths work under the sub-path — the list, a deep link, a filter, a
 * search — and every request stays under it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchBrowser, newsURL, openPage, resultCount, resultLinks, waitForList } from './browser';

const { browser } = launchBrowser();

const open = (path: string) => openPage(browser(), path, undefined, { baseURL: newsURL() });

/** Paths requested from the server, to check they all stay under /news/. */
function requested(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === new URL(newsURL()).origin) paths.push(url.pathname);
  });
  return paths;
}

describe('deployed under /news/', () => {
  test('the list, then an article from it, with links and requests under /news/', async () => {
    const { page, context, errors } = await open('about:blank');
    const paths = requested(page);
    await page.goto(newsURL());
    await waitForList(page);
    const link = resultLinks(page).first();
    expect(await link.getAttribute('href')).toMatch(/^\/news\/articles\/[A-Za-z0-9_-]+$/);
    const title = await link.textContent();
    await link.click();
    await expect
      .poll(() => page.getByRole('article').getByRole('heading', { level: 2 }).textContent())
      .toBe(title);
    expect(new URL(page.url()).pathname).toMatch(/^\/news\/articles\//);
    await page.waitForLoadState('networkidle');
    expect(paths.filter((p) => !p.startsWith('/news/'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a deep link to an article loads it cold, with its canonical link under SITE_URL', async () => {
    const list = await open('./');
    await waitForList(list.page);
    const href = (await resultLinks(list.page).nth(1).getAttribute('href'))!;
    const title = await resultLinks(list.page).nth(1).textContent();
    await list.context.close();

    const { page, context, errors } = await open(new URL(href, newsURL()).href);
    await page.getByRole('group', { name: '区域', exact: true }).waitFor();
    expect(await page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(
      title,
    );
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `https://union.example.org${href}`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a filter narrows the list and lives in the URL', async () => {
    const { page, context } = await open('./');
    await waitForList(page);
    const total = await resultCount(page);
    await page
      .getByRole('group', { name: '区域', exact: true })
      .getByRole('checkbox', { disabled: false })
      .first()
      .check();
    await expect.poll(() => resultCount(page)).toBeLessThan(total);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/news/');
    expect(url.searchParams.getAll('district')).toHaveLength(1);
    await context.close();
  });

  test('a search finds 知识竞赛', async () => {
    const { page, context } = await open('./');
    await waitForList(page);
    await page.getByRole('combobox', { name: '搜索', exact: true }).fill('知识竞赛');
    await page
      .getByRole('status')
      .filter({ hasText: /^找到 \d+ 篇与“知识竞赛”相关的文章/ })
      .waitFor();
    expect((await resultLinks(page).allTextContents()).some((t) => t.includes('知识竞赛'))).toBe(
      true,
    );
    expect(new URL(page.url()).pathname).toBe('/news/');
    await context.close();
  });
});
