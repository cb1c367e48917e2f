/**
 * The whole ingest: list pages, detect banners, run each page through the
 * pipeline one at a time (only one page's raw text is in memory at once),
 * then write the bundle and the report.
 */
import { readFileSync } from 'node:fs';
import { BUNDLE_VERSION, type Article, type EventTaxonomy, type IngestReport, type PageReport } from '../../shared/schema';
import { detectBanners, loadKnownBanners } from '../input/banners';
import { listPages } from '../input/list-pages';
import { writeBundle, type BundleStats } from '../bundle/write-bundle';
import { ingestPage, type FacetExtractor } from './ingest-page';

export interface IngestOptions {
  input: string;
  output: string;
  taxonomy: EventTaxonomy;
  extract: FacetExtractor;
  bannersFile: string;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface IngestResult {
  articles: Article[];
  report: IngestReport;
  bundle: BundleStats;
  inputBytes: number;
}

export function runIngest(options: IngestOptions): IngestResult {
  const { pages, warnings } = listPages(options.input);
  const banners = detectBanners(
    pages.map((p) => p.path),
    loadKnownBanners(options.bannersFile),
  );
  const articles: Article[] = [];
  const pageReports: PageReport[] = [];
  const seenIds = new Set<string>();
  let inputBytes = 0;

  pages.forEach((page, index) => {
    options.onProgress?.(index, pages.length, page.file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(page.path);
    } catch (error) {
      pageReports.push(failedPage(page.file, `${page.file}: cannot be read (${(error as Error).message}).`));
      return;
    }
    inputBytes += bytes.length;
    const result = ingestPage({ file: page.file, bytes, banners, extract: options.extract, ...(page.meta ? { meta: page.meta } : {}) });
    for (const article of result.articles) {
      // Two identical stories on one page would share an id; keep both, distinctly.
      let id = article.id;
      for (let n = 2; seenIds.has(id); n++) id = `${article.id}-${n}`;
      if (id !== article.id) {
        result.report.warnings.push(`${page.file}: two stories titled 「${article.title}」 with the same opening; the second is ${id}.`);
        result.report.articles = result.report.articles.map((x, i) => (i === article.source.order ? id : x));
        article.id = id;
      }
      seenIds.add(id);
      articles.push(article);
    }
    pageReports.push(result.report);
  });
  options.onProgress?.(pages.length, pages.length, '');

  if (pages.length === 0) warnings.push(`${options.input}: no .txt pages found; the bundle is empty.`);
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
      articles: articles.length,
      repairs: count((p) => p.repairs.length),
      dropped: count((p) => p.dropped.length),
      warnings: count((p) => p.warnings.length) + warnings.length,
    },
  };
  const bundle = writeBundle(options.output, articles, report, options.taxonomy);
  return { articles, report, bundle, inputBytes };
}

function failedPage(file: string, error: string): PageReport {
  return { file, encoding: 'unknown', lines: 0, articles: [], banner: [], orphanHeadings: [], repairs: [], dropped: [], warnings: [], error };
}
