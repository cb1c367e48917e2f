/**
 * Synthetic corpora for the bench, cached under .bench/corpus (git-ignored).
 * The cache key is size + seed + a hash of the generator's code and seed
 * material, so a rerun reuses a 100k corpus but a changed generator never
 * serves a stale one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadMaterial, REPO_ROOT } from '../scripts/corpus/material';
import { SUMMARY_FILE, writeCorpus, type CorpusSummary } from '../scripts/corpus/generate';

export const BENCH_DIR = join(REPO_ROOT, '.bench');
const GENERATOR_DIR = join(REPO_ROOT, 'scripts/corpus');

function generatorHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(GENERATOR_DIR)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => join(GENERATOR_DIR, f)),
    ...loadMaterial().files,
  ];
  for (const file of files) hash.update(file.slice(REPO_ROOT.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 10);
}

export interface Corpus {
  dir: string;
  summary: CorpusSummary;
  /** False when it came from the cache. */
  generated: boolean;
  seconds: number;
}

export function ensureCorpus(articles: number, seed: number): Corpus {
  const root = join(BENCH_DIR, 'corpus');
  const prefix = `a${articles}-s${seed}-`;
  const dir = join(root, prefix + generatorHash());
  const summaryPath = join(dir, SUMMARY_FILE);
  if (existsSync(summaryPath)) {
    return {
      dir,
      summary: JSON.parse(readFileSync(summaryPath, 'utf8')) as CorpusSummary,
      generated: false,
      seconds: 0,
    };
  }
  // Corpora from an older generator are dead weight (100k is ~170 MB).
  if (existsSync(root)) {
    for (const name of readdirSync(root))
      if (name.startsWith(prefix)) rmSync(join(root, name), { recursive: true, force: true });
  }
  const started = performance.now();
  const summary = writeCorpus({ out: dir, seed, articles });
  return { dir, summary, generated: true, seconds: (performance.now() - started) / 1000 };
}
