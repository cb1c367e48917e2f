/**
 * The site build's tables (bench/site.ts, bench/browser-article.ts) with the
 * targets of issue 10 beside them: at 100k articles the pages add ≤ 30 s to the
 * build and ≤ 1.5× the article buckets' gzipped size; a cold article link is
 * ≤ 150 KB, ≤ 1 data request before the app answers, text painted before the
 * app's script ran.
 */
import { cpus } from 'node:os';
import type { SizeResult } from './report';
import { mb, num, ratio, table } from './table';

const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const mark = (ok: boolean) => (ok ? ' ✓' : ' ✗');
const KB = 1024;

export function siteReport(results: SizeResult[]): string[] {
  const out: string[] = [];
  for (const r of results.filter((x) => x.siteError))
    out.push(`\nSite build FAILED at ${k(r.size)}: ${r.siteError}`);
  const runs = results.filter((r) => r.site);
  if (runs.length === 0) return out;
  out.push(
    `\n## Site build (src/site: a prerendered page per article, feeds, sitemap; child process, ${cpus().length} CPUs)\n`,
  );
  out.push(
    table(
      [
        'size',
        'pages',
        'wall s',
        'cpu s',
        'renderer s',
        'pages s',
        'ms/page',
        'feeds (s)',
        'sitemap s',
        'peak RSS',
        'HTML gz (per page)',
        'buckets gz (per article)',
        'HTML / buckets',
      ],
      runs.map((r) => {
        const s = r.site!;
        const per = (n: number) => n / Math.max(1, s.html.files);
        return [
          k(r.size),
          num(s.articles),
          num(s.wallSeconds, 1),
          num(s.seconds?.cpu, 1),
          num(s.seconds?.renderer, 1),
          num(s.seconds?.pages, 1),
          s.seconds ? num((s.seconds.pages * 1000) / Math.max(1, s.articles ?? 1), 2) : 'n/a',
          `${num(s.feeds)} (${num(s.seconds?.feeds, 1)})`,
          num(s.seconds?.sitemap, 1),
          mb(s.peakRssBytes),
          `${mb(s.html.gzipBytes)} (${num(per(s.html.gzipBytes))} B)${s.html.sampled < s.html.files ? ` sampled 1/${Math.round(s.html.files / s.html.sampled)}` : ''}`,
          `${mb(s.buckets.gzipBytes)} (${num(s.buckets.gzipBytes / Math.max(1, s.articles ?? 1))} B)`,
          ratio(s.html.gzipBytes, s.buckets.gzipBytes) +
            mark(s.html.gzipBytes <= 1.5 * s.buckets.gzipBytes),
        ];
      }),
    ),
  );
  const big = runs.at(-1)!;
  const small = runs.length > 1 ? runs[0]! : undefined;
  if (big.size < 100_000 && big.site!.seconds) {
    const s = big.site!.seconds;
    const scale = 100_000 / big.size;
    const projected = s.renderer + (s.pages + s.feeds + s.sitemap) * scale;
    out.push(
      `\nProjected to 100k from ${k(big.size)} (pages, feeds and sitemap linear): ~${num(projected)} s wall at this load (target ≤ 30 s)${mark(projected <= 30)}.`,
    );
    // CPU time is what a quiet machine turns into wall time, per core: the marginal
    // CPU per article between two sizes leaves start-up costs out.
    if (small?.site?.seconds && small.site.articles && big.site!.articles) {
      const perArticle =
        (s.cpu - small.site.seconds.cpu) / (big.site!.articles - small.site.articles);
      const cores = cpus().length;
      out.push(
        `Marginal CPU per article ${k(small.size)}→${k(big.size)}: ${num(perArticle * 1000, 2)} ms; 100k on ${cores} idle cores ≈ ${num((perArticle * 100_000) / cores)} s (+ start-up).`,
      );
    }
  }
  out.push(
    '"pages s": rendering and writing the article pages (worker threads, one per core). The <id>/index.html copy of each page is a hard link: no bytes, no gzip counted.',
  );
  out.push(
    'HTML / buckets: gzip -9 per file. Synthetic stories share paragraphs, so a bucket of ~24 compresses far better than any one page can.',
  );

  const links = runs.filter((r) => r.articleLink);
  if (links.length === 0) return out;
  out.push('\n## Browser: prerendered pages, cold (desktop, fresh context each)\n');
  const row = (label: string, target: string, cell: (r: SizeResult) => string) => [
    label,
    target,
    ...links.map(cell),
  ];
  out.push(
    table(
      ['measure', 'target', ...links.map((r) => k(r.size))],
      [
        row('`/` (prerendered list) until quiet', '≤ 150 KB', (r) => {
          const l = r.articleLink!.listPage;
          return `${mb(l.bytes)}, ${l.requests} req (${l.dataRequests} data)${mark(l.bytes <= 150 * KB)}`;
        }),
        row('article: bytes until quiet (HTML, JS, CSS, pane, data)', '≤ 150 KB', (r) => {
          const l = r.articleLink!.load;
          return `${mb(l.bytes)}, ${l.requests} req${mark(l.bytes <= 150 * KB)}`;
        }),
        row('    of which data', '', (r) => {
          const l = r.articleLink!.load;
          return `${mb(l.dataBytes)}, ${l.dataRequests} req`;
        }),
        row('data requests before the manifest is in', '≤ 1', (r) => {
          const n = r.articleLink!.load.dataBeforeInteractive;
          return `${n}${mark(n <= 1)}`;
        }),
        row('largest contentful paint (script held 1.5 s)', 'text, before script', (r) => {
          const l = r.articleLink!.lcp;
          const ok = l.inArticle && l.url === '' && l.ms < l.scriptMs;
          return `${l.tag} in article: ${l.inArticle ? 'yes' : 'no'}, ${num(l.ms)} ms < script ${num(l.scriptMs)} ms${mark(ok)}`;
        }),
      ],
    ),
  );
  out.push(
    '\nData requests after the manifest: the list beside the article (its chunk and chunk 0 on a desktop): ' +
      links.map((r) => `${k(r.size)}: ${r.articleLink!.load.dataPaths.join(', ')}`).join('; '),
  );
  return out;
}
