import { describe, expect, test } from 'vitest';
import {
  baseURL,
  currentParams,
  launchBrowser,
  openPage,
  resultLinks,
  waitForList,
} from './browser';

const { browser } = launchBrowser();

describe('deep links', () => {
  test('an article URL opens the article on a cold load, with the title in the document title', async () => {
    const list = await openPage(browser(), '/');
    await waitForList(list.page);
    const link = resultLinks(list.page).nth(2);
    const href = await link.getAttribute('href');
    const title = (await link.textContent()) ?? '';
    await list.context.close();
    expect(href).toMatch(/^\/articles\/[A-Za-z0-9_-]+$/);

    const { page, context, errors } = await openPage(browser(), href!);
    const article = page.getByRole('article');
    await article.waitFor();
    expect(await article.getByRole('heading').first().textContent()).toBe(title);
    await expect.poll(() => page.title()).toBe(`${title} · 首都工会新闻`);
    expect(await article.locator('.article-body p').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('复制链接 copies the article link', async () => {
    const list = await openPage(browser(), '/?q=总工会', undefined, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await waitForList(list.page);
    await resultLinks(list.page).first().click();
    const { page } = list;
    await page.getByRole('article').waitFor();
    const path = new URL(page.url()).pathname;
    await page.getByRole('button', { name: '复制链接' }).click();
    await page.getByText('链接已复制').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL()}${path}`);
    await list.context.close();
  });

  test('keyboard: j/k step through results, Esc returns to the list, ? lists the shortcuts, / focuses search', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    const titles = await resultLinks(page).allTextContents();
    await page.keyboard.press('j');
    await expect
      .poll(() => page.getByRole('article').getByRole('heading').first().textContent())
      .toBe(titles[0]);
    await page.keyboard.press('j');
    await expect
      .poll(() => page.getByRole('article').getByRole('heading').first().textContent())
      .toBe(titles[1]);
    await page.keyboard.press('k');
    await expect
      .poll(() => page.getByRole('article').getByRole('heading').first().textContent())
      .toBe(titles[0]);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('门头沟');
    await expect.poll(async () => (await currentParams(page)).get('q')).toBe('门头沟');
    await context.close();
  });
});
