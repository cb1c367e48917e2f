/**
 * npm run corpus -- --pages N --out <dir> [--seed S] [--articles N] [--plain]
 * Writes N synthetic pages (or stops at N articles) plus pages.json and
 * corpus.json. See docs/decisions/0006-benchmarks.md.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { CorpusError, writeCorpus } from './generate';

const USAGE =
  'usage: npm run corpus -- --pages <n> --out <folder> [--seed <n>] [--articles <n>] [--plain]\n' +
  '  --articles  stop once this many articles are written (instead of, or as well as, --pages)\n' +
  '  --plain     UTF-8 with LF only (by default a few pages are CRLF, BOM or GB18030, as real exports are)';

/** Bad arguments print the usage; anything else is a bug and keeps its stack. */
class UsageError extends Error {}

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--${name} must be a whole number, got "${value}"`);
  return n;
}

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        pages: { type: 'string' },
        articles: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        plain: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`corpus: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    if (!args.out || (args.pages === undefined && args.articles === undefined))
      throw new UsageError('--out and --pages (or --articles) are required');
    const started = performance.now();
    const summary = writeCorpus({
      out: resolve(args.out),
      seed: positive('seed', args.seed)!,
      pages: positive('pages', args.pages),
      articles: positive('articles', args.articles),
      plain: args.plain,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `corpus: ${summary.pages} pages, ${summary.articles} articles (${summary.photoItems} photo items), ` +
        `${(summary.bytes / 1048576).toFixed(1)} MB, ${summary.firstDate}…${summary.lastDate}, seed ${summary.seed}, ` +
        `${seconds.toFixed(1)} s → ${resolve(args.out)}`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof CorpusError)) throw error;
    console.error(`corpus: ${error.message}\n${USAGE}`);
    return 2;
  }
}

process.exitCode = main();
