/**
 * npm run bench [-- --sizes 1000,10000,100000] [--seed 1] [--no-pagefind] [--force-pagefind] [--always-default-heap]
 *
 * For each corpus size (in articles): generate (or reuse) a synthetic corpus,
 * run the real ingest in a child process, measure its bundle, and build
 * Pagefind on the same articles for comparison. Prints Markdown tables and
 * saves the raw numbers to .bench/results/. Browser-side figures are left as
 * TODO for the team lead (see the end of the output).
 * Method and caveats: docs/decisions/0006-benchmarks.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIR, ensureCorpus } from './corpora';
import { IngestFailed, runIngestWithRetry } from './ingest';
import { buildOurSearchIndex, buildPagefind } from './pagefind';
import { OUR_KINDS, ourKind, PAGEFIND_KINDS, pagefindKind, sizesByKind } from './sizes';
import { report, type SizeResult } from './report';
import { mb, num } from './table';

/**
 * Pagefind keeps the whole index in memory while it builds (about 0.26 MB
 * per article here), so at 100k it would need more RAM than a CI box has.
 * Skip it when the peak measured at a smaller size, scaled up, would not fit.
 */
const PAGEFIND_RAM_SHARE = 0.6;
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
  const estimate = (last.pagefind!.peakRssBytes! / last.pagefind!.records) * size;
  if (estimate <= totalmem() * PAGEFIND_RAM_SHARE) return null;
  return (
    `skipped: its service peaked at ${mb(last.pagefind!.peakRssBytes)} for ${num(last.pagefind!.records)} articles, ` +
    `so ~${mb(estimate)} projected for ${num(size)} > ${PAGEFIND_RAM_SHARE * 100}% of this machine's ${mb(totalmem())} (--force-pagefind to try)`
  );
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

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
  const out = join(BENCH_DIR, 'out', `a${size}`);
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
      const pfDir = join(BENCH_DIR, 'pagefind', `a${size}`);
      result.pagefind = await buildPagefind(articles, pfDir);
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
    },
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  const seed = Number(values.seed);
  if (sizes.some((s) => !Number.isInteger(s) || s <= 0) || !Number.isInteger(seed)) {
    console.error(
      'usage: npm run bench -- [--sizes 1000,10000,100000] [--seed 1] [--no-pagefind] [--force-pagefind] [--always-default-heap]',
    );
    return 2;
  }
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const skip = values['no-pagefind']
      ? 'skipped: --no-pagefind'
      : pagefindPlan(size, results, values['force-pagefind']);
    results.push(
      await benchSize(
        size,
        seed,
        skip,
        values['always-default-heap'] ? null : defaultHeapPlan(size, results),
      ),
    );
  }
  const text = report(results);
  console.log(text);
  const dir = join(BENCH_DIR, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(dir, `${stamp}.json`), JSON.stringify(results, null, 2));
  writeFileSync(join(dir, `${stamp}.md`), `${text}\n`);
  log(`results saved to ${join(dir, stamp)}.{json,md}`);
  return results.some((r) => r.error) ? 1 : 0;
}

process.exitCode = await main();
