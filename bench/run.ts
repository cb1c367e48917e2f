/**
 * npm run bench [-- --sizes 1000,10000,100000] [--seed 1] [--no-pagefind] [--force-pagefind]
 *                  [--always-default-heap] [--browser-only | --no-browser] [--no-site]
 *                  [--no-daily] [--daily-repeats 3]
 *
 * For each corpus size (in articles): generate (or reuse) a synthetic corpus,
 * run the real ingest in a child process, measure its bundle, build Pagefind
 * on the same articles for comparison, then measure the app on that bundle
 * in headless Chromium (bytes per interaction, latency; bench/browser.ts),
 * then the site build on it (prerendered pages, feeds, sitemap; bench/site.ts)
 * and a cold article link in Chromium (bench/browser-article.ts), and time a
 * daily update: one more issue into the published archive (bench/daily.ts).
 * --browser-only reuses the corpora, ingest outputs and Pagefind indexes of
 * an earlier run (an output older than bundle v2 is ingested again).
 * Prints Markdown tables and saves the raw numbers to .bench/results/.
 * Method and caveats: docs/decisions/0006-benchmarks.md.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { ARCHIVE_BUNDLE_VERSION } from '../src/shared/archive-bundle';
import { ensureAppBuild, type AppBuild } from './app-build';
import { measureBrowser } from './browser';
import { measureArticleLink } from './browser-article';
import { runSiteBuild } from './site';
import { launch } from './browser-page';
import { BENCH_DIR, ensureCorpus } from './corpora';
import { benchDaily } from './daily';
import { IngestFailed, runIngestWithRetry } from './ingest';
import { buildOurSearchIndex, buildPagefind } from './pagefind';
import { OUR_KINDS, ourKind, PAGEFIND_KINDS, pagefindKind, sizesByKind } from './sizes';
import { report, type SizeResult } from './report';
import { checkSearch } from './search-check';
import { mb, num } from './table';

/**
 * Pagefind keeps the whole index in memory while it builds (about 0.14–0.27 MB
 * per article here, by version), so at 100k it would need more RAM than a CI box has.
 * Skip it when the peak measured at a smaller size, scaled up, would not fit.
 */
const PAGEFIND_RAM_SHARE = 0.6;
/**
 * The projection is linear from one smaller size, and wrong on the high side
 * it costs a machine out of memory (other work on a shared box gets killed)
 * and minutes of build: plan for twice it. With Pagefind 1.5.2 the 10k peak
 * (1.4–1.5 GB) projected 14–15 GB for 100k, right at the 60 % line of a
 * 24 GB box, so without a margin the decision flipped from run to run.
 */
const PAGEFIND_MARGIN = 2;
/** Heap for the retry after an out-of-memory ingest: most of the RAM, leaving room for the OS. */
const RETRY_HEAP_MB = Math.floor((totalmem() * 0.7) / 1048576);
/** The heap limit `npm run ingest` gets: ours, as the bench runs with default flags too. */
const DEFAULT_HEAP = getHeapStatistics().heap_size_limit;

/** When the ingest's peak RSS at a smaller size, scaled up, clearly exceeds the default heap, don't wait minutes for the OOM. */
function defaultHeapPlan(size: number, earlier: SizeResult[]): string | null {
  const last = earlier.filter((r) => r.ingest?.peakRssBytes).at(-1);
  if (!last) return null;
  const estimate = (last.ingest!.peakRssBytes! / last.corpus.summary.articles) * size;
  if (estimate < DEFAULT_HEAP * 1.5) return null;
  return (
    `not tried: ${mb(last.ingest!.peakRssBytes)} peak at ${num(last.corpus.summary.articles)} articles projects to ~${mb(estimate)}, ` +
    `over the default ${mb(DEFAULT_HEAP)} heap limit`
  );
}

function pagefindPlan(size: number, earlier: SizeResult[], force: boolean): string | null {
  const last = earlier.filter((r) => r.pagefind?.peakRssBytes).at(-1);
  if (force || !last) return null;
  const estimate = (last.pagefind!.peakRssBytes! / last.pagefind!.records) * size * PAGEFIND_MARGIN;
  if (estimate <= totalmem() * PAGEFIND_RAM_SHARE) return null;
  return (
    `skipped: its service peaked at ${mb(last.pagefind!.peakRssBytes)} for ${num(last.pagefind!.records)} articles, ` +
    `so up to ~${mb(estimate)} projected for ${num(size)} (×${PAGEFIND_MARGIN} margin on a linear projection) > ${PAGEFIND_RAM_SHARE * 100}% of this machine's ${mb(totalmem())} (--force-pagefind to try)`
  );
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

const outDir = (size: number) => join(BENCH_DIR, 'out', `a${size}`);
const pagefindDir = (size: number) => join(BENCH_DIR, 'pagefind', `a${size}`);

interface BrowserSetup {
  browser: Browser;
  app: AppBuild;
}

/** The app in Chromium on this size's bundle; a failure is recorded, not fatal (the other figures stand). */
async function benchBrowser(result: SizeResult, setup: BrowserSetup): Promise<void> {
  log('  browser…');
  const started = performance.now();
  try {
    const pagefind = result.pagefind || result.pagefindReused ? pagefindDir(result.size) : null;
    const loadBefore = loadavg()[0]!;
    result.browser = {
      ...(await measureBrowser({
        browser: setup.browser,
        app: setup.app.dir,
        data: outDir(result.size),
        pagefind,
      })),
      app: { revision: setup.app.revision, hash: setup.app.hash },
      // Other work on the machine inflates latency; the report shows this next to it.
      loadAverage: [loadBefore, loadavg()[0]!],
    };
    log(`  browser done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    result.browserError = String(error);
    log(`  browser FAILED: ${result.browserError}`);
  }
}

/** The site build on this size's bundle, then a cold article link in Chromium; failures are recorded. */
async function benchSite(result: SizeResult, app: AppBuild, browser: Browser | undefined) {
  log('  site build…');
  try {
    result.site = await runSiteBuild({
      size: result.size,
      appDir: app.dir,
      dataDir: outDir(result.size),
    });
    log(`  site: ${result.site.wallSeconds.toFixed(1)} s`);
    if (browser) {
      log('  browser: cold article link…');
      result.articleLink = await measureArticleLink({
        browser,
        site: result.site.dir,
        data: outDir(result.size),
      });
    }
  } catch (error) {
    result.siteError = String(error);
    log(`  site FAILED: ${result.siteError}`);
  }
}

/**
 * --browser-only: this size's earlier outputs, if the ingest output is bundle v2
 * (else null: the caller runs the whole size). Pagefind is compared only if its
 * index was built after that output (from the same articles).
 */
function reuseOutputs(size: number, seed: number): SizeResult | null {
  const manifest = join(outDir(size), 'manifest.json');
  if (!existsSync(manifest)) return null;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: number };
  if (version !== ARCHIVE_BUNDLE_VERSION) return null;
  const corpus = ensureCorpus(size, seed);
  const entry = join(pagefindDir(size), 'pagefind-entry.json');
  const fresh = existsSync(entry) && statSync(entry).mtimeMs >= statSync(manifest).mtimeMs;
  return {
    size,
    corpus,
    reused: true,
    ...(fresh
      ? { pagefindReused: true }
      : {
          pagefindSkipped: 'no Pagefind index built from this ingest output (run the full bench)',
        }),
  };
}

async function benchSize(
  size: number,
  seed: number,
  pagefindSkip: string | null,
  defaultHeapSkip: string | null,
): Promise<SizeResult> {
  log(`${num(size)} articles: corpus…`);
  const corpus = ensureCorpus(size, seed);
  log(
    `  ${corpus.generated ? `generated in ${corpus.seconds.toFixed(1)} s` : 'cached'}: ${corpus.summary.pages} pages → ${corpus.dir}`,
  );
  const result: SizeResult = { size, corpus };
  const out = outDir(size);
  try {
    log('  ingest…');
    if (defaultHeapSkip)
      log(`  default heap ${defaultHeapSkip}; running with --max-old-space-size=${RETRY_HEAP_MB}`);
    result.ingest = await runIngestWithRetry(corpus.dir, out, RETRY_HEAP_MB, defaultHeapSkip);
    if (result.ingest.heapMb && !defaultHeapSkip)
      log(
        `  default heap ran out; measured again with --max-old-space-size=${result.ingest.heapMb}`,
      );
    log('  bundle sizes…');
    result.bundle = await sizesByKind(out, ourKind, OUR_KINDS);
    if (pagefindSkip) {
      result.pagefindSkipped = pagefindSkip;
      log(`  pagefind ${pagefindSkip}`);
    } else {
      const articles = join(out, 'articles.json');
      log('  our search index (in-process)…');
      result.ourSearch = await buildOurSearchIndex(articles);
      log('  pagefind…');
      const pfDir = pagefindDir(size);
      result.pagefind = await buildPagefind(articles, pfDir);
      log(
        `  pagefind: ${result.pagefind.seconds.toFixed(1)} s, service peak ${mb(result.pagefind.peakRssBytes)}`,
      );
      result.pagefindFiles = await sizesByKind(pfDir, pagefindKind, PAGEFIND_KINDS);
    }
  } catch (error) {
    if (!(error instanceof IngestFailed)) throw error;
    result.error = error.message;
    log(`  FAILED: ${error.message}`);
  }
  return result;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      seed: { type: 'string', default: '1' },
      'no-pagefind': { type: 'boolean', default: false },
      'force-pagefind': { type: 'boolean', default: false },
      'always-default-heap': { type: 'boolean', default: false },
      'browser-only': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      'no-site': { type: 'boolean', default: false },
      'no-daily': { type: 'boolean', default: false },
      'daily-repeats': { type: 'string', default: '3' },
    },
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  const seed = Number(values.seed);
  const repeats = Number(values['daily-repeats']);
  const bad =
    sizes.some((s) => !Number.isInteger(s) || s <= 0) ||
    !Number.isInteger(seed) ||
    !Number.isInteger(repeats) ||
    repeats < 1;
  if (bad || (values['browser-only'] && values['no-browser'])) {
    console.error(
      'usage: npm run bench -- [--sizes 1000,10000,100000] [--seed 1] [--no-pagefind] [--force-pagefind] [--always-default-heap] [--browser-only | --no-browser] [--no-site] [--no-daily] [--daily-repeats 3]',
    );
    return 2;
  }
  const started = performance.now();
  let setup: BrowserSetup | undefined;
  // A broken app build (src/app is work in progress) costs the browser rows, not the run.
  let setupError: string | undefined;
  if (!values['no-browser']) {
    try {
      const app = await ensureAppBuild();
      log(
        `app ${app.revision} (${app.hash}) ${app.seconds === null ? 'cached' : `built in ${app.seconds.toFixed(1)} s`} → ${app.dir}`,
      );
      setup = { app, browser: await launch() };
    } catch (error) {
      setupError = `no app build or browser: ${String(error)}`;
      log(setupError);
    }
  }
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      let result = values['browser-only'] ? reuseOutputs(size, seed) : null;
      if (result) log(`${num(size)} articles: reusing ${outDir(size)}`);
      else {
        if (values['browser-only'])
          log(`${num(size)} articles: no bundle v2 output to reuse; running the ingest`);
        const skip = values['no-pagefind']
          ? 'skipped: --no-pagefind'
          : pagefindPlan(size, results, values['force-pagefind']);
        result = await benchSize(
          size,
          seed,
          skip,
          values['always-default-heap'] ? null : defaultHeapPlan(size, results),
        );
      }
      if (values['no-pagefind']) {
        delete result.pagefindReused;
        result.pagefindSkipped ??= 'skipped: --no-pagefind';
      }
      if (!result.error) {
        log('  search exactness check…');
        result.searchCheck = await checkSearch(outDir(size));
        log(
          `  search: ${result.searchCheck.differences.length} differences in ${result.searchCheck.queries} queries`,
        );
      }
      if (!values['browser-only'] && !values['no-daily'] && !result.error) {
        log('  daily update (full build, then one more issue)…');
        try {
          result.daily = await benchDaily(result.corpus, seed, repeats);
        } catch (error) {
          result.dailyError = String(error);
          log(`  daily FAILED: ${result.dailyError}`);
        }
      }
      if (setup && !result.error) await benchBrowser(result, setup);
      else if (setupError) result.browserError = setupError;
      if (!values['no-site'] && !result.error) {
        const app = setup?.app ?? (await ensureAppBuild().catch(() => undefined));
        if (app) await benchSite(result, app, setup?.browser);
        else result.siteError = setupError ?? 'no app build';
      }
      results.push(result);
    }
  } finally {
    await setup?.browser.close();
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const text = report(results);
  console.log(text);
  const dir = join(BENCH_DIR, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(dir, `${stamp}.json`), JSON.stringify(results, null, 2));
  writeFileSync(join(dir, `${stamp}.md`), `${text}\n`);
  log(`results saved to ${join(dir, stamp)}.{json,md}`);
  return results.some((r) => r.error || r.browserError || r.siteError) ? 1 : 0;
}

process.exitCode = await main();
