import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  currentParams,
  launchBrowser,
  openPage,
  resultCount,
  resultLinks,
  waitForList,
} from './browser';

const { browser } = launchBrowser();

async function search(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('combobox', { name: '搜索', exact: true });
  await box.fill(query);
  await expect.poll(async () => (await currentParams(page)).get('q')).toBe(query);
  // The status names the query once the list shows its results.
  const status = page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^找到 \\d+ 篇与“${query}”相关的文章`) });
  await status.waitFor();
  return resultLinks(page).allTextContents();
}

describe('Chinese search', () => {
  test('知识竞赛 finds the knowledge-contest story and highlights the match', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    const titles = await search(page, '知识竞赛');
    expect(titles.some((t) => t.includes('知识竞赛'))).toBe(true);
    const list = page.getByRole('list', { name: '文章列表', exact: true });
    expect(await list.locator('mark').first().textContent()).toBe('知识竞赛');

    await resultLinks(page).filter({ hasText: '知识竞赛' }).first().click();
    const article = page.getByRole('article');
    await article.waitFor();
    expect(await article.locator('mark').count()).toBeGreaterThan(1);
    // The query travels with the article and survives a reload.
    await page.reload();
    await article.waitFor();
    expect((await currentParams(page)).get('q')).toBe('知识竞赛');
    await expect.poll(() => article.locator('mark').count()).toBeGreaterThan(1);
    await context.close();
  });

  test('门头沟 finds the 门头沟 story, and every result really contains 门头沟', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    const titles = await search(page, '门头沟');
    expect(titles.some((t) => t.includes('门头沟'))).toBe(true);
    for (let i = 0; i < titles.length; i++) {
      await resultLinks(page).nth(i).click();
      const article = page.getByRole('article');
      await expect.poll(() => article.getByRole('heading').first().textContent()).toBe(titles[i]);
      expect(await article.textContent()).toContain('门头沟');
    }
    await context.close();
  });

  test('总工会 and 送温暖 find what they should', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    const total = await resultCount(page);
    await search(page, '总工会');
    expect(await resultCount(page)).toBeGreaterThan(total / 2);
    const warmth = await search(page, '送温暖');
    expect(warmth.length).toBeGreaterThan(0);
    expect(warmth.some((t) => t.includes('天桥街道总工会'))).toBe(true);
    await context.close();
  });
});
