/**
 * One HTML document per article (`articles/<id>.html`, and the same file at
 * `articles/<id>/index.html` for hosts that only resolve folders; see the
 * README's host table): the app's markup for `/articles/<id>`, the page head,
 * and the seed the app hydrates from. Fed the records of some article buckets,
 * so it can run for any part of the archive (a worker's share, a segment).
 */
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleBucketSchema, type ArticleRecord } from '../shared/archive-bundle';
import { articlePath } from '../shared/paths';
import type { PrerenderSeed } from '../shared/prerender-seed';
import { articleHead } from './article-head';
import { describeArticle } from './describe';
import type { Renderer } from './renderer';
import type { SiteSettings } from './settings';
import type { PageTemplate } from './template';

/** What the feeds and the sitemap need of an article, kept after its page is written. */
export interface ArticleSummary {
  id: string;
  /** Corpus position. */
  position: number;
  date?: string;
  title: string;
  description: string;
  authors: string[];
  districts: string[];
  unions: string[];
  types: string[];
}

export interface PageContext {
  renderer: Renderer;
  template: PageTemplate;
  settings: SiteSettings;
  outDir: string;
  /** Chunks every article page preloads (the reading pane). */
  modulePreloads: string[];
}

export class BucketError extends Error {
  override name = 'BucketError';
}

/** The records of one article bucket, validated against the contract. */
export function readBucket(file: string): ArticleRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BucketError(
      `${file}: not readable JSON (${(error as Error).message}); run the ingest again to rewrite the bundle.`,
    );
  }
  const parsed = articleBucketSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BucketError(
      `${file}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}; the bundle does not match this version of the site build, run the ingest again.`,
    );
  }
  return Object.values(parsed.data);
}

/** The two files an article's page is written to, relative to the output folder. */
export function articlePageFiles(id: string): [file: string, folderIndex: string] {
  return [`articles/${id}.html`, `articles/${id}/index.html`];
}

export function summarize(record: ArticleRecord): ArticleSummary {
  const { byline } = record;
  return {
    id: record.id,
    position: record.index,
    ...(record.date ? { date: record.date } : {}),
    title: record.title,
    description: describeArticle(record),
    authors: [...byline.reporters, ...byline.authors],
    districts: record.districts,
    unions: record.unions,
    types: record.eventTypes,
  };
}

export async function writeArticlePage(
  ctx: PageContext,
  record: ArticleRecord,
): Promise<ArticleSummary> {
  const seed: PrerenderSeed = { path: articlePath(record.id), article: record };
  const html = ctx.template.render({
    head: ctx.renderer.renderHead(articleHead(record, ctx.settings, ctx.modulePreloads)),
    root: await ctx.renderer.renderRoot(seed),
    afterRoot: ctx.renderer.renderSeedScript(seed),
  });
  const [file, folderIndex] = articlePageFiles(record.id).map((f) => join(ctx.outDir, f)) as [
    string,
    string,
  ];
  writeFileSync(file, html);
  mkdirSync(join(folderIndex, '..'), { recursive: true });
  rmSync(folderIndex, { force: true });
  // The same bytes: a hard link where the file system allows it, else a copy.
  try {
    linkSync(file, folderIndex);
  } catch {
    writeFileSync(folderIndex, html);
  }
  return summarize(record);
}

/** Writes the pages of every article in the given bucket files. */
export async function writeBucketPages(
  ctx: PageContext,
  bucketFiles: readonly string[],
): Promise<ArticleSummary[]> {
  mkdirSync(join(ctx.outDir, 'articles'), { recursive: true });
  const summaries: ArticleSummary[] = [];
  for (const bucket of bucketFiles) {
    for (const record of readBucket(bucket)) summaries.push(await writeArticlePage(ctx, record));
  }
  return summaries;
}
