/**
 * A page's parse result as the build uses it: validated against the contract,
 * serialised once (that text is both the cache entry and the source of each
 * article's JSON), and summarised — the compact facts the build keeps about
 * every page (ids, titles, facet values, counts, a hash of each article) so an
 * incremental build can decide what changed without loading unchanged pages.
 *
 * Runs on worker threads and on the main thread alike.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod/mini';
import {
  articleSchema,
  pageReportSchema,
  type Article,
  type HeadlineRole,
  type UnionLevel,
} from '../../shared/schema';
import { pageReportText } from '../bundle/report-text';
import { viewOf, type ArticleView } from '../bundle/segment-families';
import { digest } from '../cache/fingerprint';
import type { PageCache } from '../cache/page-cache';
import type { PageFacts } from '../input/list-pages';
import type { PageJump } from '../segment/jump-sections';
import { ingestPage, type FacetExtractor, type PageResult } from './ingest-page';

export interface ArticleSummary {
  /** As the page's parse gave it (before corpus-wide steps such as duplicate ids). */
  id: string;
  /** Absent in summaries from a build record (build-record.ts). */
  title?: string;
  /** Of the article's JSON as parsed. */
  hash: string;
  districts: string[];
  eventTypes: string[];
  unions: [string, UnionLevel][];
  /** Only on dated pages: what the 版面 index lists of the story (issue-index-builder.ts). */
  story?: StorySummary;
  /** Only where it differs from the page's date (articles of a page share it today). */
  date?: string | null;
}

/** An article as the 版面 view lists it. */
export interface StorySummary {
  headlines: string[];
  roles: HeadlineRole[];
  kind: Article['kind'];
}

/** The printed page as its articles carry it (pages.json, then path, then header). */
export interface PrintedPage {
  date?: string;
  number?: number;
  name?: string;
  paper?: string;
}

/** A jump marker, as much as the corpus-wide join needs to group pages (join-continuations.ts). */
export type JumpSummary = [direction: PageJump['direction'], page: number];

export interface PageSummary {
  failed: boolean;
  /** The page's error, when it failed (the CLI prints it on every build). */
  error?: string;
  repairs: number;
  dropped: number;
  warnings: number;
  articles: ArticleSummary[];
  /**
   * The page's date, 版 number, name and paper: the date column and the 版面
   * index are rebuilt from these on every build, and the join matches issues by them.
   */
  page?: PrintedPage;
  /** The page's jump markers before the join (下转/上接), when it has any. */
  jumps?: JumpSummary[];
}

/**
 * A page ready for the bundle. Built on a worker from the parse, or on the main
 * thread from a cache entry; either way the main thread needs no JSON.parse of
 * the page unless a corpus-wide step changes it (result()).
 */
export interface PreparedPage {
  summary: PageSummary;
  /** JSON.stringify(article) of each article, as in the cache entry. */
  articleJsons: string[];
  views: ArticleView[];
  /** The page report's text in report.json (report-text.ts), before corpus-wide steps. */
  reportText: string;
  warnings: string[];
  /** The whole result, parsed on first use. */
  result: () => PageResult;
}

/** One page the build needs parsed: where it is and what it must hash to. */
export interface PageTask {
  file: string;
  path: string;
  meta?: PageFacts;
  key: string;
  bytesHash: string;
}

/** A page that could not be processed at all (not a bad page: those are reported and skipped). */
export class PageFailure extends Error {}

const resultSchema = z.object({
  articles: z.array(articleSchema),
  report: pageReportSchema,
});

export function summarize(result: PageResult, articleJsons: readonly string[]): PageSummary {
  const page = printedPage(result);
  return {
    failed: result.report.error !== undefined,
    ...(result.report.error !== undefined ? { error: result.report.error } : {}),
    repairs: result.report.repairs.length,
    dropped: result.report.dropped.length,
    warnings: result.report.warnings.length,
    articles: result.articles.map((a, i) => ({
      id: a.id,
      title: a.title,
      hash: digest(articleJsons[i]!),
      districts: a.districts,
      eventTypes: a.eventTypes,
      unions: a.unionRefs.map((u) => [u.name, u.level]),
      ...(a.date
        ? { story: { headlines: a.headlines, roles: a.headlineRoles, kind: a.kind } }
        : {}),
      ...((a.date ?? null) !== (page?.date ?? null) ? { date: a.date ?? null } : {}),
    })),
    ...(page ? { page } : {}),
    ...(result.jumps?.length ? { jumps: jumpsOf(result) } : {}),
  };
}

const jumpsOf = (result: PageResult): JumpSummary[] | undefined =>
  result.jumps?.length ? result.jumps.map((j) => [j.direction, j.page]) : undefined;

/**
 * The page's date and 版 as its articles carry them; for a page without
 * articles, as its report resolved them (the join still needs its issue).
 */
function printedPage({ articles, report }: PageResult): PrintedPage | undefined {
  const first = articles[0];
  const date = first ? first.date : report.page?.date;
  const printed = first ? first.page : report.page;
  const page: PrintedPage = {
    ...(date ? { date } : {}),
    ...(printed?.number !== undefined ? { number: printed.number } : {}),
    ...(printed?.name ? { name: printed.name } : {}),
    ...(printed?.paper ? { paper: printed.paper } : {}),
  };
  return Object.keys(page).length > 0 ? page : undefined;
}

/** The date of the article at `order` of a summarised page. */
export const articleDate = (summary: PageSummary, order: number): string | undefined => {
  const own = summary.articles[order]?.date;
  return own === undefined ? summary.page?.date : (own ?? undefined);
};

/** What crosses from a worker: strings and plain arrays, cheap to copy, nothing to re-parse. */
export interface PreparedMessage {
  json: string;
  articleLengths: number[];
  summary: PageSummary;
  views: ArticleView[];
  reportText: string;
  warnings: string[];
}

function message(result: PageResult, articleJsons: string[], json: string): PreparedMessage {
  return {
    json,
    articleLengths: articleJsons.map((a) => a.length),
    summary: summarize(result, articleJsons),
    views: result.articles.map(viewOf),
    reportText: pageReportText(result.report),
    warnings: result.report.warnings,
  };
}

/** A PreparedPage from a worker's message: article texts are slices of the one JSON. */
export function fromMessage(m: PreparedMessage): PreparedPage {
  const articleJsons: string[] = [];
  let at = '{"articles":['.length;
  for (const length of m.articleLengths) {
    articleJsons.push(m.json.slice(at, at + length));
    at += length + 1;
  }
  let result: PageResult | undefined;
  return {
    summary: m.summary,
    articleJsons,
    views: m.views,
    reportText: m.reportText,
    warnings: m.warnings,
    result: () => (result ??= JSON.parse(m.json) as PageResult),
  };
}

/** A page result as the cache stores it: the articles first, so their texts can be sliced out. */
function resultJson(result: PageResult, articleJsons: readonly string[]): string {
  const jumps = result.jumps ? `,"jumps":${JSON.stringify(result.jumps)}` : '';
  return `{"articles":[${articleJsons.join(',')}],"report":${JSON.stringify(result.report)}${jumps}}`;
}

/**
 * A page as a corpus-wide step left it (join-continuations.ts: stories
 * continued from another page): serialised and summarised again, so its
 * article hashes, and the segments and report texts keyed by them, follow
 * the change. Its summary keeps the jump markers of the page as parsed
 * (`before`), so the next build groups the pages the same way.
 */
export function preparedResult(result: PageResult, before: PageResult): PreparedPage {
  const articleJsons = result.articles.map((a) => JSON.stringify(a));
  const summary = summarize(result, articleJsons);
  const jumps = jumpsOf(before);
  return {
    summary: jumps ? { ...summary, jumps } : summary,
    articleJsons,
    views: result.articles.map(viewOf),
    reportText: pageReportText(result.report),
    warnings: result.report.warnings,
    result: () => result,
  };
}

/** From a checked cache entry's body (validated when it was written). */
export function prepareCached(json: string): PreparedPage {
  const result = JSON.parse(json) as PageResult;
  // Most cached pages are loaded for their text only (the search index): the
  // rest is worked out when a segment or report that needs it is rewritten.
  let articleJsons: string[] | undefined;
  let summary: PageSummary | undefined;
  let reportText: string | undefined;
  return {
    get articleJsons() {
      return (articleJsons ??= result.articles.map((a) => JSON.stringify(a)));
    },
    get summary() {
      return (summary ??= summarize(result, this.articleJsons));
    },
    get reportText() {
      return (reportText ??= pageReportText(result.report));
    },
    views: result.articles.map(viewOf),
    warnings: result.report.warnings,
    result: () => result,
  };
}

/**
 * Reads, checks and parses one page, and caches the result. Throws PageFailure
 * when the page cannot be read, changed since it was fingerprinted, or the
 * pipeline itself failed on it: the build must not publish without it.
 */
export function parsePage(
  task: PageTask,
  banners: ReadonlySet<string>,
  extract: FacetExtractor,
  cache: PageCache | null,
  onCacheError: (error: Error) => void,
): PreparedMessage {
  let bytes: Buffer;
  try {
    bytes = readFileSync(task.path);
  } catch (error) {
    throw new PageFailure(`${task.file}: cannot be read (${(error as Error).message}).`);
  }
  if (digest(bytes) !== task.bytesHash) {
    throw new PageFailure(
      `${task.file}: the file changed while the ingest was running. Run the ingest again once the input folder is complete.`,
    );
  }
  let result: PageResult;
  try {
    result = ingestPage({
      file: task.file,
      bytes,
      banners,
      extract,
      ...(task.meta ? { meta: task.meta } : {}),
    });
  } catch (error) {
    throw new PageFailure(
      `${task.file}: the ingest failed on this page (${(error as Error).message}). This is a bug in the ingest; please report it with the page.`,
    );
  }
  const checked = resultSchema.safeParse(result);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new PageFailure(
      `${task.file}: the ingest produced an invalid article (${issue?.path.join('.')}: ${issue?.message}). This is a bug in the ingest; please report it with the page.`,
    );
  }
  // The report as the schema orders its keys (what report.json has always shown);
  // articles exactly as built; jump markers for the corpus-wide join.
  result = {
    articles: result.articles,
    report: checked.data.report,
    ...(result.jumps ? { jumps: result.jumps } : {}),
  };
  const articleJsons = result.articles.map((a) => JSON.stringify(a));
  const json = resultJson(result, articleJsons);
  if (cache) {
    try {
      cache.put(task.key, json);
    } catch (error) {
      onCacheError(error as Error);
    }
  }
  return message(result, articleJsons, json);
}
