/**
 * The site build, after `vite build` (npm run build): into the given output
 * folder (never a fixed dist/, so a build can write a staging folder), it
 * writes
 *   - `articles/<id>.html` + `articles/<id>/index.html`: every article, prerendered;
 *   - `index.html`: the list's first page, prerendered (replacing Vite's shell);
 *   - `404.html`: the app shell (what hosts serve for unknown paths, and
 *     `npm start`'s fallback for client-only URLs);
 *   - `feeds/…`: Atom feeds; `sitemap.xml` + `sitemaps/…`; `robots.txt`.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  archiveManifestSchema,
  articleBucketPath,
  listChunkPath,
  listChunkSchema,
  type ArchiveManifest,
} from '../shared/archive-bundle';
import { listPath } from '../shared/paths';
import type { PrerenderSeed } from '../shared/prerender-seed';
import { listHead } from './article-head';
import { type ArticleSummary, type PageContext } from './article-pages';
import { renderAllPages } from './page-workers';
import { buildRenderer } from './renderer';
import type { SiteSettings } from './settings';
import { parseTemplate } from './template';
import { writeFeeds } from './feeds';
import { writeSitemaps } from './sitemap';

export class SiteBuildError extends Error {
  override name = 'SiteBuildError';
}

export interface SiteBuildResult {
  articles: number;
  feeds: number;
  sitemaps: number;
  seconds: { renderer: number; pages: number; feeds: number; sitemap: number; total: number };
}

function readJson(file: string, what: string): unknown {
  if (!existsSync(file)) {
    throw new SiteBuildError(`${file} is missing: ${what}`);
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SiteBuildError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

export function readManifest(outDir: string): ArchiveManifest {
  const file = join(outDir, 'data/manifest.json');
  const parsed = archiveManifestSchema.safeParse(
    readJson(file, 'run the ingest and `vite build` first (npm run build does both).'),
  );
  if (!parsed.success) {
    throw new SiteBuildError(
      `${file}: not a manifest this site build can read (${parsed.error.issues[0]?.message}); run the ingest again.`,
    );
  }
  return parsed.data;
}

/** The bucket files of the article family, every segment's, in corpus order. */
export function articleBucketFiles(outDir: string, manifest: ArchiveManifest): string[] {
  const files: string[] = [];
  const { bucketSize, segments } = manifest.articles;
  for (const segment of segments) {
    for (let p = segment.start; p < segment.start + segment.count; p += bucketSize)
      files.push(join(outDir, 'data', articleBucketPath(manifest, p)));
  }
  return files;
}

/** Chunks every article page preloads: the reading pane (Vite names a chunk after its module). */
function paneChunks(outDir: string, basePath: string): string[] {
  const assets = join(outDir, 'assets');
  if (!existsSync(assets)) return [];
  const pane = readdirSync(assets).find((f) => /^ArticlePane-[\w-]+\.js$/.test(f));
  return pane ? [`${basePath}assets/${pane}`] : [];
}

export async function buildSite(opts: {
  outDir: string;
  settings: SiteSettings;
  workers?: number | 'auto';
  log?: (line: string) => void;
}): Promise<SiteBuildResult> {
  const { outDir, settings } = opts;
  const log = opts.log ?? (() => undefined);
  const started = performance.now();
  const lap = (since: number) => (performance.now() - since) / 1000;

  const templateFile = join(
    outDir,
    existsSync(join(outDir, '404.html')) ? '404.html' : 'index.html',
  );
  const templateHtml = readFileSync(templateFile, 'utf8');
  const template = parseTemplate(templateHtml, templateFile);
  if (!template.entryScript.startsWith(settings.basePath)) {
    throw new SiteBuildError(
      `${templateFile} was built for another base path (its script is ${template.entryScript}, BASE_PATH is ${settings.basePath}); run vite build and the site build with the same BASE_PATH.`,
    );
  }
  const manifest = readManifest(outDir);
  const modulePreloads = paneChunks(outDir, settings.basePath);

  let since = performance.now();
  const built = await buildRenderer(settings.basePath);
  const rendererSeconds = lap(since);
  try {
    const { renderer } = built;
    // The shell first: it is the template of every page, and what unknown paths get.
    writeFileSync(
      join(outDir, '404.html'),
      template.render(
        { head: renderer.renderHead(listHead(settings)), root: '', afterRoot: '' },
        { keepMarkers: true },
      ),
    );

    since = performance.now();
    rmSync(join(outDir, 'articles'), { recursive: true, force: true });
    const ctx: Omit<PageContext, 'renderer' | 'template'> = { settings, outDir, modulePreloads };
    const summaries: ArticleSummary[] = await renderAllPages({
      rendererFile: built.file,
      renderer,
      templateHtml,
      templateFile,
      context: ctx,
      bucketFiles: articleBucketFiles(outDir, manifest),
      workers: opts.workers ?? 'auto',
      log,
    });
    if (summaries.length !== manifest.articleCount) {
      throw new SiteBuildError(
        `wrote ${summaries.length} article pages but the manifest counts ${manifest.articleCount}; run the ingest again.`,
      );
    }
    const pagesSeconds = lap(since);
    log(`site: ${summaries.length} article pages in ${pagesSeconds.toFixed(1)} s`);

    // The list's first page: manifest and the first list chunk are all it shows.
    const seed: PrerenderSeed = { path: listPath(), manifest };
    if (manifest.list.chunks > 0) {
      const chunkFile = join(outDir, 'data', listChunkPath(manifest, 0));
      const rows = listChunkSchema.parse(readJson(chunkFile, 'run the ingest again.'));
      seed.list = [{ n: 0, rows }];
    }
    writeFileSync(
      join(outDir, 'index.html'),
      template.render({
        head: renderer.renderHead(listHead(settings)),
        root: await renderer.renderRoot(seed),
        afterRoot: renderer.renderSeedScript(seed),
      }),
    );

    since = performance.now();
    const feeds = await writeFeeds({ outDir, settings, manifest, summaries });
    const feedsSeconds = lap(since);
    since = performance.now();
    const sitemaps = await writeSitemaps({ outDir, settings, manifest, summaries });
    const sitemapSeconds = lap(since);
    log(
      `site: ${feeds} feeds in ${feedsSeconds.toFixed(1)} s, ${sitemaps} sitemap files in ${sitemapSeconds.toFixed(1)} s`,
    );
    return {
      articles: summaries.length,
      feeds,
      sitemaps,
      seconds: {
        renderer: rendererSeconds,
        pages: pagesSeconds,
        feeds: feedsSeconds,
        sitemap: sitemapSeconds,
        total: lap(started),
      },
    };
  } finally {
    built.dispose();
  }
}
