/**
 * Run the real ingest CLI in a child process, as `npm run ingest` would, and
 * measure it from outside: wall time, the ingest's own timing (which leaves
 * out Node and tsx start-up) and peak RSS. Peak RSS comes from GNU time when
 * installed, else from polling the child's VmHWM (the kernel's own peak mark).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../scripts/corpus/material';
import { defaultStore } from '../src/ingest/publish/build-store';

export interface IngestRun {
  wallSeconds: number;
  /** From the CLI's "in X s" line; null if its wording changed. */
  ingestSeconds: number | null;
  articles: number | null;
  pages: number | null;
  peakRssBytes: number | null;
  rssSource: 'gnu-time' | 'proc-vmhwm' | 'none';
  /** Set when the run needed a bigger V8 heap than Node's default (see runIngestWithRetry). */
  heapMb?: number;
  /** Why the default-heap run failed, when it did. */
  defaultHeapFailure?: string;
}

const GNU_TIME = '/usr/bin/time';

export class IngestFailed extends Error {
  constructor(
    message: string,
    readonly outOfMemory: boolean,
  ) {
    super(message);
  }
}

/**
 * Run as `npm run ingest` would (Node's default heap, ~4 GB here). If that
 * runs out of heap, say so and run again with a bigger one, so the bench still
 * reports time and memory for the size and the table shows what it took.
 * `skipDefault` (a projection says the default heap won't do) saves the
 * minutes a doomed first run costs at 100k.
 */
export async function runIngestWithRetry(
  input: string,
  output: string,
  retryHeapMb: number,
  skipDefault: string | null,
): Promise<IngestRun> {
  if (skipDefault)
    return {
      ...(await runIngestChild(input, output, retryHeapMb)),
      heapMb: retryHeapMb,
      defaultHeapFailure: skipDefault,
    };
  try {
    return await runIngestChild(input, output);
  } catch (error) {
    if (!(error instanceof IngestFailed) || !error.outOfMemory) throw error;
    const run = await runIngestChild(input, output, retryHeapMb);
    return { ...run, heapMb: retryHeapMb, defaultHeapFailure: 'JavaScript heap out of memory' };
  }
}

export async function runIngestChild(
  input: string,
  output: string,
  heapMb?: number,
  /** Keep the output, its build store and page cache: an incremental build (bench/daily.ts). */
  incremental = false,
): Promise<IngestRun> {
  // A full build with a cold cache: no earlier build, no cached pages.
  const cacheDir = `${output}.cache`;
  if (!incremental) {
    for (const dir of [output, cacheDir, defaultStore(output)])
      rmSync(dir, { recursive: true, force: true });
  }
  const heap = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const cli = [
    process.execPath,
    ...heap,
    '--import',
    'tsx',
    join(REPO_ROOT, 'src/ingest/cli.ts'),
    '--input',
    input,
    '--output',
    output,
    '--cache-dir',
    cacheDir,
    '--quiet',
  ];
  const useTime = existsSync(GNU_TIME);
  const [command, ...args] = useTime ? [GNU_TIME, '-v', ...cli] : cli;
  const started = performance.now();
  const child = spawn(command!, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));

  // Without GNU time, child.pid is node itself; poll its peak (VmHWM only grows).
  let polledPeak = 0;
  const poll = useTime
    ? null
    : setInterval(() => (polledPeak = Math.max(polledPeak, vmHwm(child.pid) ?? 0)), 50);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (poll) clearInterval(poll);
  const wallSeconds = (performance.now() - started) / 1000;
  // The whole output, for post-mortems (a V8 out-of-memory report is long).
  const logFile = `${output}.ingest${heapMb ? `-heap${heapMb}` : ''}.log`;
  mkdirSync(dirname(logFile), { recursive: true });
  writeFileSync(logFile, `${cli.join(' ')}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);
  if (code !== 0) {
    const oom = /heap out of memory|Reached heap limit/.test(stderr);
    const tail = stderr
      .split('\n')
      .filter((l) => /error|Error|heap/.test(l))
      .slice(0, 8)
      .join('\n');
    throw new IngestFailed(
      `ingest exited with ${code}${oom ? ' (JavaScript heap out of memory)' : ''}; full log: ${logFile}\n${tail}`,
      oom,
    );
  }

  const line = /ingest: (\d+) articles from (\d+) pages in ([\d.]+) s/.exec(stdout);
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return {
    wallSeconds,
    ingestSeconds: line ? Number(line[3]) : null,
    articles: line ? Number(line[1]) : null,
    pages: line ? Number(line[2]) : null,
    peakRssBytes: maxRss ? Number(maxRss[1]) * 1024 : polledPeak > 0 ? polledPeak : null,
    rssSource: maxRss ? 'gnu-time' : polledPeak > 0 ? 'proc-vmhwm' : 'none',
  };
}

/** Peak resident set of a live process, in bytes, from /proc (Linux only). */
export function vmHwm(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
