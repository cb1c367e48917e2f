/**
 * The daily update at archive scale: a full build with a cold cache, then one
 * more issue (8 pages) added to the input and the ingest run again, as a
 * scheduled job would — both through the real CLI in a child process.
 * Targets (issue 11): the +1 issue build ≤ 10 % of the full build's time; the
 * full build ≤ 30 s at 100k. Also what a CDN must upload after the daily
 * build (files and bytes that changed), from the ingest's report.
 *
 * The input is a hard-linked copy of the bench corpus (.bench/daily/a<size>/input),
 * so adding pages never touches the cached corpus. The issue is added, measured,
 * then removed again (an unmeasured build) `repeats` times, for the spread.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BuildInfo, IngestReport } from '../src/shared/schema';
import { createContext, generatePage, PAGES_PER_ISSUE } from '../scripts/corpus/generate';
import type { Corpus } from './corpora';
import { BENCH_DIR } from './corpora';
import { runIngestChild, type IngestRun } from './ingest';

export interface DailyStep {
  seconds: number;
  wallSeconds: number;
  build: BuildInfo;
}

export interface DailyRun {
  full: IngestRun & { build: BuildInfo };
  /** Each: one issue added to the archive the full build published. */
  addIssue: DailyStep[];
}

interface PageEntry {
  file: string;
}

function report(out: string): IngestReport {
  return JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as IngestReport;
}

/** Writes the corpus's next issue into `input` (and pages.json); returns the new files. */
function addIssue(input: string, corpus: Corpus, seed: number): string[] {
  const ctx = createContext(seed);
  const first = corpus.summary.pages;
  const manifestPath = join(input, 'pages.json');
  const entries = JSON.parse(readFileSync(manifestPath, 'utf8')) as PageEntry[];
  const files: string[] = [];
  for (let i = 0; i < PAGES_PER_ISSUE; i++) {
    const page = generatePage(ctx, seed, first + i);
    mkdirSync(dirname(join(input, page.file)), { recursive: true });
    writeFileSync(join(input, page.file), page.bytes);
    entries.push({ file: page.file, ...page.meta });
    files.push(page.file);
  }
  // pages.json is a hard link to the corpus's: replace it, never write through it.
  unlinkSync(manifestPath);
  writeFileSync(manifestPath, JSON.stringify(entries));
  return files;
}

function removeIssue(input: string, files: string[]): void {
  const manifestPath = join(input, 'pages.json');
  const drop = new Set(files);
  const entries = (JSON.parse(readFileSync(manifestPath, 'utf8')) as PageEntry[]).filter(
    (e) => !drop.has(e.file),
  );
  for (const file of files) rmSync(join(input, file));
  unlinkSync(manifestPath);
  writeFileSync(manifestPath, JSON.stringify(entries));
}

export async function benchDaily(corpus: Corpus, seed: number, repeats: number): Promise<DailyRun> {
  const root = join(BENCH_DIR, 'daily', `a${corpus.summary.articles}`);
  const input = join(root, 'input');
  const out = join(root, 'out');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execFileSync('cp', ['-al', corpus.dir, input]);

  const full = await runIngestChild(input, out);
  const fullRun = { ...full, build: report(out).build! };
  const addIssueRuns: DailyStep[] = [];
  for (let i = 0; i < repeats; i++) {
    const files = addIssue(input, corpus, seed);
    const run = await runIngestChild(input, out, undefined, true);
    addIssueRuns.push({
      seconds: run.ingestSeconds ?? run.wallSeconds,
      wallSeconds: run.wallSeconds,
      build: report(out).build!,
    });
    removeIssue(input, files);
    if (i + 1 < repeats) await runIngestChild(input, out, undefined, true);
  }
  if (existsSync(root)) rmSync(input, { recursive: true, force: true });
  return { full: fullRun, addIssue: addIssueRuns };
}
