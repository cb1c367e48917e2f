/**
 * sitemap.xml: a sitemap index (sitemaps.org) naming `sitemaps/pages.xml` (the
 * list) and `sitemaps/articles-<k>.xml`, the articles at corpus positions
 * [k × 50,000, (k + 1) × 50,000): the protocol's limit per file, and files that
 * change only when their range does. robots.txt names the index. Written with
 * the `sitemap` library.
 */
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { SitemapIndexStream, SitemapStream } from 'sitemap';
import type { ArchiveManifest } from '../shared/archive-bundle';
import { articlePath } from '../shared/paths';
import type { ArticleSummary } from './article-pages';
import { absoluteUrl, type SiteSettings } from './settings';

/** URLs per sitemap file: the protocol's maximum. */
export const SITEMAP_URLS = 50_000;

interface Url {
  url: string;
  lastmod?: string;
}

async function writeUrlset(file: string, urls: readonly Url[]): Promise<void> {
  const stream = new SitemapStream({
    lastmodDateOnly: true,
    xmlns: { news: false, xhtml: false, image: false, video: false },
  });
  const out = stream.pipe(createWriteStream(file));
  for (const u of urls) stream.write(u);
  stream.end();
  await finished(out);
}

const newest = (urls: readonly Url[], fallback: string) =>
  urls.reduce((max, u) => (u.lastmod && u.lastmod > max ? u.lastmod : max), '') || fallback;

/** Writes the sitemaps and robots.txt; returns the number of sitemap files (index included). */
export async function writeSitemaps(opts: {
  outDir: string;
  settings: SiteSettings;
  manifest: ArchiveManifest;
  summaries: readonly ArticleSummary[];
  /** URLs per file (tests use small numbers). */
  perFile?: number;
}): Promise<number> {
  const { outDir, settings, manifest, summaries } = opts;
  const perFile = opts.perFile ?? SITEMAP_URLS;
  const generated = manifest.generatedAt.slice(0, 10);
  const dir = join(outDir, 'sitemaps');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const files: { path: string; urls: Url[] }[] = [
    { path: 'sitemaps/pages.xml', urls: [{ url: settings.siteUrl, lastmod: generated }] },
  ];
  const ranges: Url[][] = [];
  for (const s of summaries) {
    const k = Math.floor(s.position / perFile);
    (ranges[k] ??= [])[s.position % perFile] = {
      url: absoluteUrl(settings, articlePath(s.id)),
      ...(s.date ? { lastmod: s.date } : {}),
    };
  }
  ranges.forEach((urls, k) =>
    files.push({ path: `sitemaps/articles-${k}.xml`, urls: urls.filter(Boolean) }),
  );

  for (const f of files) await writeUrlset(join(outDir, f.path), f.urls);
  const index = new SitemapIndexStream({ lastmodDateOnly: true });
  const out = index.pipe(createWriteStream(join(outDir, 'sitemap.xml')));
  for (const f of files) {
    index.write({ url: absoluteUrl(settings, f.path), lastmod: newest(f.urls, generated) });
  }
  index.end();
  await finished(out);

  writeFileSync(
    join(outDir, 'robots.txt'),
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(settings, 'sitemap.xml')}\n`,
  );
  return files.length + 1;
}
