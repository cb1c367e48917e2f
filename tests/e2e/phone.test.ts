import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchBrowser, openPage, PHONE, resultLinks, waitForList } from './browser';

const { browser } = launchBrowser();

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('phone width (390 px)', () => {
  test('list and article are separate screens with back navigation and no horizontal scrolling', async () => {
    const { page, context } = await openPage(browser(), '/', PHONE);
    await waitForList(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    expect(await page.getByRole('article').count()).toBe(0);

    // Filters open in place and do not widen the page either.
    await page.getByRole('button', { name: /^筛选/ }).click();
    await page.getByRole('group', { name: '区域', exact: true }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: /^查看 \d+ 篇结果$/ }).click();

    const title = await resultLinks(page).first().textContent();
    await resultLinks(page).first().click();
    const article = page.getByRole('article');
    await article.waitFor();
    expect(await article.getByRole('heading').first().textContent()).toBe(title);
    // The list is its own screen: hidden while reading.
    expect(await page.getByRole('list', { name: '文章列表', exact: true }).isVisible()).toBe(false);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    await page.getByRole('link', { name: '返回列表' }).click();
    await waitForList(page);
    expect(await page.getByRole('article').count()).toBe(0);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await context.close();
  });

  test('an article opens at its top, and back returns to where the list was', async () => {
    const { page, context } = await openPage(browser(), '/', PHONE);
    await waitForList(page);
    // Settled: the prerendered rows give way to the loaded list before anything is scrolled.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 500));
    await page.waitForFunction(() => window.scrollY === 500);
    // A row on screen after the scroll (the first ones are above it now).
    const link = resultLinks(page).filter({ visible: true }).nth(2);
    const title = await link.textContent();
    await link.click();
    await page.getByRole('article').getByRole('heading', { name: title! }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.goBack();
    await waitForList(page);
    await page.waitForFunction(() => window.scrollY === 500);
    await page.getByRole('link', { name: title!, exact: true }).click();
    await page.getByRole('link', { name: '返回列表' }).click();
    await waitForList(page);
    await page.waitForFunction(() => window.scrollY === 500);
    await context.close();
  });

  test('no article is wider than the phone', async () => {
    const { page, context } = await openPage(browser(), '/', PHONE);
    await waitForList(page);
    const hrefs = await resultLinks(page).evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')),
    );
    for (const href of hrefs) {
      await page.goto(href!);
      await page.getByRole('article').waitFor();
      expect(await scrollWidth(page), href!).toBeLessThanOrEqual(390);
    }
    await context.close();
  });
});
