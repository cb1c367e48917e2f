import { describe, test } from 'vitest';
import {
  DESKTOP,
  expectNoSeriousA11yViolations,
  launchBrowser,
  openPage,
  PHONE,
  resultLinks,
  waitForList,
} from './browser';

const { browser } = launchBrowser();

describe('accessibility (axe-core: no serious or critical violations)', () => {
  for (const [label, viewport] of [
    ['1280 px', DESKTOP],
    ['390 px', PHONE],
  ] as const) {
    test(`list view at ${label}`, async () => {
      const { page, context } = await openPage(browser(), '/', viewport);
      await waitForList(page);
      await expectNoSeriousA11yViolations(page, `list ${label}`);
      await context.close();
    });

    test(`article view with a search and filters at ${label}`, async () => {
      const { page, context } = await openPage(browser(), '/?q=总工会', viewport);
      await waitForList(page);
      if (viewport === PHONE) await page.getByRole('button', { name: /^筛选/ }).click();
      await page
        .getByRole('group', { name: '活动类型', exact: true })
        .getByRole('checkbox')
        .first()
        .check();
      if (viewport === PHONE) await page.getByRole('button', { name: /^查看 \d+ 篇结果$/ }).click();
      await resultLinks(page).first().click();
      await page.getByRole('article').locator('mark').first().waitFor();
      await expectNoSeriousA11yViolations(page, `article ${label}`);
      await context.close();
    });
  }

  test('a cold article link (the prerendered page), before and after the app takes over', async () => {
    const list = await openPage(browser(), '/');
    await waitForList(list.page);
    const href = (await resultLinks(list.page).nth(1).getAttribute('href'))!;
    await list.context.close();
    // The page as it arrives: the app's code never loads.
    const before = await openPage(browser(), 'about:blank', PHONE);
    await before.page.route('**/assets/*.js', (route) => route.abort());
    await before.page.goto(href);
    await before.page.getByRole('article').waitFor();
    await expectNoSeriousA11yViolations(before.page, 'prerendered article before the app runs');
    await before.context.close();
    const { page, context } = await openPage(browser(), href);
    await page.getByRole('group', { name: '区域', exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, 'prerendered article, hydrated');
    await context.close();
  });

  test('filters panel open on a phone', async () => {
    const { page, context } = await openPage(browser(), '/?district=西城区', PHONE);
    await waitForList(page);
    await page.getByRole('button', { name: /^筛选/ }).click();
    await page.getByRole('group', { name: '工会', exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, 'filters on phone');
    await context.close();
  });

  test('not-found page and shortcuts dialog', async () => {
    const { page, context } = await openPage(browser(), '/articles/nope');
    await page.getByRole('heading', { name: '找不到这篇文章' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'not found');
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await expectNoSeriousA11yViolations(page, 'shortcuts dialog');
    await context.close();
  });
});
