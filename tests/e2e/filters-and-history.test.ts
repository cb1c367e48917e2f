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

describe('filters live in the URL', () => {
  test('filter → URL → reload keeps it; back/forward move through the states', async () => {
    const { page, context, errors } = await openPage(browser(), '/');
    await waitForList(page);
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(5);

    const districtGroup = page.getByRole('group', { name: '区域', exact: true });
    const option = districtGroup.getByRole('checkbox', { disabled: false }).first();
    const district = (await option.evaluate((el) => el.closest('label')?.textContent ?? '')).trim();
    expect(district).toMatch(/区$/);
    await option.check();
    await expect
      .poll(async () => (await currentParams(page)).getAll('district'))
      .toEqual([district]);
    await expect.poll(() => resultCount(page)).toBeLessThan(total);
    const filtered = await resultCount(page);
    expect(filtered).toBeGreaterThan(0);

    await page.reload();
    await waitForList(page);
    expect(await resultCount(page)).toBe(filtered);
    expect(
      await districtGroup.getByRole('checkbox', { name: district, exact: true }).isChecked(),
    ).toBe(true);
    // The chip is named by its text (Chrome puts spaces between its parts).
    const chip = page
      .getByRole('list', { name: '已选筛选' })
      .getByRole('button', { name: new RegExp(`^移除\\s*区域\\s*：\\s*${district}$`) });
    await expect.poll(() => chip.count()).toBe(1);

    await page.goBack();
    await expect.poll(async () => (await currentParams(page)).getAll('district')).toEqual([]);
    await expect.poll(() => resultCount(page)).toBe(total);
    expect(
      await districtGroup.getByRole('checkbox', { name: district, exact: true }).isChecked(),
    ).toBe(false);

    await page.goForward();
    await expect.poll(() => resultCount(page)).toBe(filtered);
    expect(
      await districtGroup.getByRole('checkbox', { name: district, exact: true }).isChecked(),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an article opened from filtered results keeps the filters; previous/next work after a reload and in a new tab', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    // The event type with the most articles (values are sorted by count).
    const types = page.getByRole('group', { name: '活动类型', exact: true });
    await types.getByRole('checkbox').first().check();
    await expect.poll(async () => (await currentParams(page)).getAll('type').length).toBe(1);
    const type = (await currentParams(page)).get('type');
    await page.getByText(/^筛选出 \d+ 篇文章/).waitFor();
    await waitForList(page);
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(1);
    const secondTitle = await resultLinks(page).nth(1).textContent();

    await resultLinks(page).first().click();
    await page.getByRole('article').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/articles\/[A-Za-z0-9_-]+$/);
    expect((await currentParams(page)).get('type')).toBe(type);

    await page.reload();
    await page.getByRole('article').waitFor();
    await expect.poll(() => page.getByText(`第 1 / ${count} 篇`).count()).toBe(1);
    await page.getByRole('link', { name: '下一篇', exact: true }).click();
    await expect
      .poll(() => page.getByRole('article').getByRole('heading').first().textContent())
      .toBe(secondTitle);
    expect((await currentParams(page)).get('type')).toBe(type);

    // The same URL in a new tab (a fresh context) shows the same article and position.
    const url = page.url();
    const tab = await openPage(browser(), url);
    await tab.page.getByRole('article').waitFor();
    expect(await tab.page.getByRole('article').getByRole('heading').first().textContent()).toBe(
      secondTitle,
    );
    await expect.poll(() => tab.page.getByText(`第 2 / ${count} 篇`).count()).toBe(1);
    await tab.context.close();
    await context.close();
  });

  test('back and forward move between list and articles', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForList(page);
    const first = await resultLinks(page).nth(0).textContent();
    const second = await resultLinks(page).nth(1).textContent();
    await resultLinks(page).nth(0).click();
    await expect
      .poll(() => page.getByRole('article').getByRole('heading').first().textContent())
      .toBe(first);
    await resultLinks(page).nth(1).click();
    await expect
      .poll(() => page.getByRole('article').getByRole('heading').first().textContent())
      .toBe(second);
    await page.goBack();
    await expect
      .poll(() => page.getByRole('article').getByRole('heading').first().textContent())
      .toBe(first);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('article').count()).toBe(0);
    await page.goForward();
    await expect
      .poll(() => page.getByRole('article').getByRole('heading').first().textContent())
      .toBe(first);
    await context.close();
  });
});
