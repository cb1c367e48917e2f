/**
 * npm run ingest -- [--input <dir>] [--output <dir>] [options]; see USAGE.
 * Defaults: SEEDS_DIR or seeds/, and public/data (the folder the app build reads).
 *
 * Exit codes, for scheduled jobs (README "Daily updates"):
 *   0  published (or nothing changed: the live bundle is already up to date)
 *   1  failed: nothing was published, the previous bundle is still live
 *   2  bad usage: nothing was done
 *   3  another build into the same output is running: nothing was done
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InvalidBuild } from './bundle/validate-build';
import { DEFAULT_CACHE_DIR } from './cache/page-cache';
import { DataFileError } from './extract/read-validated-json';
import { InputError } from './input/list-pages';
import { PageFailure } from './pipeline/prepare-page';
import { runIngest, type IngestResult } from './pipeline/run-ingest';
import { createFacetExtractor, loadEventTaxonomy } from './extract/extract-facets';
import { LockBusy } from './publish/build-lock';
import { currentBuild, PublishError, storePaths } from './publish/build-store';

export const EXIT = { published: 0, failed: 1, usage: 2, busy: 3 } as const;

const USAGE = `usage: npm run ingest -- [--input <folder of .txt pages>] [--output <folder>] [options]
  --taxonomy <file>      event types (default data/event-types.json)
  --workers <n>          worker threads for the pages to parse (0: none; default: one per core when 64+ pages need parsing)
  --no-cache             parse every page and rebuild every file (a full build)
  --cache-dir <folder>   page cache (default node_modules/.cache/union-news-ingest)
  --store <folder>       where builds are kept; the output becomes a link to the live one (default: next to the output)
  --wait <seconds>       wait this long for another build of the same output (default: refuse at once)
  --keep-hours <h>       keep folders older manifests name for this long (default 48)
  --quiet                no progress, no per-page warnings
exit codes: 0 published or up to date, 1 failed (previous bundle still live), 2 bad usage, 3 another build is running`;

function whole(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value))
    throw new UsageError(`--${name} takes a number, not "${value}"`);
  return Number(value);
}

class UsageError extends Error {}

/** What is live at the output now, for the failure message. */
function liveDescription(output: string, store: string | undefined): string {
  const paths = storePaths(output, store);
  const id = currentBuild(paths);
  const manifest = join(output, 'manifest.json');
  if (!existsSync(manifest)) return `nothing had been published to ${output} before`;
  try {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as {
      generatedAt?: string;
      articleCount?: number;
    };
    return `${output} still serves the previous bundle${id ? ` (build ${id}` : ' ('}${id ? ', ' : ''}${m.articleCount ?? '?'} articles, generated ${m.generatedAt ?? '?'})`;
  } catch {
    return `${output} is as it was before this build`;
  }
}

function printResult(result: IngestResult, output: string, seconds: number, quiet: boolean): void {
  const { totals, build } = result.report;
  if (result.outcome === 'up-to-date') {
    console.log(
      `ingest: ${totals.articles} articles from ${totals.pages} pages in ${seconds.toFixed(2)} s → ${output}\n` +
        `        up to date: nothing changed since the build of ${result.report.generatedAt} (${result.buildId}); nothing published`,
    );
  } else {
    const p = build!.pages;
    const mb = (n: number) => (n / 1048576).toFixed(1);
    console.log(
      `ingest: ${totals.articles} articles from ${totals.pages} pages in ${seconds.toFixed(2)} s → ${output}\n` +
        `        published build ${result.buildId} (${build!.mode}): ${p.new} new, ${p.changed} changed, ${p.removed} removed, ${p.reparsed} parsed again, ${p.reused} reused pages; ${p.parsed} parsed, ${p.fromCache} from the page cache\n` +
        `        bundle: ${result.bundle.files} files, ${mb(result.bundle.totalBytes)} MB; changed: ${build!.changed.files} files, ${mb(build!.changed.bytes)} MB; segments: ${build!.segments.reused} of ${build!.segments.total} reused\n` +
        `        ${totals.repairs} repairs, ${totals.dropped} dropped (see report.json), ${totals.warnings} warnings, ${totals.failedPages} pages failed`,
    );
    for (const reason of build!.reasons) console.log(`        ${reason}`);
    if (build!.cacheRejected > 0)
      console.warn(
        `warning: ${build!.cacheRejected} page cache entries were damaged or foreign; those pages were parsed again`,
      );
  }
  for (const w of result.report.warnings) console.warn(`warning: ${w}`);
  for (const e of result.notices.errors) console.warn(`error: ${e}`);
  if (!quiet) for (const w of result.notices.warnings) console.warn(`warning: ${w}`);
}

async function main(): Promise<number> {
  let args;
  let options;
  try {
    args = parseArgs({
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        taxonomy: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        workers: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'cache-dir': { type: 'string' },
        store: { type: 'string' },
        wait: { type: 'string' },
        'keep-hours': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
    if (args.workers !== undefined && !/^\d+$/.test(args.workers))
      throw new UsageError(
        `--workers takes a whole number (0 = no worker threads), not "${args.workers}"`,
      );
    options = {
      waitMs: (whole('wait', args.wait) ?? 0) * 1000,
      keepMs: (whole('keep-hours', args['keep-hours']) ?? 48) * 3600_000,
    };
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.help) {
    console.log(USAGE);
    return EXIT.published;
  }
  const input = resolve(args.input ?? process.env.SEEDS_DIR ?? 'seeds');
  const output = resolve(args.output ?? 'public/data');
  const started = performance.now();
  let lastPrint = 0;
  try {
    const taxonomy = loadEventTaxonomy(args.taxonomy);
    const result = await runIngest({
      input,
      output,
      taxonomy,
      extract: createFacetExtractor({ taxonomy }),
      bannersFile: resolve('data/banners.json'),
      keepArticles: false,
      workers: args.workers === undefined ? 'auto' : Number(args.workers),
      cacheDir: resolve(args['cache-dir'] ?? DEFAULT_CACHE_DIR),
      noCache: args['no-cache'],
      ...(args.store ? { store: resolve(args.store) } : {}),
      ...(args.taxonomy ? { dataFiles: [resolve(args.taxonomy)] } : {}),
      ...options,
      onProgress: (done, total) => {
        const now = performance.now();
        if (args.quiet || total < 200 || (now - lastPrint < 1000 && done < total)) return;
        lastPrint = now;
        process.stderr.write(
          `\ringest: ${done}/${total} pages (${Math.round((100 * done) / total)}%)`,
        );
        if (done === total) process.stderr.write('\n');
      },
    });
    printResult(result, output, (performance.now() - started) / 1000, args.quiet);
    return EXIT.published;
  } catch (error) {
    if (error instanceof LockBusy) {
      console.error(`ingest: ${error.message}`);
      return EXIT.busy;
    }
    const known =
      error instanceof InputError ||
      error instanceof DataFileError ||
      error instanceof PageFailure ||
      error instanceof PublishError ||
      error instanceof InvalidBuild;
    const code = (error as NodeJS.ErrnoException).code;
    const message = known
      ? (error as Error).message
      : code && /^E[A-Z]+$/.test(code)
        ? `could not read or write a file: ${(error as Error).message}`
        : ((error as Error).stack ?? String(error));
    console.error(
      `ingest: FAILED: ${message}\ningest: nothing was published; ${liveDescription(output, args.store && resolve(args.store))}`,
    );
    return EXIT.failed;
  }
}

process.exitCode = await main();
