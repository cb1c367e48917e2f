/**
 * Interaction latency through the app's own hook (src/app/bench.ts, on with
 * `?bench`): each call changes the URL as the UI does and resolves with the
 * ms until React has committed the new results and counts (plus a forced
 * layout). Measured after `ready` (facet data loaded), so toggles time the
 * filter engine and render, not the network; searches are timed after a
 * warm-up pass (their shards cached), and the very first search, which
 * fetches its shards, is reported on its own.
 */
import type { Browser, Page } from 'playwright-core';
import { freshPage } from './browser-page';
import type { Served } from './serve';

/** Realistic queries: event kinds, places, bodies, slogans (two to four characters). */
export const QUERIES = [
  '知识竞赛',
  '门头沟',
  '总工会',
  '送温暖',
  '技能大赛',
  '产改',
  '职工',
  '朝阳区',
  '劳模',
  '志愿服务',
  '劳动竞赛',
  '职工之家',
  '集体合同',
  '培训',
  '慰问',
];
const SEARCH_PASSES = 2;
const TOGGLE_PASSES = 2;
/** Between interactions: let list chunks for rows that came into view arrive, as a person's pace would. */
const SETTLE_MS = 100;

export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export interface LatencyRun {
  toggles: number[];
  searches: number[];
  toggle: Stats;
  search: Stats;
  /** The first search in a fresh page: fetches its shards. */
  coldSearchMs: number;
  queries: string[];
  errors: string[];
}

/** Nearest-rank percentile. */
export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) =>
    s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s.at(-1) ?? NaN };
}

type Kind = 'district' | 'type' | 'union';

/** On/off pairs per value, then several districts at once (a union within a facet), then across facets. */
function toggleSequence(v: { districts: string[]; types: string[]; union: string | undefined }) {
  const [d0, d1, d2] = v.districts;
  const seq: [Kind, string][] = [
    ...v.districts.flatMap((d): [Kind, string][] => [
      ['district', d],
      ['district', d],
    ]),
    ...v.types.flatMap((t): [Kind, string][] => [
      ['type', t],
      ['type', t],
    ]),
    ...(v.union
      ? ([
          ['union', v.union],
          ['union', v.union],
        ] as [Kind, string][])
      : []),
  ];
  if (d0 && d1 && d2)
    seq.push(
      ['district', d0],
      ['district', d1],
      ['district', d2],
      ['district', d2],
      ['district', d1],
      ['district', d0],
    );
  const t0 = v.types[0];
  if (d0 && t0) {
    const across: [Kind, string][] = [
      ['district', d0],
      ['type', t0],
    ];
    if (v.union) across.push(['union', v.union]);
    seq.push(...across, ...[...across].reverse());
  }
  return Array.from({ length: TOGGLE_PASSES }, () => seq).flat();
}

const call = (page: Page, method: 'toggleFacet' | 'search', args: string[]) =>
  page.evaluate(
    ([m, ...a]) => {
      const bench = (
        window as unknown as { __readerBench: Record<string, (...x: string[]) => Promise<number>> }
      ).__readerBench;
      return bench[m!]!(...a);
    },
    [method, ...args],
  );

export async function measureLatency(
  browser: Browser,
  server: Served,
  values: { districts: string[]; types: string[]; union: string | undefined },
): Promise<LatencyRun> {
  const errors: string[] = [];
  const { context, page, meter } = await freshPage(browser, server, errors);
  try {
    await page.goto('/?bench');
    await page.waitForFunction(() => 'ready' in (window.__readerBench ?? {}));
    await page.evaluate(() => (window.__readerBench as { ready: Promise<void> }).ready);
    await meter.quiet();
    const settle = () => meter.quiet(SETTLE_MS);

    const coldSearchMs = await call(page, 'search', [QUERIES[0]!]);
    await settle();
    for (const q of QUERIES.slice(1)) {
      await call(page, 'search', [q]);
      await settle();
    }
    const searches: number[] = [];
    for (let pass = 0; pass < SEARCH_PASSES; pass++)
      for (const q of QUERIES) {
        searches.push(await call(page, 'search', [q]));
        await settle();
      }
    await call(page, 'search', ['']);
    await settle();

    const toggles: number[] = [];
    for (const [kind, value] of toggleSequence(values)) {
      toggles.push(await call(page, 'toggleFacet', [kind, value]));
      await settle();
    }
    return {
      toggles,
      searches,
      toggle: stats(toggles),
      search: stats(searches),
      coldSearchMs,
      queries: QUERIES,
      errors,
    };
  } finally {
    await context.close();
  }
}
