/** Shared e2e helpers: one headless Chromium per test file, pages at a given width. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const baseURL = (): string => inject('baseURL');
/** The same site built with BASE_PATH=/news/, ending with /news/. */
export const newsURL = (): string => inject('newsURL');
/** SITE_URL of the main build (canonical links, feeds, sitemap). */
export const siteURL = (): string => inject('siteURL');

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export function launchBrowser(): { browser: () => Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('browser not launched');
      return browser;
    },
  };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh context (cold cache, no history) with a page at `viewport`, collecting page errors. */
export async function openPage(
  browser: Browser,
  path: string,
  viewport: { width: number; height: number } = DESKTOP,
  options: { permissions?: string[]; baseURL?: string; javaScriptEnabled?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    baseURL: options.baseURL ?? baseURL(),
    permissions: options.permissions ?? [],
    hasTouch: viewport.width < 500,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(path);
  return { context, page, errors };
}

/** The result list and its article links. */
export function resultLinks(page: Page) {
  return page.getByRole('list', { name: '文章列表', exact: true }).getByRole('link');
}

export async function waitForList(page: Page): Promise<void> {
  await resultLinks(page).first().waitFor();
}

/**
 * The number of results the status line reports once they are shown (共 / 筛选出 /
 * 找到 N 篇): the list is virtualised, so counting its links counts only those on screen.
 */
export async function resultCount(page: Page): Promise<number> {
  const status = page
    .getByRole('status')
    .filter({ hasText: /^(共|筛选出|找到) \d+ 篇/ })
    .first();
  await status.waitFor();
  const text = (await status.textContent()) ?? '';
  return Number(/(\d+) 篇/.exec(text)?.[1] ?? NaN);
}

export async function currentParams(page: Page): Promise<URLSearchParams> {
  return new URL(page.url()).searchParams;
}

/**
 * Fails on axe violations of serious or critical impact: every rule of axe's
 * default set, plus label-content-name-mismatch (visible text inside the
 * accessible name, WCAG 2.5.3), which axe leaves off by default.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const report = serious.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, `axe on ${label}`).toEqual([]);
}
