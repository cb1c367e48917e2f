import { describe, expect, test } from 'vitest';
import { launchBrowser, openPage, resultCount, waitForList } from './browser';

const { browser } = launchBrowser();

describe('not found and malformed URLs', () => {
  test('an unknown article id shows a friendly page with a way back', async () => {
    const { page, context, errors } = await openPage(
      browser(),
      '/articles/this-story-does-not-exist',
    );
    await page.getByRole('heading', { name: '找不到这篇文章' }).waitFor();
    await page.getByRole('link', { name: '返回文章列表' }).click();
    await waitForList(page);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an unknown path shows the not-found page', async () => {
    const { page, context } = await openPage(browser(), '/no/such/page');
    await page.getByRole('heading', { name: '页面不存在' }).waitFor();
    expect(await page.title()).toBe('页面不存在 · 首都工会新闻');
    await context.close();
  });

  test('malformed parameters are ignored and never crash the page', async () => {
    const { page, context, errors } = await openPage(
      browser(),
      '/?district=%E0%A4%A&district=火星区&type=<script>&union=&q=%&foo=bar',
    );
    await waitForList(page);
    expect(await resultCount(page)).toBeGreaterThan(5);
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
    await context.close();
  });
});
