/**
 * One HTML document per article (`articles/<id>.html`, and the same file at
 * `articles/<id>/index.html` for hosts that only resolve folders; see the
 * README's host table): the app's markup for `/articles/<id>`, the page head,
 * and the seed the app hydrates from. Fed the records of some article buckets,
 * so it can run for any part of the archive (a worker's share, a segment).
 */
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
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
  /** Render every page whole (see ArticleRoots); set when the shortcut was found not to hold. */
  fullRender?: boolean;
}

export class ShellMismatch extends Error {
  override name = 'ShellMismatch';
}

/**
 * The markup inside #root of article pages. Whole (`renderRoot`: the app at
 * /articles/<id>) for the first page and for the first of every bucket; for the
 * others, the markup around the pane taken from that first page with the
 * page's own pane (`renderArticlePane`) inside: the same bytes at a third of
 * the cost, as long as nothing outside the pane depends on the article. Each
 * whole render is compared with what the shortcut gives; a difference throws
 * ShellMismatch and the build renders every page whole.
 */
class ArticleRoots {
  private shell: [before: string, after: string] | null = null;

  constructor(private readonly ctx: PageContext) {}

  async render(seed: PrerenderSeed, check: boolean): Promise<string> {
    const { renderer } = this.ctx;
    if (this.ctx.fullRender) return renderer.renderRoot(seed);
    if (!this.shell) {
      const whole = await renderer.renderRoot(seed);
      const pane = renderer.renderArticlePane(seed);
      const at = whole.indexOf(pane);
      if (at < 0 || whole.indexOf(pane, at + 1) >= 0) {
        throw new ShellMismatch(`the pane of ${seed.path} is not found once in its page`);
      }
      this.shell = [whole.slice(0, at), whole.slice(at + pane.length)];
      return whole;
    }
    const spliced = this.shell[0] + renderer.renderArticlePane(seed) + this.shell[1];
    if (check && spliced !== (await renderer.renderRoot(seed))) {
      throw new ShellMismatch(`${seed.path} renders differently around its pane`);
    }
    return spliced;
  }
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

/** The page's HTML: the app's markup for /articles/<id>, its head, and its seed. */
async function renderArticlePage(
  ctx: PageContext,
  roots: ArticleRoots,
  record: ArticleRecord,
  check: boolean,
): Promise<string> {
  const seed: PrerenderSeed = { path: articlePath(record.id), article: record };
  return ctx.template.render({
    head: ctx.renderer.renderHead(articleHead(record, ctx.settings, ctx.modulePreloads)),
    root: await roots.render(seed, check),
    afterRoot: ctx.renderer.renderSeedScript(seed),
  });
}

/**
 * Writes a page and its folder-index twin (a hard link where the file system
 * allows, else a copy). Synchronous: on worker threads, the cheapest in CPU,
 * which is what limits the build.
 */
function writePage(outDir: string, id: string, html: string): void {
  const [file, folderIndex] = articlePageFiles(id).map((f) => join(outDir, f)) as [string, string];
  writeFileSync(file, html);
  mkdirSync(join(folderIndex, '..'), { recursive: true });
  try {
    linkSync(file, folderIndex);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      unlinkSync(folderIndex);
      linkSync(file, folderIndex);
    } else {
      writeFileSync(folderIndex, html);
    }
  }
}

/** One per thread: the page renderer keeps the markup around the pane between buckets. */
export function pageWriter(ctx: PageContext) {
  const roots = new ArticleRoots(ctx);
  return (bucketFiles: readonly string[]) => writeBucketPages(ctx, roots, bucketFiles);
}

async function writeBucketPages(
  ctx: PageContext,
  roots: ArticleRoots,
  bucketFiles: readonly string[],
): Promise<ArticleSummary[]> {
  mkdirSync(join(ctx.outDir, 'articles'), { recursive: true });
  const summaries: ArticleSummary[] = [];
  for (const bucket of bucketFiles) {
    for (const [i, record] of readBucket(bucket).entries()) {
      writePage(ctx.outDir, record.id, await renderArticlePage(ctx, roots, record, i === 0));
      summaries.push(summarize(record));
    }
  }
  return summaries;
}
