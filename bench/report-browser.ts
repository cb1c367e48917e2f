/**
 * The browser tables of the bench report (bench/browser.ts's figures), with
 * the targets from docs/decisions/0006-benchmarks.md next to them: one column
 * per size, one row per measure, so a target sits beside every size.
 */
import { cpus } from 'node:os';
import type { Step } from './browser-page';
import type { SizeResult } from './report';
import { mb, num, ratio, table } from './table';

const KB = 1024;
const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const mark = (ok: boolean) => (ok ? ' ✓' : ' ✗');
const ms = (x: number) => num(x, x < 10 ? 1 : 0);
const bytes = (s: Step | undefined) => (s ? `${mb(s.bytes)}, ${s.requests} req` : 'n/a');

export function browserReport(results: SizeResult[]): string[] {
  const out: string[] = [];
  const runs = results.filter((r) => r.browser);
  for (const r of results.filter((x) => x.browserError))
    out.push(`\nBrowser FAILED at ${k(r.size)}: ${r.browserError}`);
  for (const r of runs.filter((x) => x.browser!.errors.length > 0))
    out.push(`\nPage errors at ${k(r.size)}: ${r.browser!.errors.slice(0, 5).join(' | ')}`);
  if (runs.length === 0) return out;
  const b = (r: SizeResult) => r.browser!;
  const row = (label: string, target: string, cell: (r: SizeResult) => string) => [
    label,
    target,
    ...runs.map(cell),
  ];
  const sizes = runs.map((r) => k(r.size));

  out.push('\n## Browser: bytes on the wire (headless Chromium, cold cache per row)\n');
  out.push(
    table(
      ['measure', 'target', ...sizes],
      [
        row('(a) first view: `/` until 文章列表 has a link', '≤ 150 KB', (r) => {
          const s = b(r).firstView;
          return bytes(s) + mark(s.bytes <= 150 * KB);
        }),
        row('    of which data (/data/)', '', (r) => mb(b(r).firstView.dataBytes)),
        row('(b) first facet click: top district in 区域', '', (r) => bytes(b(r).facetClick)),
        row('(c) first search: 知识竞赛 typed in 搜索', '', (r) => bytes(b(r).firstSearch)),
        row('(d) open the first result (pane code + bucket)', '≤ 1 data req', (r) => {
          const s = b(r).openArticle;
          return `${bytes(s)} (${s.dataRequests} data)${mark(s.dataRequests <= 1)}`;
        }),
        row('    next article, other bucket (code cached)', '≤ 1 req', (r) => {
          const s = b(r).nextArticle;
          return s ? bytes(s) + mark(s.requests <= 1) : 'n/a';
        }),
        row('(e) cold `/?district=<top>&q=知识竞赛` to results', '', (r) =>
          bytes(b(r).filteredQuery),
        ),
        row('    … and its first 10 rows loaded', '', (r) => bytes(b(r).filteredQueryRows)),
        row('    of which data (/data/)', '', (r) => mb(b(r).filteredQueryRows.dataBytes)),
        row('top district', '', (r) => b(r).topDistrict),
      ],
    ),
  );
  out.push(
    "\nBytes as our server wrote them to the socket (status line, headers, gzip -9 body); Chromium's own count",
  );
  out.push(
    '(CDP encodedDataLength) matches it but misses worker scripts. (b)–(d) count only that step, after (a) in a fresh context.',
  );

  out.push('\n## Browser: latency (ms, in the page via `?bench`, data loaded)\n');
  const stat = (s: { median: number; p95: number; n: number }) =>
    `${ms(s.median)} / ${ms(s.p95)} (n=${s.n})`;
  out.push(
    table(
      ['measure', 'target', ...sizes],
      [
        row('facet toggle, median / p95', 'p95 ≤ 16', (r) => {
          const s = b(r).latency.toggle;
          return stat(s) + mark(s.p95 <= 16);
        }),
        row('search, warm shards, median / p95', 'p95 ≤ 50', (r) => {
          const s = b(r).latency.search;
          return stat(s) + mark(s.p95 <= 50);
        }),
        row('first search, cold (fetches its shards)', '', (r) => ms(b(r).latency.coldSearchMs)),
        row('Pagefind: warm search + 10× data(), median / p95', '', (r) => {
          const p = b(r).pagefind;
          return p ? stat(p.search) : 'n/a';
        }),
      ],
    ),
  );
  out.push(
    '\nOurs: URL change → React commit with results and facet counts → forced layout (src/app/bench.ts).',
  );
  const loads = runs.flatMap((r) => b(r).loadAverage);
  out.push(
    `1-min load average during these runs: ${num(Math.min(...loads), 1)}–${num(Math.max(...loads), 1)} on ${cpus().length} CPUs` +
      ' (above ~1, other work on the machine inflates the latencies).',
  );
  out.push(
    "Pagefind's figure is its JS API alone (no rendering), so it is a floor for a Pagefind UI, not a like-for-like.",
  );

  const pf = runs.filter((r) => b(r).pagefind);
  for (const r of runs.filter((x) => !b(x).pagefind))
    out.push(`\nPagefind in the browser at ${k(r.size)}: ${r.pagefindSkipped ?? 'not run'}.`);
  if (pf.length === 0) return out;
  out.push('\n## Filtered query, cold: ours / Pagefind (target: below 1)\n');
  out.push(
    table(
      [
        'size',
        'results (ours / pf)',
        'ours incl. app, 10 rows',
        'pf incl. runtime, 10× data()',
        'ratio',
        'ours data only',
        'pf data only',
        'ratio',
      ],
      pf.map((r) => {
        const ours = b(r).filteredQueryRows;
        const theirs = b(r).pagefind!.filteredQuery;
        return [
          k(r.size),
          `${num(ours.results)} / ${num(theirs.results)}`,
          bytes(ours),
          bytes(theirs),
          ratio(ours.bytes, theirs.bytes) + mark(ours.bytes < theirs.bytes),
          `${mb(ours.dataBytes)}, ${ours.dataRequests} req`,
          `${mb(theirs.dataBytes)}, ${theirs.dataRequests} req`,
          ratio(ours.dataBytes, theirs.dataBytes) + mark(ours.dataBytes < theirs.dataBytes),
        ];
      }),
    ),
  );
  out.push(
    "\nPagefind: `import('/pagefind/pagefind.js')`, options, init, search with the district filter, data() of the first 10,",
  );
  out.push(
    'on a blank page of the same server. "data only" leaves out code: our HTML/JS/CSS; pagefind.js, its worker and wasm.',
  );
  return out;
}
