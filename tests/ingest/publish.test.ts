/**
 * A build never breaks the published bundle: killed (SIGKILL) at any point,
 * out of disk, failing on a page, or racing another build, the output serves
 * one whole bundle — the previous one until the new one is complete, then the
 * new one — and the next build goes on from there.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageFailure } from '../../src/ingest/pipeline/prepare-page';
import { createFacetExtractor, loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import {
  build,
  expectWhole,
  publishedBundle,
  readManifest,
  ROOT,
  tempDir,
  TestCorpus,
} from './build-fixtures';

const CHILD = join(import.meta.dirname, 'helpers/build-child.ts');
const FULL_DISK = join(import.meta.dirname, 'helpers/full-disk.mjs');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the ingest in a child process. With `stopAt`, the child stops at that
 * checkpoint (src/ingest/publish/checkpoint.ts) and is killed there with SIGKILL.
 */
interface ChildOptions {
  stopAt?: string;
  /** Leave the child stopped at its checkpoint until `kill()` (default: kill it there at once). */
  hold?: boolean;
  env?: Record<string, string>;
  node?: string[];
  cli?: boolean;
}

function child(args: string[], options: ChildOptions = {}): Promise<Run> {
  return start(args, options).done;
}

function start(args: string[], options: ChildOptions = {}) {
  const script = options.cli ? join(ROOT, 'src/ingest/cli.ts') : CHILD;
  const proc = spawn(
    process.execPath,
    [...(options.node ?? []), '--import', 'tsx', script, ...args],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...options.env,
        ...(options.stopAt ? { UNION_NEWS_BUILD_STOP_AT: options.stopAt } : {}),
      },
    },
  );
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (stopped) return;
    stopped = options.stopAt !== undefined && stderr.includes('stopped at ');
    if (stopped) onStop();
    if (stopped && !options.hold) proc.kill('SIGKILL');
  });
  let stopped = false;
  let onStop = () => {};
  return {
    done: new Promise<Run>((resolve) =>
      proc.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
    ),
    stopped: new Promise<void>((resolve) => (onStop = resolve)),
    kill: () => proc.kill('SIGKILL'),
  };
}

/** A published bundle of 32 pages, and the same folder a day later (an issue added, a page corrected). */
async function publishedThenChanged() {
  const corpus = new TestCorpus();
  corpus.add(...Array.from({ length: 32 }, (_, i) => i));
  const root = tempDir('publish');
  const out = join(root, 'out');
  const cacheDir = join(root, 'cache');
  await build(corpus.dir, out, { cacheDir });
  const previous = publishedBundle(out);
  corpus.add(...Array.from({ length: 8 }, (_, i) => 32 + i));
  const fixed = corpus.files[30]!;
  corpus.write(fixed, corpus.text(fixed).replace('工会', '总工会'));
  return { corpus, root, out, cacheDir, previous };
}

/** The bundle a complete second build publishes (built on a copy, so the original is untouched). */
async function expectedNext(root: string, input: string): Promise<Map<string, string>> {
  const copy = tempDir('copy');
  cpSync(root, copy, { recursive: true, verbatimSymlinks: true });
  await build(input, join(copy, 'out'), { cacheDir: join(copy, 'cache') });
  return publishedBundle(join(copy, 'out'));
}

describe('publishing', () => {
  it('SIGKILLed at any point of a build, leaves the previous bundle whole until the swap and the new one after it', async () => {
    const kills = [
      ['locked', 'before'],
      ['page#1', 'before'],
      ['page#20', 'before'],
      ['segment#2', 'before'],
      ['segment#9', 'before'],
      ['families', 'before'],
      ['manifest', 'before'],
      ['articles-json', 'before'],
      ['report-json', 'before'],
      ['validated', 'before'],
      ['recorded', 'before'],
      ['publish:swap', 'before'],
      ['publish:swapped', 'after'],
      ['published', 'after'],
    ] as const;
    const setup = await publishedThenChanged();
    const next = await expectedNext(setup.root, setup.corpus.dir);
    expect(next).not.toEqual(setup.previous);
    for (const [point, expected] of kills) {
      // Each kill on its own copy of the published state.
      const root = tempDir('kill');
      cpSync(setup.root, root, { recursive: true, verbatimSymlinks: true });
      const out = join(root, 'out');
      const run = await child([setup.corpus.dir, out, join(root, 'cache')], { stopAt: point });
      expect(run.signal, `${point}: ${run.stderr}`).toBe('SIGKILL');
      expectWhole(out);
      expect(publishedBundle(out), `killed at ${point}`).toEqual(
        expected === 'before' ? setup.previous : next,
      );
      // The next build takes over the dead build's lock and finishes the job.
      const after = await build(setup.corpus.dir, out, { cacheDir: join(root, 'cache') });
      expect(after.outcome === 'published' || expected === 'after').toBe(true);
      expect(publishedBundle(out), `rebuilt after a kill at ${point}`).toEqual(next);
    }
  }, 180_000);

  it('fails on a page it cannot process without publishing anything, and names the page', async () => {
    const { corpus, out, cacheDir, previous } = await publishedThenChanged();
    const broken = corpus.files.at(-3)!;
    const taxonomy = loadEventTaxonomy();
    const real = createFacetExtractor({ taxonomy });
    // An extractor that crashes on one story, as a bug in a stage would.
    const marker = corpus
      .text(broken)
      .split('\n')
      .find((l) => l.length > 80)!
      .slice(30, 40);
    const extract: typeof real = (input) => {
      if ([...input.headlines, ...input.paragraphs].some((p) => p.includes(marker)))
        throw new TypeError('boom');
      return real(input);
    };
    const failing = build(corpus.dir, out, { cacheDir: tempDir('cache'), extract });
    await expect(failing).rejects.toThrow(PageFailure);
    await expect(failing).rejects.toThrow(new RegExp(`${broken}: the ingest failed on this page`));
    expect(publishedBundle(out)).toEqual(previous);
    void cacheDir;
  });

  it('refuses a page it cannot read (exit 1, nothing published, the previous bundle named)', async () => {
    const { corpus, out, cacheDir, previous } = await publishedThenChanged();
    // A page file too big to read in one piece (sparse: no disk used).
    const huge = `${dirname(corpus.files[0]!)}/huge.txt`;
    execFileSync('truncate', ['-s', '3G', join(corpus.dir, huge)]);
    const run = await child(
      ['--input', corpus.dir, '--output', out, '--cache-dir', cacheDir, '--quiet'],
      { cli: true },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ingest: FAILED: ${huge}: cannot be read`);
    expect(run.stderr).toMatch(/nothing was published; .* still serves the previous bundle/);
    expect(publishedBundle(out)).toEqual(previous);
  });

  it('on a full disk, fails with a clear message and keeps the previous bundle, wherever the disk fills up', async () => {
    const setup = await publishedThenChanged();
    for (const budget of [20_000, 200_000, 600_000]) {
      const root = tempDir('full');
      cpSync(setup.root, root, { recursive: true, verbatimSymlinks: true });
      const out = join(root, 'out');
      const run = await child(
        [
          '--input',
          setup.corpus.dir,
          '--output',
          out,
          '--cache-dir',
          join(root, 'cache'),
          '--workers',
          '0',
          '--quiet',
        ],
        {
          cli: true,
          node: ['--import', FULL_DISK],
          env: { FULL_DISK_AFTER_BYTES: String(budget) },
        },
      );
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/ingest: FAILED: .*ENOSPC: no space left on device/);
      expect(run.stderr).toMatch(/nothing was published/);
      expect(publishedBundle(out)).toEqual(setup.previous);
      // Nothing half-written is left in the store but the live build.
      const builds = readdirSync(join(root, '.out.builds', 'builds'));
      expect(builds).toHaveLength(2); // the live build and its record
    }
  }, 120_000);

  it('lets one build at a time write an output: a second one refuses, or waits with --wait', async () => {
    const { corpus, out, cacheDir, previous } = await publishedThenChanged();
    const first = start([corpus.dir, out, cacheDir], { stopAt: 'page#3', hold: true });
    await first.stopped; // it holds the lock, mid-build
    const second = await child(
      ['--input', corpus.dir, '--output', out, '--cache-dir', cacheDir, '--quiet'],
      { cli: true },
    );
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/another build is running into this output \(pid \d+/);
    expect(publishedBundle(out)).toEqual(previous);

    const waiting = child([corpus.dir, out, cacheDir, '60']);
    await new Promise((r) => setTimeout(r, 1500));
    first.kill(); // dies mid-build: its lock is stale now, and the waiting build takes it over
    expect((await first.done).signal).toBe('SIGKILL');
    const waited = await waiting;
    expect(waited.code, waited.stderr).toBe(0);
    expectWhole(out);
    expect(readManifest(out).articleCount).toBeGreaterThan(0);
  }, 60_000);

  it('publishes one whole bundle when two builds start at once', async () => {
    const { corpus, out, cacheDir, root } = await publishedThenChanged();
    const next = await expectedNext(root, corpus.dir);
    const runs = await Promise.all([
      child([corpus.dir, out, cacheDir]),
      child([corpus.dir, out, cacheDir]),
    ]);
    const codes = runs.map((r) => r.code).sort();
    // Either one refused while the other ran, or they ran one after the other.
    expect([
      [0, 3],
      [0, 0],
    ]).toContainEqual(codes);
    expectWhole(out);
    expect(publishedBundle(out)).toEqual(next);
  }, 60_000);

  it('moves a folder an older ingest wrote into the store, and undoes an interrupted move', async () => {
    const { corpus, root, out, cacheDir, previous } = await publishedThenChanged();
    // Turn the published link into a plain folder with the same files (an older ingest's output).
    const plain = join(root, 'plain');
    cpSync(out, plain, { recursive: true, dereference: true });
    execFileSync('rm', ['-rf', out, join(root, '.out.builds')]);
    renameSync(plain, out);
    expect(publishedBundle(out)).toEqual(previous);

    const killed = await child([corpus.dir, out, cacheDir], { stopAt: 'publish:moved' });
    expect(killed.signal).toBe('SIGKILL');
    // Between the move's two renames the output is briefly absent; the next build puts it back first.
    const after = await build(corpus.dir, out, { cacheDir });
    expect(after.outcome).toBe('published');
    expectWhole(out);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toMatch(/"segmentSize":16/);
  }, 60_000);
});
