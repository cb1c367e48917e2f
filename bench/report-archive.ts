/**
 * The bench report's rows for dates and the 版面 view (bench/browser-archive.ts),
 * with issue 8's targets beside them.
 */
import type { SizeResult } from './report';
import { mb, num, table } from './table';

const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const mark = (ok: boolean) => (ok ? ' ✓' : ' ✗');
const ms = (x: number) => num(x, x < 10 ? 1 : 0);

export function archiveReport(results: SizeResult[]): string[] {
  const rows = results.filter(
    (r) => r.browser?.archive || r.bundle?.some((s) => s.kind === 'dates' && s.files > 0),
  );
  if (rows.length === 0) return [];
  const out = ['\n## Dates and the 版面 view (issue 8)\n'];
  const kind = (r: SizeResult, name: string) => r.bundle!.find((s) => s.kind === name);
  const articles = (r: SizeResult) => r.ingest?.articles ?? r.corpus.summary.articles;
  const cell = (r: SizeResult, f: (a: NonNullable<SizeResult['browser']>['archive']) => string) =>
    r.browser?.archive ? f(r.browser.archive) : 'n/a';
  const row = (label: string, target: string, f: (r: SizeResult) => string) => [
    label,
    target,
    ...rows.map(f),
  ];
  out.push(
    table(
      ['measure', 'target', ...rows.map((r) => k(r.size))],
      [
        row('date column, gzip per article', '≤ 2 B', (r) => {
          const d = r.bundle && kind(r, 'dates');
          if (!d) return 'n/a';
          const per = d.gzipBytes / articles(r);
          return `${num(per, 2)} B (${mb(d.gzipBytes)})${mark(per <= 2)}`;
        }),
        row('issue files (版面 index), gzip', '', (r) => {
          const d = r.bundle && kind(r, 'issues');
          return d ? `${mb(d.gzipBytes)} in ${num(d.files)} files` : 'n/a';
        }),
        row('select a year (a month if one year), median / p95 (ms)', 'p95 ≤ 16', (r) =>
          cell(
            r,
            (a) =>
              `${ms(a!.yearSelect.median)} / ${ms(a!.yearSelect.p95)} (n=${a!.yearSelect.n})${mark(a!.yearSelect.p95 <= 16)}`,
          ),
        ),
        row('open a page view, cold `/issues/<last>/1`', '≤ 2 data req', (r) =>
          cell(
            r,
            (a) =>
              `${mb(a!.pageViewCold.bytes)}, ${a!.pageViewCold.dataRequests} data req${mark(a!.pageViewCold.dataRequests <= 2)}`,
          ),
        ),
        row('open a page view in the app (版面, 第1版)', '≤ 2 data req', (r) =>
          cell(
            r,
            (a) =>
              `${mb(a!.pageViewInApp.bytes)}, ${a!.pageViewInApp.dataRequests} data req${mark(a!.pageViewInApp.dataRequests <= 2)}`,
          ),
        ),
      ],
    ),
  );
  out.push(
    '\nYear selection: the timeline range set and cleared for every year, twice, through `?bench` (URL change → committed results, counts and timeline → forced layout).',
  );
  return out;
}
