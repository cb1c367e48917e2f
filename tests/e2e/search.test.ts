import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  currentParams,
  expectNoSeriousA11yViolations,
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
  // Enter searches and leaves the field, closing any filter suggestions over the results.
  await box.press('Enter');
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

  test('a match only in the body shows the passage around it in the row', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    const titles = await search(page, '干果礼盒');
    expect(titles).toHaveLength(1);
    expect(titles[0]).not.toContain('干果礼盒');
    const row = page.getByRole('list', { name: '文章列表', exact: true }).getByRole('listitem');
    // The row's excerpt becomes the passage around the match, highlighted.
    await expect.poll(() => row.locator('mark').first().textContent()).toBe('干果礼盒');
    expect(await row.locator('.result-excerpt').textContent()).toMatch(/^….*干果礼盒/);
    await context.close();
  });

  test('the reading pane steps through the matches with the keyboard, with a count', async () => {
    const { page, context } = await openPage(browser(), '/?q=工会');
    await waitForList(page);
    await resultLinks(page).first().click();
    const bar = page.getByRole('group', { name: '正文中的匹配', exact: true });
    const count = bar.getByRole('status');
    await expect.poll(() => count.textContent()).toMatch(/^共 \d+ 处匹配$/);
    const total = Number(/\d+/.exec((await count.textContent()) ?? '')?.[0]);
    const marks = page.getByRole('article').locator('mark');
    expect(await marks.count()).toBe(total);
    expect(total).toBeGreaterThan(3);

    await bar.getByRole('button', { name: '下一处匹配', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe(`第 3 / ${total} 处`);
    const current = page.getByRole('article').locator('mark[data-current]');
    await expect.poll(() => current.count()).toBe(1);
    expect(
      await current.evaluate((m) => [...document.querySelectorAll('article mark')].indexOf(m)),
    ).toBe(2);
    // The current match is scrolled into the reading pane's view.
    await expect
      .poll(() =>
        current.evaluate((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe(`第 2 / ${total} 处`);
    await expectNoSeriousA11yViolations(page, 'article with match stepping');
    await context.close();
  });

  test('a suggested district is picked with the keyboard and becomes a filter', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    const total = await resultCount(page);
    const box = page.getByRole('combobox', { name: '搜索', exact: true });
    await box.click();
    await page.keyboard.type('西城');
    const listbox = page.getByRole('listbox', { name: '筛选建议', exact: true });
    const first = listbox.getByRole('option').first();
    await expect.poll(() => first.textContent()).toMatch(/^区域 西城区 · \d+ 篇$/);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await expectNoSeriousA11yViolations(page, 'search suggestions');
    await page.keyboard.press('ArrowDown');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await currentParams(page)).getAll('district'))
      .toEqual(['西城区']);
    expect((await currentParams(page)).get('q')).toBeNull();
    expect(await box.inputValue()).toBe('');
    await expect.poll(() => resultCount(page)).toBeLessThan(total);
    // Chromium names the chip from its parts with spaces between them (移除 区域 ： 西城区).
    await expect
      .poll(() => page.getByRole('button', { name: /^移除\s*区域\s*：\s*西城区$/ }).count())
      .toBe(1);
    await context.close();
  });
});
