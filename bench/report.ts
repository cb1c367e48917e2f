/**
 * The bench's printed report: Markdown tables (they paste into docs as they
 * are) from the raw results of bench/run.ts.
 */
import { cpus } from 'node:os';
import type { Corpus } from './corpora';
import type { BrowserRun } from './browser';
import type { ArticleLinkRun } from './browser-article';
import type { SiteRun } from './site';
import { siteReport } from './report-site';
import type { IngestRun } from './ingest';
import { PAGEFIND_VERSION, type PagefindRun } from './pagefind';
import { OUR_DOWNLOADS, OUR_KINDS, PAGEFIND_KINDS, total, type KindSize } from './sizes';
import { browserReport } from './report-browser';
import { archiveReport } from './report-archive';
import type { DailyRun } from './daily';
import { dailyReport } from './report-daily';
import { searchReport } from './report-search';
import type { SearchCheck } from './search-check';
import { mb, num, ratio, table } from './table';

export interface SizeResult {
  size: number;
  corpus: Corpus;
  ingest?: IngestRun;
  bundle?: KindSize[];
  ourSearch?: { seconds: number; bytes: number; shards: number };
  pagefind?: PagefindRun;
  pagefindFiles?: KindSize[];
  /** Why Pagefind was not run at this size. */
  pagefindSkipped?: string;
  /** --browser-only: corpus, ingest output and maybe Pagefind index came from an earlier run. */
  reused?: boolean;
  /** --browser-only: a Pagefind index built from this ingest output exists. */
  pagefindReused?: boolean;
  browser?: BrowserRun & {
    app: { revision: string; hash: string };
    /** 1-minute load average before and after this size's browser run. */
    loadAverage: [number, number];
  };
  browserError?: string;
  /** The site build on this size's bundle (bench/site.ts). */
  site?: SiteRun;
  siteError?: string;
  /** A cold article link in Chromium (bench/browser-article.ts). */
  articleLink?: ArticleLinkRun;
  /** A daily update: one more issue into the published archive (bench/daily.ts). */
  daily?: DailyRun;
  dailyError?: string;
  /** Exact search against a brute-force scan of articles.json (bench/search-check.ts). */
  searchCheck?: SearchCheck;
  error?: string;
}

export function report(results: SizeResult[]): string {
  const ok = results.filter((r) => r.ingest && r.bundle);
  const out: string[] = [];
  const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  out.push(
    `# Bench — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model.trim() ?? 'cpu'}`,
  );

  out.push('\n## Corpus (synthetic, scripts/corpus)\n');
  out.push(
    table(
      ['size', 'pages', 'generated stories', 'found by ingest', 'input'],
      results.map((r) => [
        k(r.size),
        num(r.corpus.summary.pages),
        num(r.corpus.summary.articles),
        num(r.ingest?.articles),
        mb(r.corpus.summary.bytes),
      ]),
    ),
  );

  const appData = (r: SizeResult) => total(r.bundle!, OUR_DOWNLOADS, true);
  // --browser-only reuses outputs without re-running the ingest: nothing to show here then.
  if (ok.length > 0) {
    out.push('\n## Ingest (child process: node --import tsx src/ingest/cli.ts --quiet)\n');
    out.push(
      table(
        ['size', 'wall s', 'ingest s', 'pages/s', 'MB/s', 'articles/s', 'peak RSS', 'default heap'],
        ok.map((r) => {
          const s = r.ingest!.ingestSeconds ?? r.ingest!.wallSeconds;
          return [
            k(r.size),
            num(r.ingest!.wallSeconds, 2),
            num(r.ingest!.ingestSeconds, 2),
            num(r.corpus.summary.pages / s),
            num(r.corpus.summary.bytes / 1048576 / s, 2),
            num((r.ingest!.articles ?? r.corpus.summary.articles) / s),
            mb(r.ingest!.peakRssBytes),
            r.ingest!.heapMb ? `no → --max-old-space-size=${r.ingest!.heapMb}` : 'ok',
          ];
        }),
      ),
    );
    for (const r of ok.filter((x) => x.ingest!.defaultHeapFailure))
      out.push(`\nDefault heap at ${k(r.size)}: ${r.ingest!.defaultHeapFailure}.`);
    out.push('\n"wall" includes Node + tsx start-up; rates use the ingest\'s own "in X s" time.');
    out.push(
      '"default heap": whether `npm run ingest` (Node\'s default V8 heap limit) got through; if not, the row is the rerun with a bigger heap.',
    );

    out.push('\n## Linearity (ingest time per page; flat = linear)\n');
    const base = ok[0]
      ? (ok[0].ingest!.ingestSeconds ?? ok[0].ingest!.wallSeconds) / ok[0].corpus.summary.pages
      : 0;
    const seconds = (r: SizeResult) => r.ingest!.ingestSeconds ?? r.ingest!.wallSeconds;
    out.push(
      table(
        ['size', 'ms/page', 'ms/article', 'vs smallest', 'marginal ms/page', 'RSS/article'],
        ok.map((r, i) => {
          const perPage = seconds(r) / r.corpus.summary.pages;
          const prev = ok[i - 1];
          // The extra time per extra page since the previous size: start-up costs (workers, gazetteer) cancel out.
          const marginal = prev
            ? ((seconds(r) - seconds(prev)) /
                (r.corpus.summary.pages - prev.corpus.summary.pages)) *
              1000
            : null;
          return [
            k(r.size),
            num(perPage * 1000, 2),
            num((seconds(r) / r.corpus.summary.articles) * 1000, 2),
            `${(perPage / base).toFixed(2)}×`,
            marginal === null ? '' : num(marginal, 2),
            r.ingest!.peakRssBytes
              ? `${num(r.ingest!.peakRssBytes / r.corpus.summary.articles / 1024, 1)} KB`
              : 'n/a',
          ];
        }),
      ),
    );
    out.push(
      '\nA falling ms/page means fixed start-up costs; judge linearity by the marginal column staying flat.',
    );

    out.push('\n## Our bundle (disk / gzip -9 per file)\n');
    const kindRow = (
      kind: string,
      pick: (r: SizeResult) => { files: number; bytes: number; gzipBytes: number } | undefined,
    ) => [
      kind,
      ...ok.flatMap((r) => {
        const s = pick(r);
        return s ? [`${mb(s.bytes)} / ${mb(s.gzipBytes)}`, num(s.files)] : ['n/a', ''];
      }),
    ];
    const present = OUR_KINDS.filter((kind) =>
      ok.some((r) => r.bundle!.some((s) => s.kind === kind && s.files > 0)),
    );
    out.push(
      table(
        ['kind', ...ok.flatMap((r) => [`${k(r.size)} disk / gz`, 'files'])],
        [
          ...present.map((kind) => kindRow(kind, (r) => r.bundle!.find((s) => s.kind === kind))),
          kindRow('= app data (all but articles.json, report.json)', appData),
        ],
      ),
    );
    out.push(
      `\nPer article, gzipped, app data: ${ok.map((r) => `${k(r.size)} ${num(appData(r).gzipBytes / r.corpus.summary.articles)} B`).join(', ')}.`,
    );
  }

  const pf = ok.filter((r) => r.pagefind && r.pagefindFiles);
  for (const r of ok.filter((x) => x.pagefindSkipped))
    out.push(`\nPagefind at ${k(r.size)}: ${r.pagefindSkipped}.`);
  if (pf.length > 0) {
    out.push(
      `\n## Pagefind ${PAGEFIND_VERSION} on the same articles (Node API, addCustomRecord per article, filters district/union/type)\n`,
    );
    out.push(
      table(
        [
          'size',
          'build s',
          'service peak RSS',
          'files',
          'index+meta disk',
          'filters',
          'fragments',
          'runtime (js+wasm)',
        ],
        pf.map((r) => {
          const f = (kinds: string[]) => mb(total(r.pagefindFiles!, kinds).bytes);
          return [
            k(r.size),
            num(r.pagefind!.seconds, 2),
            mb(r.pagefind!.peakRssBytes),
            num(total(r.pagefindFiles!, PAGEFIND_KINDS).files),
            f(['index', 'meta']),
            f(['filters']),
            f(['fragments']),
            f(['runtime']),
          ];
        }),
      ),
    );
    out.push(
      '\nPagefind writes its pf_* files and wasm gzipped already; hosts serve them as they are, so their gzip size = disk size.',
    );

    out.push('\n## Ours / Pagefind (below 1 = ours smaller or faster)\n');
    out.push(
      table(
        [
          'size',
          'search build s (ours / pf)',
          'search index gz (search / pf index+meta)',
          'all data gz (app data / pf minus runtime)',
          'files (app / pf)',
        ],
        pf.map((r) => {
          const ours = appData(r);
          const theirs = total(r.pagefindFiles!, ['meta', 'index', 'filters', 'fragments']);
          const search = total(r.bundle!, ['search']);
          const pfIndex = total(r.pagefindFiles!, ['meta', 'index']);
          return [
            k(r.size),
            `${num(r.ourSearch!.seconds, 2)} / ${num(r.pagefind!.seconds, 2)} = ${ratio(r.ourSearch!.seconds, r.pagefind!.seconds)}`,
            `${mb(search.gzipBytes)} / ${mb(pfIndex.gzipBytes)} = ${ratio(search.gzipBytes, pfIndex.gzipBytes)}`,
            `${mb(ours.gzipBytes)} / ${mb(theirs.gzipBytes)} = ${ratio(ours.gzipBytes, theirs.gzipBytes)}`,
            `${num(ours.files)} / ${num(theirs.files)}`,
          ];
        }),
      ),
    );
    out.push(
      '\n"search build": our SearchSegmentBuilder in-process (add + encode shards) vs Pagefind createIndex → writeFiles, same articles.',
    );
    out.push(
      '"all data": ours holds list, facets, search and full articles; Pagefind holds its index, filters and fragments (which carry the',
    );
    out.push(
      'full text). Both fetch only part of it per interaction: the browser figures below say what a reader pays.',
    );
  }

  out.push(...dailyReport(results));
  out.push(...browserReport(results));
  out.push(...archiveReport(results));
  out.push(...siteReport(results));
  out.push(...searchReport(results));

  for (const r of results.filter((x) => x.error)) out.push(`\nFAILED at ${k(r.size)}: ${r.error}`);
  return out.join('\n');
}
