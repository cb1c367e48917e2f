/**
 * Dates, the timeline and the 版面 view in a real browser, on a dated corpus
 * this test generates: 24 synthetic pages (scripts/corpus) filed in dated
 * folders as an archive would be (2021-06-01/01.txt …), without pages.json, so
 * the dates come from the path. The built app (dist/, from the global setup)
 * is served with that corpus's bundle by the bench's static server, with the
 * SPA shell for every page (dist's prerendered pages hold the seeds).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve, type Served } from '../../bench/serve';
import { createContext, generatePage, PAGES_PER_ISSUE } from '../../scripts/corpus/generate';
import { createFacetExtractor, loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import { runIngest } from '../../src/ingest/pipeline/run-ingest';
import type { Article } from '../../src/shared/schema';
import {
  DESKTOP,
  expectNoSeriousA11yViolations,
  launchBrowser,
  openPage,
  PHONE,
  waitForList,
} from './browser';

const ISSUES = ['2021-06-01', '2022-12-30', '2023-02-09', '2023-02-10'];
const PAGES = 6;
const root = join(import.meta.dirname, '../..');

let server: Served;
let articles: Article[];

beforeAll(async () => {
  const input = mkdtempSync(join(tmpdir(), 'e2e-dated-'));
  const ctx = createContext(7);
  ISSUES.forEach((date, issue) => {
    mkdirSync(join(input, date));
    for (let p = 0; p < PAGES; p++) {
      const page = generatePage(ctx, 7, issue * PAGES_PER_ISSUE + p, true);
      writeFileSync(join(input, date, `${String(p + 1).padStart(2, '0')}.txt`), page.bytes);
    }
  });
  const output = mkdtempSync(join(tmpdir(), 'e2e-dated-data-'));
  const taxonomy = loadEventTaxonomy();
  ({ articles } = await runIngest({
    input,
    output,
    taxonomy,
    extract: createFacetExtractor({ taxonomy }),
    bannersFile: join(root, 'data/banners.json'),
  }));
  // The app's pages in dist/ are prerendered from the seeds: serve the SPA shell
  // over this corpus's data instead.
  server = await serve({ app: join(root, 'dist'), data: output, shell: '404.html' });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const { browser } = launchBrowser();

async function open(path: string, viewport: { width: number; height: number } = DESKTOP) {
  const context = await browser().newContext({
    viewport,
    locale: 'zh-CN',
    baseURL: server.url,
    hasTouch: viewport.width < 500,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  return { context, page, errors };
}

const list = (page: Page) => page.getByRole('list', { name: '文章列表', exact: true });
const timeline = (page: Page) => page.getByRole('group', { name: '日期', exact: true });
const count = async (page: Page) => {
  const status = page
    .getByRole('status')
    .filter({ hasText: /\d+ 篇/ })
    .first();
  await status.waitFor();
  return Number(/(\d+) 篇/.exec((await status.textContent()) ?? '')?.[1]);
};
const inYear = (year: string) => articles.filter((a) => a.date?.startsWith(year)).length;
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('a dated archive in the browser', () => {
  test('lists the newest first, with dates on the rows', async () => {
    const { page, context, errors } = await open('/');
    await list(page).getByRole('link').first().waitFor();
    const newest = articles.filter((a) => a.date === '2023-02-10').at(-1)!;
    await expect.poll(() => list(page).getByRole('link').first().textContent()).toBe(newest.title);
    expect(await list(page).getByRole('listitem').first().textContent()).toContain('2023-02-10');
    expect(await page.getByRole('combobox', { name: '排序' }).inputValue()).toBe('newest');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('selecting a year narrows the list, the counts and the URL, and survives reload and back', async () => {
    const { page, context } = await open('/');
    const total = await count(page);
    expect(total).toBe(articles.length);
    await timeline(page)
      .getByRole('button', { name: `2022年，${inYear('2022')}篇` })
      .click();
    await expect.poll(() => count(page)).toBe(inYear('2022'));
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe('2022');
    expect(url.searchParams.get('to')).toBe('2022');
    // The other facets count within 2022 now.
    const in2022 = articles.filter((a) => a.date?.startsWith('2022'));
    const top = in2022.flatMap((a) => a.districts).sort()[0]!;
    const box = page.getByRole('group', { name: '区域', exact: true }).getByRole('checkbox', {
      name: top,
      exact: true,
    });
    const description = () =>
      box.evaluate(
        (b) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent,
      );
    await expect
      .poll(description)
      .toBe(`${in2022.filter((a) => a.districts.includes(top)).length} 篇`);
    await expect
      .poll(() => list(page).getByRole('listitem').first().textContent())
      .toContain('2022-12-30');

    await page.reload();
    await expect.poll(() => count(page)).toBe(inYear('2022'));
    // Chromium names the chip from its parts with spaces between them (移除 日期 ： 2022年).
    await page.getByRole('button', { name: /^移除\s*日期\s*：\s*2022年$/ }).waitFor();

    await page.goBack();
    await expect.poll(() => count(page)).toBe(total);
    expect(new URL(page.url()).searchParams.has('from')).toBe(false);
    await page.goForward();
    await expect.poll(() => count(page)).toBe(inYear('2022'));
    await context.close();
  });

  test('dragging across year bars selects a range', async () => {
    const { page, context } = await open('/');
    const from = timeline(page).getByRole('button', { name: /^2021年/ });
    const to = timeline(page).getByRole('button', { name: /^2022年/ });
    await from.waitFor();
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2022');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2021');
    await expect.poll(() => count(page)).toBe(inYear('2021') + inYear('2022'));
    await context.close();
  });

  test('/issues/:date/:page lists the stories in print order; the pane’s 刊于 link leads there', async () => {
    const { page, context, errors } = await open('/issues/2023-02-09/3');
    const stories = page.getByRole('list', { name: '本版文章', exact: true });
    await stories.getByRole('link').first().waitFor();
    const printed = articles.filter((a) => a.origin.file === '2023-02-09/03.txt');
    expect(await stories.getByRole('link').allTextContents()).toEqual(printed.map((a) => a.title));

    // From the list: an article's pane links back to its page.
    await page.goto(`/articles/${printed[1]!.id}`);
    const link = page.getByRole('link', { name: /^刊于 2023年2月9日 第3版/ });
    await link.click();
    await page.waitForURL('**/issues/2023-02-09/3');
    await stories.getByRole('link').first().waitFor();
    // Previous/next within the page once a story is opened from it.
    await stories.getByRole('link').nth(1).click();
    const adjacent = page.getByRole('navigation', { name: '相邻文章' });
    await expect
      .poll(() => adjacent.getByRole('link').first().getAttribute('href'))
      .toBe(`/issues/2023-02-09/3/articles/${printed[0]!.id}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('axe finds no serious violations on the timeline and the 版面 views', async () => {
    const { page, context } = await open('/?from=2023&to=2023');
    await timeline(page)
      .getByRole('button', { name: /^2023年2月/ })
      .waitFor();
    await list(page).getByRole('link').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'list with a year selected');
    for (const path of [
      '/issues/2023-02-10',
      '/issues/2023-02-10/2',
      `/issues/2023-02-10/2/articles/${articles.find((a) => a.origin.file === '2023-02-10/02.txt')!.id}`,
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).or(page.getByRole('article')).first().waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSeriousA11yViolations(page, path);
    }
    await page.getByRole('button', { name: '选择日期' }).click();
    await page.getByRole('link', { name: /^2023年2月9日/ }).waitFor();
    await expectNoSeriousA11yViolations(page, 'calendar');
    await context.close();
  });

  test('at 390 px the timeline, the page view and an article fit the screen', async () => {
    const { page, context } = await open('/', PHONE);
    await list(page).getByRole('link').first().waitFor();
    await page.getByRole('button', { name: /^筛选/ }).click();
    await timeline(page)
      .getByRole('button', { name: /^2023年/ })
      .click();
    await expect.poll(() => count(page)).toBe(inYear('2023'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    await page.goto('/issues/2023-02-10/1');
    const stories = page.getByRole('list', { name: '本版文章', exact: true });
    await stories.getByRole('link').first().click();
    await page.getByRole('article').waitFor();
    expect(await stories.isVisible()).toBe(false);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: '返回本版' }).click();
    await stories.waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await context.close();
  });
});

describe('an undated archive (the seeds)', () => {
  test('shows no timeline, no sort control and no 版面 link; /issues says there are none', async () => {
    const { page, context, errors } = await openPage(browser(), '/');
    await waitForList(page);
    expect(await timeline(page).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: '排序' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '版面', exact: true }).count()).toBe(0);
    await page.goto('/issues/2023-02-10/1');
    await page.getByRole('heading', { name: '没有版面' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
