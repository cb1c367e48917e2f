/**
 * The site build (src/site: prerendered pages, feeds, sitemap) on one size's
 * bundle, run as `npm run build` runs it (`tsx src/site/cli.ts --out <dir>`,
 * a child process, default flags) on a folder holding the app build (.bench/app)
 * and a link to the ingest output as data/. Measures its wall time and its own
 * split (renderer, pages, feeds, sitemap), and the article pages' size against
 * the article buckets', gzip -9 per file as a host sends them.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../scripts/corpus/material';
import { BENCH_DIR } from './corpora';
import { vmHwm } from './ingest';
import { gzipSize } from './sizes';

export interface SiteRun {
  wallSeconds: number;
  /** From the CLI's own line: null if its wording changed. */
  seconds: {
    total: number;
    renderer: number;
    pages: number;
    feeds: number;
    sitemap: number;
    /** CPU time of all its threads (includes Node and tsx start-up and the renderer's Vite build). */
    cpu: number;
  } | null;
  articles: number | null;
  feeds: number | null;
  peakRssBytes: number | null;
  /** One page per article (articles/<id>.html; the <id>/index.html copies are hard links). */
  html: { files: number; sampled: number; bytes: number; gzipBytes: number };
  /** articles-<hash>/*.json of the same bundle. */
  buckets: { files: number; bytes: number; gzipBytes: number };
  /** Where the site was written (served by the browser part). */
  dir: string;
}

/** Above this many pages, gzip sizes are measured on an even sample and scaled. */
const FULL_GZIP_UP_TO = 20_000;

export const siteDir = (size: number) => join(BENCH_DIR, 'site', `a${size}`);

/** The app build plus the bundle as data/, as `vite build` leaves dist/. */
function prepare(appDir: string, dataDir: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(appDir)) {
    if (name === 'bench-build.json') continue;
    cpSync(join(appDir, name), join(dir, name), { recursive: true });
  }
  symlinkSync(dataDir, join(dir, 'data'), 'dir');
}

async function sumGzip(files: string[], every: number) {
  let bytes = 0;
  let gzipBytes = 0;
  let sampled = 0;
  for (let i = 0; i < files.length; i += every) {
    bytes += statSync(files[i]!).size;
    gzipBytes += await gzipSize(files[i]!);
    sampled++;
  }
  const scale = files.length / Math.max(1, sampled);
  return { files: files.length, sampled, bytes: bytes * scale, gzipBytes: gzipBytes * scale };
}

export async function runSiteBuild(opts: {
  size: number;
  appDir: string;
  dataDir: string;
}): Promise<SiteRun> {
  const dir = siteDir(opts.size);
  prepare(opts.appDir, opts.dataDir, dir);
  const cli = [
    process.execPath,
    '--import',
    'tsx',
    join(REPO_ROOT, 'src/site/cli.ts'),
    '--out',
    dir,
  ];
  const started = performance.now();
  const child = spawn(cli[0]!, cli.slice(1), { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, vmHwm(child.pid) ?? 0)), 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(poll);
  const wallSeconds = (performance.now() - started) / 1000;
  writeFileSync(
    `${dir}.site.log`,
    `${cli.join(' ')}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`,
  );
  if (code !== 0)
    throw new Error(`site build exited with ${code}: ${stderr.trim().split('\n').at(-1)}`);

  const line =
    /site: (\d+) article pages, (\d+) feeds.* in ([\d.]+) s \(renderer ([\d.]+) s, pages ([\d.]+) s, feeds ([\d.]+) s, sitemap ([\d.]+) s; cpu ([\d.]+) s\)/.exec(
      stdout,
    );
  const pages = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, 'articles', f));
  const every = pages.length > FULL_GZIP_UP_TO ? Math.ceil(pages.length / FULL_GZIP_UP_TO) : 1;
  const manifest = JSON.parse(readFileSync(join(opts.dataDir, 'manifest.json'), 'utf8')) as {
    articles: { segments: { dir: string }[] };
  };
  const buckets = manifest.articles.segments.flatMap(({ dir }) => {
    const bucketDir = join(opts.dataDir, dir);
    return existsSync(bucketDir) ? readdirSync(bucketDir).map((f) => join(bucketDir, f)) : [];
  });
  return {
    wallSeconds,
    seconds: line
      ? {
          total: Number(line[3]),
          renderer: Number(line[4]),
          pages: Number(line[5]),
          feeds: Number(line[6]),
          sitemap: Number(line[7]),
          cpu: Number(line[8]),
        }
      : null,
    articles: line ? Number(line[1]) : null,
    feeds: line ? Number(line[2]) : null,
    peakRssBytes: peak > 0 ? peak : null,
    html: await sumGzip(pages, every),
    buckets: await sumGzip(buckets, 1),
    dir,
  };
}
