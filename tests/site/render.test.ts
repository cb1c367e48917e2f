/**
 * The prerenderer on an article whose text tries to be markup: React and the
 * JSON serializer escape it, so the page holds exactly one article, no element
 * the text names, and scripts that parse back to the data.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleHead } from '../../src/site/article-head';
import { pageWriter, readBucket } from '../../src/site/article-pages';
import { articleBucketFiles, readManifest } from '../../src/site/build-site';
import { buildRenderer, type BuiltRenderer } from '../../src/site/renderer';
import { readSiteSettings } from '../../src/site/settings';
import { parseTemplate } from '../../src/site/template';
import type { ArticleRecord } from '../../src/shared/archive-bundle';
import { PRERENDER_SEED_ID, prerenderSeedSchema } from '../../src/shared/prerender-seed';

// The fixture bundle, as the site build finds it in a built site's data/ folder.
const site = join(import.meta.dirname, '../fixtures/bundle');
const buckets = articleBucketFiles(site, readManifest(site));
const fixture = readBucket(buckets[0]!)[0]!;

const template = parseTemplate(
  readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8'),
  'index.html',
);

let built: BuiltRenderer;
beforeAll(async () => {
  built = await buildRenderer('/');
}, 120_000);
afterAll(() => built?.dispose());

async function page(article: ArticleRecord): Promise<Document> {
  const { renderer } = built;
  const seed = { path: `/articles/${article.id}`, article };
  const settings = readSiteSettings({ SITE_URL: 'https://news.example.org' });
  const html = template.render({
    head: renderer.renderHead(articleHead(article, settings, [])),
    root: await renderer.renderRoot(seed),
    afterRoot: renderer.renderSeedScript(seed),
  });
  return new JSDOM(html).window.document;
}

describe('the prerendered article page', () => {
  test('text that looks like markup stays text, in the body, the head and both JSON scripts', async () => {
    const hostile: ArticleRecord = {
      ...fixture,
      title: '</script><script>alert(1)</script>职工运动会',
      headlines: ['</script><script>alert(1)</script>职工运动会'],
      headlineRoles: ['title'],
      paragraphs: ['<img src=x onerror=alert(1)> 比赛 & 颁奖', '行\u2028分隔 </SCRIPT > 结束'],
      byline: { ...fixture.byline, reporters: ['"><b>记者</b>'] },
    };
    const doc = await page(hostile);
    expect(doc.querySelectorAll('img, b')).toHaveLength(0);
    // The JSON-LD, the seed, and the app's own entry: nothing the text added.
    expect(Array.from(doc.scripts, (s) => s.type).sort()).toEqual([
      'application/json',
      'application/ld+json',
      'module',
    ]);
    expect(doc.title).toBe(`${hostile.title} · 首都工会新闻`);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      hostile.title,
    );
    expect(doc.querySelector('article h2')?.textContent).toBe(hostile.title);
    expect(Array.from(doc.querySelectorAll('.article-body p'), (p) => p.textContent)).toEqual([
      `${hostile.dateline ? `${hostile.dateline}\u3000` : ''}${hostile.paragraphs[0]}`,
      hostile.paragraphs[1],
    ]);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.headline).toBe(hostile.title);
    expect(ld.author).toEqual([{ '@type': 'Person', name: '"><b>记者</b>' }]);
    const seed = prerenderSeedSchema.parse(
      JSON.parse(doc.getElementById(PRERENDER_SEED_ID)!.textContent!),
    );
    expect(seed.article).toEqual(hostile);
  });

  test('the page renders the app for the article: the same markup each time', async () => {
    const first = await page(fixture);
    const again = await page(fixture);
    expect(again.getElementById('root')!.innerHTML).toBe(first.getElementById('root')!.innerHTML);
    expect(first.querySelector('main')?.getAttribute('data-article-open')).toBe('true');
    expect(first.querySelector('a.skip-link')?.textContent).toBe('跳到主要内容');
  });
});

describe('the site build writes article pages', () => {
  test('rendering each pane into the shared page markup gives the same files as rendering every page whole', async () => {
    const settings = readSiteSettings({ SITE_URL: 'https://news.example.org' });
    const write = async (fullRender: boolean) => {
      const outDir = mkdtempSync(join(tmpdir(), 'site-pages-'));
      const ctx = { renderer: built.renderer, template, settings, outDir, modulePreloads: [] };
      const summaries = await pageWriter({ ...ctx, fullRender })(buckets);
      const files = readdirSync(join(outDir, 'articles')).sort();
      const pages = files
        .filter((f) => f.endsWith('.html'))
        .map((f) => [f, readFileSync(join(outDir, 'articles', f), 'utf8')]);
      const twins = files
        .filter((f) => !f.endsWith('.html'))
        .map((f) => readFileSync(join(outDir, 'articles', f, 'index.html'), 'utf8'));
      rmSync(outDir, { recursive: true, force: true });
      return { summaries, pages, twins };
    };
    const fast = await write(false);
    const whole = await write(true);
    expect(fast.pages).toHaveLength(8);
    expect(fast.pages).toEqual(whole.pages);
    // articles/<id>/index.html is the same page as articles/<id>.html.
    expect(fast.twins).toEqual(fast.pages.map(([, html]) => html));
    expect(fast.summaries.map((s) => s.position).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
  });
});
