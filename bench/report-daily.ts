/** The daily-update rows of the bench report (bench/daily.ts). */
import type { SizeResult } from './report';
import { mb, num, table } from './table';

const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

function spread(values: number[], digits = 2): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return sorted.length === 1
    ? num(median, digits)
    : `${num(median, digits)} (${num(sorted[0], digits)}–${num(sorted.at(-1), digits)})`;
}

export function dailyReport(results: SizeResult[]): string[] {
  const done = results.filter((r) => r.daily);
  const out: string[] = [];
  for (const r of results.filter((x) => x.dailyError))
    out.push(`\nDaily update at ${k(r.size)} FAILED: ${r.dailyError}`);
  if (done.length === 0) return out;
  out.push('\n## Daily update: one more issue (8 pages) into the published archive\n');
  out.push(
    table(
      [
        'size',
        'full build s (cold cache)',
        '+1 issue s, median (min–max)',
        'ratio',
        'target ≤ 10 %',
        'of which segments written s',
        'changed files',
        'changed MB',
        'segments reused',
      ],
      done.map((r) => {
        const d = r.daily!;
        const full = d.full.ingestSeconds ?? d.full.wallSeconds;
        const times = d.addIssue.map((s) => s.seconds);
        const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
        // Loading the pages of the rewritten segments and writing their list, article and search folders.
        const segments = d.addIssue.map(
          (s) => ((s.build.timings.segments ?? 0) + (s.build.timings.load ?? 0)) / 1000,
        );
        // The first one: later repeats add pages whose folders the retention still publishes.
        const first = d.addIssue[0]!.build;
        return [
          k(r.size),
          num(full, 2),
          spread(times),
          `${((100 * median) / full).toFixed(1)} %`,
          median <= full * 0.1 ? '✓' : '✗',
          spread(segments),
          num(first.changed.files),
          mb(first.changed.bytes),
          `${first.segments.reused} / ${first.segments.total}`,
        ];
      }),
    ),
  );
  out.push(
    '\nBoth builds run the CLI in a child process (times are the ingest\'s own "in X s"). "segments written": loading the pages of the segments that changed (the last one) and writing their list rows, article buckets and search index; "changed" is what a CDN must upload (files in new folders, plus manifest.json, articles.json and report.json).',
  );
  const full = done.map((r) => r.daily!.full.ingestSeconds ?? r.daily!.full.wallSeconds);
  if (done.some((r) => r.size >= 100_000))
    out.push(
      `Full build with a cold cache at 100k: ${num(full[done.findIndex((r) => r.size >= 100_000)], 2)} s (target ≤ 30 s).`,
    );
  return out;
}
