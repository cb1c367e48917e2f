/**
 * The app's production build for the browser bench, in .bench/app (not dist/:
 * `npm run build` and the e2e tests rebuild dist/ under our feet, and dist/
 * carries the seeds' data, which the bench replaces by a corpus's bundle).
 * Rebuilt only when a hash of what goes into it changes, so --browser-only
 * reruns start at once. The working tree is built as it is, uncommitted edits
 * included; the hash and `git describe` go into the results to say which.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from '../scripts/corpus/material';
import { BENCH_DIR } from './corpora';

export interface AppBuild {
  dir: string;
  hash: string;
  /** `git describe --always --dirty`: which code was measured. */
  revision: string;
  /** Null when the previous build was reused. */
  seconds: number | null;
}

const INPUTS = [
  'src/app',
  'src/shared',
  'src/site/settings.ts',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
];
const STAMP = 'bench-build.json';

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

function inputHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => files(join(REPO_ROOT, p))).sort())
    hash.update(relative(REPO_ROOT, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

export async function ensureAppBuild(): Promise<AppBuild> {
  const dir = join(BENCH_DIR, 'app');
  const hash = inputHash();
  const revision = execFileSync('git', ['describe', '--always', '--dirty'], { cwd: REPO_ROOT })
    .toString()
    .trim();
  const stamp = join(dir, STAMP);
  if (existsSync(stamp) && JSON.parse(readFileSync(stamp, 'utf8')).hash === hash)
    return { dir, hash, revision, seconds: null };
  const started = performance.now();
  await build({
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    // public/ holds the seeds' bundle; the server maps /data/ to a corpus's instead.
    publicDir: false,
    build: { outDir: dir, emptyOutDir: true },
  });
  copyFileSync(join(REPO_ROOT, 'public/favicon.svg'), join(dir, 'favicon.svg'));
  writeFileSync(stamp, JSON.stringify({ hash, revision }));
  return { dir, hash, revision, seconds: (performance.now() - started) / 1000 };
}
