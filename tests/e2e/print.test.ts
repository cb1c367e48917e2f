import { describe, expect, test } from 'vitest';
import {
  DESKTOP,
  launchBrowser,
  openPage,
  PHONE,
  resultLinks,
  siteURL,
  waitForList,
} from './browser';

const { browser } = launchBrowser();

describe('printing an article', () => {
  for (const [label, viewport] of [
    ['1280 px', DESKTOP],
    ['390 px', PHONE],
  ] as const) {
    test(`at ${label}: the article alone, in full, with its source line and link`, async () => {
      const { page, context } = await openPage(browser(), '/', viewport);
      await waitForList(page);
      await resultLinks(page).first().click();
      const article = page.getByRole('article');
      await article.waitFor();
      await page.getByRole('link', { name: '下一篇', exact: true }).waitFor();
      const id = new URL(page.url()).pathname.split('/').pop();
      await page.emulateMedia({ media: 'print' });

      // No navigation: header, search, list, filters, toolbar, previous/next.
      for (const hidden of [
        page.getByRole('banner'),
        page.getByRole('combobox', { name: '搜索' }),
        page.getByRole('list', { name: '文章列表', exact: true }),
        page.getByRole('link', { name: '下一篇', exact: true }),
        page.getByRole('button', { name: '复制链接' }),
      ]) {
        expect(await hidden.isVisible()).toBe(false);
      }
      expect(await article.getByRole('heading', { level: 2 }).isVisible()).toBe(true);
      expect(await article.getByText(/来源版面/).count()).toBe(1);
      expect(await page.getByText('本文链接：').textContent()).toBe(
        `本文链接：${siteURL()}/articles/${id}`,
      );
      expect(await page.getByText('本文链接：').isVisible()).toBe(true);

      // The full text: nothing clips it to a screen (the reader's columns scroll on screen).
      const clipped = await page.evaluate(() => {
        const last = [...document.querySelectorAll('.article-body p')].at(-1)!;
        const box = last.getBoundingClientRect();
        // On screen these scroll (overflow auto, a fixed height); on paper they must not.
        const overflowing = [...document.querySelectorAll('.reader, .pane-column')].filter(
          (el) => getComputedStyle(el).overflowY !== 'visible' || el.scrollHeight > el.clientHeight,
        );
        return {
          lastVisible: box.height > 0 && box.bottom <= document.documentElement.scrollHeight,
          overflowing: overflowing.map((el) => el.className),
        };
      });
      expect(clipped.lastVisible).toBe(true);
      expect(clipped.overflowing).toEqual([]);
      await context.close();
    });
  }
});
