/**
 * The search rows of the bench report (issue 9, docs/decisions/0010-exact-search.md):
 * the exact index's size per article against the bigram index it replaced,
 * the exactness check against a brute-force scan, matching time in Node, and
 * the cold filtered query's bytes against Pagefind's (from the browser run).
 */
import type { SizeResult } from './report';
import { total } from './sizes';
import { mb, num, ratio, table } from './table';

/**
 * The bigram index (bundle v2, before issue 9) per article, gzipped: 218 B at
 * 1k/10k/100k in the 2026-11-21 bench (docs/decisions/0006-benchmarks.md).
 * The budget is twice that.
 */
export const BIGRAM_INDEX_GZ_PER_ARTICLE = 218;

const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const mark = (ok: boolean) => (ok ? ' ✓' : ' ✗');

export function searchReport(results: SizeResult[]): string[] {
  const rows = results.filter((r) => r.bundle || r.searchCheck);
  if (rows.length === 0) return [];
  const out = [
    '\n## Search (exact index; target: index ≤ 2× the bigram index per article, 0 differences)\n',
  ];
  out.push(
    table(
      [
        'size',
        'index gz (files)',
        'per article',
        '× bigram index',
        'exactness: queries / with hits / differences',
        'match in Node p50 / p95 ms',
        'cold (e) data: ours / Pagefind',
      ],
      rows.map((r) => {
        const search = r.bundle ? total(r.bundle, ['search']) : undefined;
        const perArticle = search ? search.gzipBytes / r.corpus.summary.articles : undefined;
        const c = r.searchCheck;
        const ours = r.browser?.filteredQueryRows.dataBytes;
        const theirs = r.browser?.pagefind?.filteredQuery.dataBytes;
        return [
          k(r.size),
          search ? `${mb(search.gzipBytes)} (${num(search.files)})` : 'n/a',
          perArticle === undefined ? 'n/a' : `${num(perArticle)} B`,
          perArticle === undefined
            ? 'n/a'
            : `${(perArticle / BIGRAM_INDEX_GZ_PER_ARTICLE).toFixed(2)}×${mark(perArticle <= 2 * BIGRAM_INDEX_GZ_PER_ARTICLE)}`,
          c
            ? `${c.queries} / ${c.found} / ${c.differences.length}${mark(c.differences.length === 0)}`
            : 'n/a',
          c ? `${num(c.matchMs.median, 1)} / ${num(c.matchMs.p95, 1)}` : 'n/a',
          ours !== undefined && theirs !== undefined
            ? `${mb(ours)} / ${mb(theirs)} = ${ratio(ours, theirs)}${mark(ours < theirs)}`
            : 'n/a',
        ];
      }),
    ),
  );
  for (const r of rows.filter((x) => x.searchCheck && x.searchCheck.differences.length > 0))
    out.push(
      `\nSearch differences at ${k(r.size)}: ${r.searchCheck!.differences.slice(0, 5).join(' | ')}`,
    );
  out.push(
    '\n"match in Node": runQuery over the bundle\'s shards, read and decoded once before (the app\'s warm case, without rendering).',
  );
  const cold = rows.flatMap((r) =>
    r.searchCheck?.coldQueries ? [{ r, c: r.searchCheck, q: r.searchCheck.coldQueries }] : [],
  );
  if (cold.length > 0) {
    const queries = cold[0]!.q.map((q) => q.query);
    out.push(
      '\nIndex bytes of a cold query (its shards in every search segment, gzip -9; files):\n',
    );
    out.push(
      table(
        ['size', 'segments', ...queries],
        cold.map(({ r, c, q }) => [
          k(r.size),
          num(c.segments ?? 0),
          ...q.map((x) => `${mb(x.gzipBytes)} (${num(x.files)})`),
        ]),
      ),
    );
  }
  return out;
}
