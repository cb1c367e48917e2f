/**
 * npm run build [-- --out-dir <folder>] [--wait <seconds>]
 *
 * The production build, published like the ingest's output
 * (src/ingest/publish/build-store.ts): the ingest (into public/data, itself
 * atomic), then every site step (vite build, then the prerendered pages,
 * feeds and sitemap of src/site/cli.ts) into a fresh staging folder, which replaces
 * dist/ in one rename once it is complete. A failed or interrupted build
 * leaves dist/ exactly as it was. dist/ becomes a symbolic link to the live
 * build in .dist.builds/; serve or copy it with links followed (`cp -rL`,
 * `rsync -L`), as Vite's own preview does.
 *
 * Exit codes as the ingest's: 0 published, 1 failed (dist/ unchanged),
 * 2 bad usage, 3 another build is running (after --wait, default 600 s).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BuildLock, LockBusy } from '../src/ingest/publish/build-lock';
import {
  beginBuild,
  currentBuild,
  linkFile,
  linkFolder,
  publish,
  recoverInterruptedMove,
  removeStaleLinks,
  storePaths,
} from '../src/ingest/publish/build-store';
import { checkpoint } from '../src/ingest/publish/checkpoint';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
/** Hashed assets of earlier builds stay this long for pages loaded before a deploy. */
const KEEP_MS = 48 * 3600_000;

/**
 * The steps that write the site into `out` (a staging folder), in order. The
 * ingest runs before them (it writes public/data, which Vite copies).
 */
const SITE_STEPS: ((out: string) => string[])[] = [
  (out) => [VITE, 'build', '--outDir', out, '--emptyOutDir'],
  // Prerendered pages, feeds, sitemap (SITE_URL and BASE_PATH from the environment).
  (out) => [TSX, 'src/site/cli.ts', '--out', out],
];

class StepFailed extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Runs a step in a child process (without the crash tests' stop point, which is this process's). */
function run(args: string[], what: string): void {
  const env = { ...process.env };
  delete env.UNION_NEWS_BUILD_STOP_AT;
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status === 0) return;
  // The ingest's "another build is running" stays that for a scheduled job.
  throw new StepFailed(
    `${what} failed (${result.signal ? `killed by ${result.signal}` : `exit ${result.status}`})`,
    result.status === 3 ? 3 : 1,
  );
}

/** Hashed assets of the live build (and those it kept) that the new one lacks, for readers of older pages. */
function carryAssets(live: string | null, staging: string, now: number): void {
  if (!live) return;
  const keptFile = `${live}.assets.json`;
  const kept = existsSync(keptFile)
    ? (JSON.parse(readFileSync(keptFile, 'utf8')) as { file: string; since: number }[])
    : [];
  const liveAssets = existsSync(join(live, 'assets')) ? readdirSync(join(live, 'assets')) : [];
  const carried = [
    ...liveAssets.map((file) => ({ file, since: now })),
    ...kept.filter((k) => now - k.since < KEEP_MS && !liveAssets.includes(k.file)),
  ].filter((k) => !existsSync(join(staging, 'assets', k.file)));
  if (carried.length > 0) mkdirSync(join(staging, 'assets'), { recursive: true });
  for (const { file } of carried) {
    const from = join(live, 'assets', file);
    const to = join(staging, 'assets', file);
    if (statSync(from).isDirectory()) linkFolder(from, to);
    else linkFile(from, to);
  }
  writeFileSync(`${staging}.assets.json`, JSON.stringify(carried));
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        'out-dir': { type: 'string', default: 'dist' },
        wait: { type: 'string', default: '600' },
      },
    }).values;
    if (!/^\d+$/.test(args.wait)) throw new Error(`--wait takes whole seconds, not "${args.wait}"`);
  } catch (error) {
    console.error(
      `build: ${(error as Error).message}\nusage: npm run build -- [--out-dir <folder>] [--wait <seconds>]`,
    );
    return 2;
  }
  const paths = storePaths(resolve(ROOT, args['out-dir']));
  let lock: BuildLock;
  try {
    lock = await BuildLock.acquire(paths.lock, 'npm run build', Number(args.wait) * 1000);
  } catch (error) {
    if (!(error instanceof LockBusy)) throw error;
    console.error(`build: ${error.message}`);
    return 3;
  }
  let staging: string | null = null;
  let published = false;
  try {
    recoverInterruptedMove(paths);
    removeStaleLinks(paths);
    const liveId = currentBuild(paths);
    const live = liveId ? join(paths.builds, liveId) : null;
    const others = existsSync(paths.builds)
      ? readdirSync(paths.builds).filter((n) => !liveId || !n.startsWith(liveId))
      : [];
    await Promise.all(
      others.map((n) => rm(join(paths.builds, n), { recursive: true, force: true })),
    );
    checkpoint('build:locked');

    run([TSX, 'src/ingest/cli.ts', '--quiet', '--wait', args.wait], 'the ingest');
    checkpoint('build:ingested');
    staging = beginBuild(paths);
    for (const step of SITE_STEPS) {
      const args = step(staging);
      run(
        args,
        args
          .slice(0, 2)
          .map((a) => a.replace(`${ROOT}/`, ''))
          .join(' '),
      );
    }
    checkpoint('build:built');
    if (!existsSync(join(staging, 'index.html')))
      throw new StepFailed('the build wrote no index.html');
    carryAssets(live, staging, Date.now());
    if (!lock.held()) throw new StepFailed('another build took over the lock');
    published = true;
    publish(paths, staging, () => null);
    checkpoint('build:published');
    console.log(`build: published ${staging} → ${paths.published}`);
    return 0;
  } catch (error) {
    const message =
      error instanceof StepFailed ? error.message : ((error as Error).stack ?? String(error));
    console.error(
      `build: FAILED: ${message}\nbuild: nothing was published; ${paths.published} is as it was`,
    );
    return error instanceof StepFailed ? error.exitCode : 1;
  } finally {
    if (staging && !published) {
      await rm(staging, { recursive: true, force: true });
      await rm(`${staging}.assets.json`, { force: true });
    }
    lock.release();
  }
}

process.exitCode = await main();
