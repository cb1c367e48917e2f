import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DESKTOP, launchBrowser, openPage, PHONE, resultLinks, waitForList } from './browser';

const { browser } = launchBrowser();
const dir = process.env.SCREENSHOT_DIR ?? tmpdir();

/** Screenshots for a human look (written to $SCREENSHOT_DIR or the temp dir). */
describe('screenshots', () => {
  test('list, search and article at 1280 px and 390 px', async () => {
    const shots: string[] = [];
    for (const [name, viewport] of [
      ['1280', DESKTOP],
      ['390', PHONE],
    ] as const) {
      const { page, context } = await openPage(browser(), '/', viewport);
      await waitForList(page);
      await page.screenshot({ path: join(dir, `reader-list-${name}.png`) });
      shots.push(`reader-list-${name}.png`);

      await page.goto('/?q=知识竞赛');
      await waitForList(page);
      await resultLinks(page).first().click();
      await page.getByRole('article').waitFor();
      await page.screenshot({ path: join(dir, `reader-article-${name}.png`) });
      shots.push(`reader-article-${name}.png`);

      if (viewport === PHONE) {
        await page.goto('/?district=西城区');
        await waitForList(page);
        await page.getByRole('button', { name: /^筛选/ }).click();
        await page.getByRole('group', { name: '区域', exact: true }).waitFor();
        await page.screenshot({ path: join(dir, `reader-filters-${name}.png`), fullPage: true });
        shots.push(`reader-filters-${name}.png`);
      }
      await context.close();
    }
    for (const s of shots) expect(existsSync(join(dir, s))).toBe(true);
  });
});
