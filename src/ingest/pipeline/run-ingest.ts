/**
 * The whole ingest: list pages, detect banners, run each page through the
 * pipeline one at a time (only one page's raw text is in memory at once),
 * then write the bundle and the report.
 */
import { availableParallelism } from 'node:os';
import {
  BUNDLE_VERSION,
  type Article,
  type EventTaxonomy,
  type IngestReport,
  type PageReport,
} from '../../shared/schema';
import { detectBanners, loadKnownBanners } from '../input/banners';
import { listPages } from '../input/list-pages';
import { ArchiveBundleWriter, type BundleStats } from '../bundle/write-archive-bundle';
import { emptyPageReport, type FacetExtractor } from './ingest-page';
import { inlinePageResults, workerPageResults } from './page-results';
import { joinContinuations } from './join-continuations';

export interface IngestOptions {
  input: string;
  output: string;
  taxonomy: EventTaxonomy;
  extract: FacetExtractor;
  bannersFile: string;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Keep every article in the result (tests); the CLI streams them to disk only. */
  keepArticles?: boolean;
  /** Worker threads for the pages: a number (0: all on this thread), or 'auto' for one per core on big folders. */
  workers?: number | 'auto';
}

const MIN_PAGES_FOR_WORKERS = 64;

/** Buckets are sized from the page count so the same input always gets the same layout. */
const ARTICLES_PER_PAGE_ESTIMATE = 6;

export interface IngestResult {
  articles: Article[];
  report: IngestReport;
  bundle: BundleStats;
  inputBytes: number;
}

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const { pages, warnings } = listPages(options.input);
  const banners = detectBanners(
    pages.map((p) => p.path),
    loadKnownBanners(options.bannersFile),
  );
  const articles: Article[] = [];
  const keep = options.keepArticles ?? true;
  const writer = new ArchiveBundleWriter(
    options.output,
    options.taxonomy,
    pages.length * ARTICLES_PER_PAGE_ESTIMATE,
  );
  let articleCount = 0;
  const pageReports: PageReport[] = [];
  const seenIds = new Set<string>();
  let inputBytes = 0;

  // Worker start-up costs a few hundred milliseconds: only worth it for big folders.
  const workers =
    options.workers === 'auto'
      ? pages.length >= MIN_PAGES_FOR_WORKERS
        ? availableParallelism()
        : 0
      : (options.workers ?? 0);
  const outcomes =
    workers > 0
      ? workerPageResults(pages, banners, options.taxonomy, workers)
      : inlinePageResults(pages, banners, options.extract);
  let index = 0;
  for await (const { page, bytes, result, error } of joinContinuations(outcomes, options.extract)) {
    options.onProgress?.(index++, pages.length, page.file);
    inputBytes += bytes;
    if (!result) {
      pageReports.push(failedPage(page.file, error ?? `${page.file}: failed`));
      continue;
    }
    for (const article of result.articles) {
      // Two identical stories on one page would share an id; keep both, distinctly.
      let id = article.id;
      for (let n = 2; seenIds.has(id); n++) id = `${article.id}-${n}`;
      if (id !== article.id) {
        result.report.warnings.push(
          `${page.file}: two stories titled 「${article.title}」 with the same opening; the second is ${id}.`,
        );
        result.report.articles = result.report.articles.map((x, i) =>
          i === article.origin.order ? id : x,
        );
        article.id = id;
      }
      seenIds.add(id);
      writer.add(article);
      articleCount++;
      if (keep) articles.push(article);
    }
    pageReports.push(result.report);
  }
  options.onProgress?.(pages.length, pages.length, '');

  if (pages.length === 0)
    warnings.push(`${options.input}: no .txt pages found; the bundle is empty.`);
  const count = (f: (p: PageReport) => number) => pageReports.reduce((n, p) => n + f(p), 0);
  const report: IngestReport = {
    version: BUNDLE_VERSION,
    generatedAt: new Date().toISOString(),
    input: options.input,
    warnings,
    pages: pageReports,
    totals: {
      pages: pages.length,
      failedPages: count((p) => (p.error ? 1 : 0)),
      articles: articleCount,
      repairs: count((p) => p.repairs.length),
      dropped: count((p) => p.dropped.length),
      warnings: count((p) => p.warnings.length) + warnings.length,
    },
  };
  const bundle = writer.finish(report);
  return { articles, report, bundle, inputBytes };
}

function failedPage(file: string, error: string): PageReport {
  return { ...emptyPageReport(file), error };
}
