/**
 * npm run build publishes the site folder the way the ingest publishes its
 * output: a failed or killed build leaves the folder exactly as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './build-fixtures';

const SCRIPT = join(ROOT, 'scripts/build-site.ts');

function siteBuild(outDir: string, env: Record<string, string> = {}) {
  const proc = spawn(process.execPath, ['--import', 'tsx', SCRIPT, '--out-dir', outDir], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  let stderr = '';
  proc.stdout.resume();
  proc.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (env.UNION_NEWS_BUILD_STOP_AT && stderr.includes('stopped at ')) proc.kill('SIGKILL');
  });
  return new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    proc.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
}

/** What the site folder serves: every file, by path, with its bytes. */
function served(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) for (const [p, c] of served(dir, path)) files.set(p, c);
    else files.set(path, readFileSync(join(dir, path), 'latin1'));
  }
  return files;
}

describe('npm run build', () => {
  it('replaces the site folder only with a complete build; a failed or killed one leaves it as it was', async () => {
    const dist = join(tempDir('site'), 'dist');
    const first = await siteBuild(dist);
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'data/manifest.json'))).toBe(true);
    const before = served(dist);
    const live = readlinkSync(dist);

    const failed = await siteBuild(dist, { SEEDS_DIR: '/no/such/pages' });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/build: FAILED: the ingest failed/);
    expect(failed.stderr).toMatch(/nothing was published/);
    expect(readlinkSync(dist)).toBe(live);
    expect(served(dist)).toEqual(before);

    const killed = await siteBuild(dist, { UNION_NEWS_BUILD_STOP_AT: 'build:built' });
    expect(killed.signal).toBe('SIGKILL');
    expect(readlinkSync(dist)).toBe(live);
    expect(served(dist)).toEqual(before);

    const second = await siteBuild(dist);
    expect(second.code, second.stderr).toBe(0);
    expect(readlinkSync(dist)).not.toBe(live);
    expect(served(dist)).toEqual(before);
  }, 240_000);
});
