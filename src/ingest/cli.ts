/**
 * npm run ingest -- --input <dir> --output <dir> [--taxonomy <file>] [--quiet]
 * Defaults: SEEDS_DIR or seeds/, and public/data (the folder the app build reads).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { InputError } from './input/list-pages';
import { runIngest } from './pipeline/run-ingest';
import { createFacetExtractor, loadEventTaxonomy } from './extract/extract-facets';

const USAGE =
  'usage: npm run ingest -- [--input <folder of .txt pages>] [--output <folder>] [--taxonomy <event-types.json>] [--workers N] [--quiet]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        taxonomy: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        workers: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.workers !== undefined && !/^\d+$/.test(args.workers)) {
    console.error(
      `ingest: --workers takes a whole number (0 = no worker threads), not "${args.workers}"\n${USAGE}`,
    );
    return 2;
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
    const { totals } = result.report;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `ingest: ${totals.articles} articles from ${totals.pages} pages in ${seconds.toFixed(2)} s → ${output}\n` +
        `        bundle: ${result.bundle.files} files, ${(result.bundle.totalBytes / 1048576).toFixed(1)} MB; ${totals.repairs} repairs, ${totals.dropped} dropped (see report.json), ${totals.warnings} warnings, ${totals.failedPages} pages failed`,
    );
    for (const w of result.report.warnings) console.warn(`warning: ${w}`);
    for (const page of result.report.pages) {
      if (page.error) console.warn(`error: ${page.error}`);
      if (!args.quiet) for (const w of page.warnings) console.warn(`warning: ${w}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`ingest: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
