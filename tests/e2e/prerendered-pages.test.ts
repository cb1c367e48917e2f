/**
 * The built site as a crawler, a link preview or a reader without JavaScript
 * gets it: plain HTTP requests (Node's fetch, no browser), HTML parsed with
 * jsdom without running its scripts, feeds and sitemaps with a real XML parser.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import {
  archiveManifestSchema,
  articleBucketPath,
  articleBucketSchema,
  idShardPath,
  idShardSchema,
  type ArchiveManifest,
  type ArticleRecord,
} from '../../src/shared/archive-bundle';
import { baseURL, siteURL } from './browser';
import { ATOM, children, only, parseXml, SITEMAP } from '../site/xml';

async function get(path: string): Promise<Response> {
  const response = await fetch(`${baseURL()}${path}`);
  expect(response.status, path).toBe(200);
  return response;
}

async function html(path: string): Promise<Document> {
  const response = await get(path);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  return new JSDOM(await response.text()).window.document;
}

async function manifest(): Promise<ArchiveManifest> {
  return archiveManifestSchema.parse(await (await get('/data/manifest.json')).json());
}

async function record(m: ArchiveManifest, id: string): Promise<ArticleRecord> {
  const ids = idShardSchema.parse(await (await get(`/data/${idShardPath(m, id)}`)).json());
  const bucket = articleBucketSchema.parse(
    await (await get(`/data/${articleBucketPath(m, ids[id]!)}`)).json(),
  );
  return bucket[id]!;
}

/** Article ids linked from the prerendered list page, in list order. */
async function listedIds(): Promise<string[]> {
  const doc = await html('/');
  const list = doc.querySelector('ul[aria-label="文章列表"]');
  expect(list, 'the list page carries the list').not.toBeNull();
  return Array.from(list!.querySelectorAll('a[href^="/articles/"]'), (a) =>
    a.getAttribute('href')!.slice('/articles/'.length),
  );
}

const meta = (doc: Document, attr: 'name' | 'property', key: string) =>
  doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content');

describe('article pages without JavaScript', () => {
  test('an article URL answers with its title, description, Open Graph tags, canonical link, JSON-LD and text', async () => {
    const m = await manifest();
    const ids = await listedIds();
    expect(ids.length).toBeGreaterThan(3);
    const article = await record(m, ids[2]!);
    const doc = await html(`/articles/${article.id}`);
    const canonical = `${siteURL()}/articles/${article.id}`;

    expect(doc.title).toBe(`${article.title} · 首都工会新闻`);
    const description = meta(doc, 'name', 'description')!;
    // The opening of the text, about 100 characters.
    const opening = article.paragraphs.join('');
    expect(Array.from(description).length).toBeLessThanOrEqual(100);
    expect(Array.from(description).length).toBeGreaterThan(40);
    expect(opening.startsWith(description.replace(/…$/, ''))).toBe(true);

    expect(meta(doc, 'property', 'og:title')).toBe(article.title);
    expect(meta(doc, 'property', 'og:description')).toBe(description);
    expect(meta(doc, 'property', 'og:type')).toBe('article');
    expect(meta(doc, 'property', 'og:url')).toBe(canonical);
    expect(meta(doc, 'property', 'og:site_name')).toBe('首都工会新闻');
    expect(meta(doc, 'property', 'article:published_time')).toBe(article.date);
    expect(meta(doc, 'name', 'twitter:card')).toBe('summary');
    expect(meta(doc, 'name', 'twitter:title')).toBe(article.title);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(
      doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'),
    ).toBe('/feeds/all.xml');

    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      description,
      url: canonical,
      inLanguage: 'zh-CN',
    });
    if (article.date) expect(ld.datePublished).toBe(article.date);
    for (const name of article.byline.reporters) {
      expect(ld.author).toContainEqual({ '@type': 'Person', name });
    }

    // The article itself, as HTML: headline, byline, the text.
    const body = doc.querySelector('article')!;
    expect(body.querySelector('h2')?.textContent).toBe(article.title);
    for (const name of article.byline.reporters) expect(body.textContent).toContain(name);
    const paragraphs = Array.from(body.querySelectorAll('.article-body p'), (p) => p.textContent);
    expect(paragraphs).toHaveLength(article.paragraphs.length);
    article.paragraphs.forEach((p, i) => expect(paragraphs[i]).toContain(p));
  });

  test('articles/<id>/ (a folder index, for hosts that only resolve those) is the same page', async () => {
    const [id] = await listedIds();
    const plain = await (await get(`/articles/${id}`)).text();
    const folder = await (await get(`/articles/${id}/`)).text();
    expect(folder).toBe(plain);
  });

  test('the list page carries its first rows, and unknown paths get the app shell', async () => {
    const m = await manifest();
    const doc = await html('/');
    expect(doc.title).toBe('首都工会新闻');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${siteURL()}/`);
    expect(doc.querySelector('[role="status"]')?.textContent).toBe(`共 ${m.articleCount} 篇文章`);
    const shell = await html('/no/such/page');
    expect(shell.getElementById('root')?.childElementCount).toBe(0);
  });
});

describe('feeds and sitemap (parsed as XML)', () => {
  /** A feed's URL under SITE_URL → the same file on the test server. */
  const local = (url: string) => {
    expect(url.startsWith(`${siteURL()}/`), url).toBe(true);
    return url.slice(siteURL().length);
  };

  async function feed(path: string) {
    const response = await get(path);
    const doc = parseXml(await response.text(), path);
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe(ATOM);
    expect(root.localName).toBe('feed');
    const self = children(root, ATOM, 'link').find((l) => l.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe(`${siteURL()}${encodeURI(decodeURI(path))}`);
    expect(only(root, ATOM, 'id')).toBe(self?.getAttribute('href'));
    expect(only(root, ATOM, 'title')).toMatch(/^首都工会新闻 · /);
    expect(Number.isNaN(Date.parse(only(root, ATOM, 'updated')))).toBe(false);
    expect(only(children(root, ATOM, 'author')[0]!, ATOM, 'name')).toBe('首都工会新闻');
    const entries = children(root, ATOM, 'entry').map((e) => ({
      id: only(e, ATOM, 'id'),
      title: only(e, ATOM, 'title'),
      updated: Date.parse(only(e, ATOM, 'updated')),
      link: children(e, ATOM, 'link')[0]?.getAttribute('href'),
      categories: children(e, ATOM, 'category').map((c) => c.getAttribute('term')),
      summary: only(e, ATOM, 'summary'),
    }));
    for (const e of entries) {
      expect(e.link).toBe(e.id);
      expect(e.id).toMatch(new RegExp(`^${siteURL()}/articles/[A-Za-z0-9_-]+$`));
      expect(e.title.length).toBeGreaterThan(0);
      expect(Number.isNaN(e.updated)).toBe(false);
    }
    return entries;
  }

  test('the whole archive feed: the latest 50 articles, newest first, each an article page', async () => {
    const m = await manifest();
    const entries = await feed('/feeds/all.xml');
    expect(entries).toHaveLength(Math.min(50, m.articleCount));
    const dates = entries.map((e) => e.updated);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const doc = await html(local(entries[0]!.link!));
    expect(doc.querySelector('article h2')?.textContent).toBe(entries[0]!.title);
  });

  test("a district's feed holds only that district's articles; its URL is percent-encoded", async () => {
    const m = await manifest();
    const i = m.facets.district.counts.indexOf(Math.max(...m.facets.district.counts));
    const district = m.facets.district.values[i]!;
    const entries = await feed(`/feeds/district/${encodeURIComponent(district)}.xml`);
    expect(entries).toHaveLength(Math.min(50, m.facets.district.counts[i]!));
    for (const e of entries) expect(e.categories).toContain(district);
  });

  test('sitemap.xml is an index of sitemaps that list every article once; robots.txt names it', async () => {
    const m = await manifest();
    const index = parseXml(await (await get('/sitemap.xml')).text(), 'sitemap.xml');
    expect(index.documentElement!.localName).toBe('sitemapindex');
    expect(index.documentElement!.namespaceURI).toBe(SITEMAP);
    const sitemaps = children(index.documentElement!, SITEMAP, 'sitemap').map((s) =>
      only(s, SITEMAP, 'loc'),
    );
    const urls: string[] = [];
    for (const loc of sitemaps) {
      const set = parseXml(await (await get(local(loc))).text(), loc).documentElement!;
      expect(set.localName).toBe('urlset');
      const locs = children(set, SITEMAP, 'url').map((u) => only(u, SITEMAP, 'loc'));
      expect(locs.length).toBeLessThanOrEqual(50_000);
      urls.push(...locs);
    }
    expect(urls).toContain(`${siteURL()}/`);
    const articles = urls.filter((u) => u.includes('/articles/'));
    expect(articles).toHaveLength(m.articleCount);
    expect(new Set(articles).size).toBe(m.articleCount);
    const robots = await (await get('/robots.txt')).text();
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${siteURL()}/sitemap.xml`);
  });
});
