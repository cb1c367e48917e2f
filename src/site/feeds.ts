/**
 * Atom feeds of the latest 50 articles: the whole archive (`feeds/all.xml`)
 * and one per district, union and event type (src/shared/feed-paths.ts names
 * the files), written with the `feed` library. Its html-typed title and summary
 * get text already escaped as HTML (by React), so article text is never markup.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Feed } from 'feed';
import type { ArchiveManifest } from '../shared/archive-bundle';
import {
  ALL_FEED_TITLE,
  allFeedPath,
  feedFile,
  feedPath,
  type FeedFacet,
} from '../shared/feed-paths';
import { articlePath, EMPTY_FILTERS, listPath, type ReaderFilters } from '../shared/paths';
import { APP_NAME } from '../app/shared/labels';
import { BEIJING_DISTRICTS } from '../app/filters/districts';
import type { ArticleSummary } from './article-pages';
import { htmlText } from './html-text';
import { LatestArticles } from './latest-articles';
import { absoluteUrl, type SiteSettings } from './settings';

export const FEED_ENTRIES = 50;

export class FeedNameError extends Error {
  override name = 'FeedNameError';
}

interface FeedSpec {
  key: string;
  /** Relative to the output folder. */
  file: string;
  /** URL path relative to the site root. */
  path: string;
  title: string;
  /** The list view this feed follows. */
  filters: ReaderFilters;
}

const FILTER_KEY: Record<FeedFacet, 'districts' | 'unions' | 'types'> = {
  district: 'districts',
  union: 'unions',
  type: 'types',
};

const facetKey = (facet: FeedFacet, value: string) => `${facet}\u0000${value}`;

/** Beijing time: the paper's date is a day in Beijing. */
const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`);

function feedSpecs(manifest: ArchiveManifest, summaries: readonly ArticleSummary[]): FeedSpec[] {
  const typeLabels = new Map(manifest.eventTypes.map((t) => [t.id, t.label]));
  const values: Record<FeedFacet, Set<string>> = {
    district: new Set([...BEIJING_DISTRICTS, ...manifest.facets.district.values]),
    type: new Set([...manifest.eventTypes.map((t) => t.id), ...manifest.facets.type.values]),
    union: new Set(),
  };
  for (const s of summaries) for (const u of s.unions) values.union.add(u);
  const specs: FeedSpec[] = [
    {
      key: 'all',
      file: allFeedPath(),
      path: allFeedPath(),
      title: ALL_FEED_TITLE,
      filters: EMPTY_FILTERS,
    },
  ];
  const owners = new Map<string, string>();
  for (const facet of ['district', 'union', 'type'] as const) {
    for (const value of [...values[facet]].sort()) {
      const file = feedFile(facet, value);
      // Case-insensitive, as on the file systems of some hosts.
      const owner = owners.get(file.toLowerCase());
      if (owner !== undefined) {
        throw new FeedNameError(
          `the feeds of "${owner}" and "${value}" would both be ${file}; rename one of them in the data (data/*.json) and build again.`,
        );
      }
      owners.set(file.toLowerCase(), value);
      specs.push({
        key: facetKey(facet, value),
        file,
        path: feedPath(facet, value),
        title: `${APP_NAME} · ${facet === 'type' ? (typeLabels.get(value) ?? value) : value}`,
        filters: { ...EMPTY_FILTERS, [FILTER_KEY[facet]]: [value] },
      });
    }
  }
  return specs;
}

export async function writeFeeds(opts: {
  outDir: string;
  settings: SiteSettings;
  manifest: ArchiveManifest;
  summaries: readonly ArticleSummary[];
}): Promise<number> {
  const { outDir, settings, manifest, summaries } = opts;
  const latest = new LatestArticles<ArticleSummary>(FEED_ENTRIES);
  for (const s of summaries) {
    latest.add('all', s);
    for (const d of s.districts) latest.add(facetKey('district', d), s);
    for (const u of s.unions) latest.add(facetKey('union', u), s);
    for (const t of s.types) latest.add(facetKey('type', t), s);
  }
  const typeLabels = new Map(manifest.eventTypes.map((t) => [t.id, t.label]));
  const generated = new Date(manifest.generatedAt);
  rmSync(join(outDir, 'feeds'), { recursive: true, force: true });
  const specs = feedSpecs(manifest, summaries);
  for (const dir of new Set(specs.map((spec) => dirname(join(outDir, spec.file))))) {
    mkdirSync(dir, { recursive: true });
  }
  // An article is in several feeds: its title and summary are escaped once.
  const asHtml = new Map<string, [title: string, summary: string]>();
  // Written while the next feeds are built: the disk waits, not the CPU.
  const writes: Promise<void>[] = [];
  for (const spec of specs) {
    const entries = latest.get(spec.key);
    const newest = entries.find((e) => e.date);
    const self = absoluteUrl(settings, spec.path);
    const feed = new Feed({
      id: self,
      title: spec.title,
      link: absoluteUrl(settings, listPath(spec.filters)),
      feedLinks: { atom: self },
      updated: newest?.date ? dayStart(newest.date) : generated,
      language: 'zh-CN',
      author: { name: APP_NAME },
      copyright: APP_NAME,
      generator: false,
    });
    for (const e of entries) {
      const url = absoluteUrl(settings, articlePath(e.id));
      let html = asHtml.get(e.id);
      if (!html) asHtml.set(e.id, (html = [htmlText(e.title), htmlText(e.description)]));
      feed.addItem({
        title: html[0],
        id: url,
        link: url,
        date: e.date ? dayStart(e.date) : generated,
        ...(e.date ? { published: dayStart(e.date) } : {}),
        description: html[1],
        ...(e.authors.length > 0 ? { author: e.authors.map((name) => ({ name })) } : {}),
        category: [
          ...e.districts.map((d) => ({ term: d })),
          ...e.types.map((t) => ({ term: t, name: typeLabels.get(t) ?? t })),
        ],
      });
    }
    writes.push(writeFile(join(outDir, spec.file), feed.atom1()));
  }
  await Promise.all(writes);
  return specs.length;
}
