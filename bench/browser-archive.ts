/**
 * The bench's rows for dates and the 版面 view (issue 8), on a dated corpus:
 * - selecting a year on the timeline, through the `?bench` hook like the facet
 *   toggles (select a year, clear it; every year, two passes; the months on an
 *   archive of one year), target p95 ≤ 16 ms;
 * - opening a page view: data requests (target ≤ 2), cold (`/issues/<last>/1`
 *   in a fresh context) and in the app (first view, then 版面, then 第1版).
 * The date column's bytes per article come from the bundle sizes (report-archive.ts).
 */
import type { Browser, Page } from 'playwright-core';
import type { ArchiveManifest } from '../src/shared/archive-bundle';
import { stats, type Stats } from './browser-latency';
import { freshPage, type Step } from './browser-page';
import type { Served } from './serve';

const PASSES = 2;
const SETTLE_MS = 100;

export interface ArchiveRun {
  /** Year select / clear, through the hook. */
  yearSelect: Stats;
  yearSelects: number[];
  /** Cold `/issues/<last>/1` until the page's story list shows. */
  pageViewCold: Step;
  /** After the first view: 版面 in the header, then 第1版. */
  pageViewInApp: Step;
  errors: string[];
}

const stories = (page: Page) => page.getByRole('list', { name: '本版文章', exact: true });

/** The bars the timeline shows first: every year, or every month when the archive spans one year. */
export function timelinePeriods(dates: NonNullable<ArchiveManifest['dates']>): string[] {
  const first = Number(dates.first.slice(0, 4));
  const last = Number(dates.last.slice(0, 4));
  if (first === last) {
    const m0 = Number(dates.first.slice(5, 7));
    return Array.from(
      { length: dates.months.length },
      (_, i) => `${first}-${String(m0 + i).padStart(2, '0')}`,
    );
  }
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

export async function measureArchive(
  browser: Browser,
  server: Served,
  manifest: ArchiveManifest,
): Promise<ArchiveRun | undefined> {
  const dates = manifest.dates;
  if (!dates) return undefined;
  const errors: string[] = [];

  const latency = await freshPage(browser, server, errors);
  const yearSelects: number[] = [];
  try {
    const { page, meter } = latency;
    await page.goto('/?bench');
    await page.waitForFunction(() => 'ready' in (window.__readerBench ?? {}));
    await page.evaluate(() => (window.__readerBench as { ready: Promise<void> }).ready);
    await meter.quiet();
    const select = (from?: string, to?: string) =>
      page.evaluate(
        ([f, t]) =>
          (
            window.__readerBench as { selectPeriod(f?: string, t?: string): Promise<number> }
          ).selectPeriod(f ?? undefined, t ?? undefined),
        [from ?? null, to ?? null] as const,
      );
    for (let pass = 0; pass < PASSES; pass++) {
      for (const period of timelinePeriods(dates)) {
        yearSelects.push(await select(period, period));
        await meter.quiet(SETTLE_MS);
        yearSelects.push(await select());
        await meter.quiet(SETTLE_MS);
      }
    }
  } finally {
    await latency.context.close();
  }

  const cold = await freshPage(browser, server, errors);
  const pageViewCold = await cold.step(async () => {
    await cold.page.goto(`/issues/${dates.last}/1`);
    await stories(cold.page).getByRole('link').first().waitFor();
  });
  await cold.context.close();

  const inApp = await freshPage(browser, server, errors);
  await inApp.step(async () => {
    await inApp.page.goto('/');
    await inApp.page
      .getByRole('list', { name: '文章列表', exact: true })
      .getByRole('link')
      .first()
      .waitFor();
  });
  const pageViewInApp = await inApp.step(async () => {
    await inApp.page.getByRole('link', { name: '版面', exact: true }).click();
    await inApp.page.getByRole('heading', { level: 1, name: /版面$/ }).waitFor();
    await inApp.page
      .getByRole('link', { name: /^第1版/ })
      .first()
      .click();
    await stories(inApp.page).getByRole('link').first().waitFor();
  });
  await inApp.context.close();

  return { yearSelect: stats(yearSelects), yearSelects, pageViewCold, pageViewInApp, errors };
}
