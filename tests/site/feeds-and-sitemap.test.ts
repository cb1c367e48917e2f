import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ArticleSummary } from '../../src/site/article-pages';
import { writeFeeds } from '../../src/site/feeds';
import { readSiteSettings } from '../../src/site/settings';
import { writeSitemaps } from '../../src/site/sitemap';
import { archiveManifestSchema } from '../../src/shared/archive-bundle';
import { ATOM, children, only, parseXml, SITEMAP } from './xml';

const manifest = archiveManifestSchema.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/bundle/data/manifest.json'), 'utf8'),
  ),
);
const settings = readSiteSettings({ SITE_URL: 'https://www.example.org', BASE_PATH: '/news/' });

/** 60 articles over 30 days, two a day; every third in 西城区, every fifth undated. */
function summaries(): ArticleSummary[] {
  return Array.from({ length: 60 }, (_, i) => ({
    id: `art${String(i).padStart(3, '0')}`,
    position: i,
    ...(i % 5 === 4 ? {} : { date: `2023-04-${String(1 + Math.floor(i / 2)).padStart(2, '0')}` }),
    title: `第${i}篇：职工书屋开放`,
    description: `区总工会职工书屋第${i}次开放。`,
    authors: i % 2 ? ['王小明'] : [],
    districts: i % 3 === 0 ? ['西城区'] : ['海淀区'],
    unions: i === 7 ? ['北京/天津联合工会'] : [],
    types: ['culture'],
  }));
}

let out: string;
beforeEach(() => void (out = mkdtempSync(join(tmpdir(), 'site-feeds-'))));
afterEach(() => rmSync(out, { recursive: true, force: true }));

function readFeed(path: string) {
  const root = parseXml(readFileSync(join(out, path), 'utf8'), path).documentElement!;
  expect(root.namespaceURI).toBe(ATOM);
  return {
    root,
    entries: children(root, ATOM, 'entry').map((e) => ({
      id: only(e, ATOM, 'id'),
      title: only(e, ATOM, 'title'),
      updated: only(e, ATOM, 'updated'),
      published: children(e, ATOM, 'published')[0]?.textContent,
      summary: only(e, ATOM, 'summary'),
      authors: children(e, ATOM, 'author').map((a) => only(a, ATOM, 'name')),
    })),
  };
}

describe('Atom feeds', () => {
  test('the whole archive: the 50 newest, by date then corpus position, undated last', async () => {
    const all = summaries();
    await writeFeeds({ outDir: out, settings, manifest, summaries: all });
    const { root, entries } = readFeed('feeds/all.xml');
    expect(only(root, ATOM, 'id')).toBe('https://www.example.org/news/feeds/all.xml');
    expect(only(root, ATOM, 'title')).toBe('首都工会新闻 · 全部文章');
    expect(only(root, ATOM, 'updated')).toBe(new Date('2023-04-30T00:00:00+08:00').toISOString());
    const self = children(root, ATOM, 'link').find((l) => l.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe('https://www.example.org/news/feeds/all.xml');
    expect(entries).toHaveLength(50);
    // Dated first, newest first (the later position first on the same day)...
    const dated = all.filter((s) => s.date).sort((a, b) => b.position - a.position);
    expect(entries.slice(0, dated.length).map((e) => e.id)).toEqual(
      dated.map((s) => `https://www.example.org/news/articles/${s.id}`),
    );
    // ...then the undated, the later position first.
    expect(entries[dated.length]!.id).toBe('https://www.example.org/news/articles/art059');
    expect(entries[dated.length]!.published).toBeUndefined();
    expect(entries[0]).toMatchObject({
      title: '第58篇：职工书屋开放',
      summary: '区总工会职工书屋第58次开放。',
      published: new Date('2023-04-30T00:00:00+08:00').toISOString(),
      authors: [],
    });
    expect(entries[1]).toMatchObject({ title: '第57篇：职工书屋开放', authors: ['王小明'] });
  });

  test('a feed per district, union and event type, including names that are not file names', async () => {
    await writeFeeds({ outDir: out, settings, manifest, summaries: summaries() });
    expect(readFeed('feeds/district/西城区.xml').entries).toHaveLength(20);
    expect(readFeed('feeds/district/海淀区.xml').entries).toHaveLength(40);
    // Every district of Beijing has its feed, with articles or not.
    expect(readFeed('feeds/district/延庆区.xml').entries).toEqual([]);
    expect(readFeed('feeds/type/culture.xml').entries).toHaveLength(50);
    const union = readdirSync(join(out, 'feeds/union'));
    expect(union).toEqual([expect.stringMatching(/^北京天津联合工会-[0-9a-f]{8}\.xml$/)]);
    const { root, entries } = readFeed(`feeds/union/${union[0]}`);
    expect(only(root, ATOM, 'title')).toBe('首都工会新闻 · 北京/天津联合工会');
    expect(entries.map((e) => e.id)).toEqual(['https://www.example.org/news/articles/art007']);
  });

  test('article text is text: markup and CDATA ends in a title stay characters', async () => {
    const hostile = {
      ...summaries()[0]!,
      title: '<script>alert(1)</script> 职工 & 家属 ]]> 联欢',
      description: '<b>不是粗体</b>',
    };
    await writeFeeds({ outDir: out, settings, manifest, summaries: [hostile] });
    const [entry] = readFeed('feeds/all.xml').entries;
    // html-typed text: the XML text is HTML-escaped, so a feed reader shows the characters.
    expect(entry!.title).toBe('&lt;script&gt;alert(1)&lt;/script&gt; 职工 &amp; 家属 ]]&gt; 联欢');
    expect(entry!.summary).toBe('&lt;b&gt;不是粗体&lt;/b&gt;');
  });
});

describe('sitemaps', () => {
  test('an index of files of at most N URLs, one per range of corpus positions, and robots.txt', async () => {
    const all = summaries().slice(0, 25);
    const files = await writeSitemaps({
      outDir: out,
      settings,
      manifest,
      summaries: all,
      perFile: 10,
    });
    const index = parseXml(readFileSync(join(out, 'sitemap.xml'), 'utf8'), 'sitemap.xml');
    expect(index.documentElement!.localName).toBe('sitemapindex');
    const locs = children(index.documentElement!, SITEMAP, 'sitemap').map((s) =>
      only(s, SITEMAP, 'loc'),
    );
    expect(locs).toEqual([
      'https://www.example.org/news/sitemaps/pages.xml',
      'https://www.example.org/news/sitemaps/articles-0.xml',
      'https://www.example.org/news/sitemaps/articles-1.xml',
      'https://www.example.org/news/sitemaps/articles-2.xml',
    ]);
    expect(files).toBe(5);
    const urls = (file: string) => {
      const set = parseXml(readFileSync(join(out, file), 'utf8'), file).documentElement!;
      expect(set.namespaceURI).toBe(SITEMAP);
      return children(set, SITEMAP, 'url').map((u) => ({
        loc: only(u, SITEMAP, 'loc'),
        lastmod: children(u, SITEMAP, 'lastmod')[0]?.textContent,
      }));
    };
    expect(urls('sitemaps/pages.xml').map((u) => u.loc)).toEqual(['https://www.example.org/news/']);
    const first = urls('sitemaps/articles-0.xml');
    expect(first).toHaveLength(10);
    expect(first[0]).toEqual({
      loc: 'https://www.example.org/news/articles/art000',
      lastmod: '2023-04-01',
    });
    expect(first[4]).toEqual({
      loc: 'https://www.example.org/news/articles/art004',
      lastmod: undefined,
    });
    expect(urls('sitemaps/articles-2.xml').map((u) => u.loc.slice(-6))).toEqual([
      'art020',
      'art021',
      'art022',
      'art023',
      'art024',
    ]);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://www.example.org/news/sitemap.xml\n',
    );
  });
});
