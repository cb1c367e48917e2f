import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from './seed-fixtures';

const root = join(import.meta.dirname, '../..');
const run = promisify(execFile);

async function ingest(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/ingest/cli.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ingest', () => {
  it('writes the bundle, articles.json and report.json, the same with and without worker threads', async () => {
    const inline = mkdtempSync(join(tmpdir(), 'cli-'));
    const threaded = mkdtempSync(join(tmpdir(), 'cli-'));
    const cache = () => ['--cache-dir', mkdtempSync(join(tmpdir(), 'cli-cache-'))];
    const a = await ingest('--input', SEEDS_DIR, '--output', inline, '--workers', '0', ...cache());
    const b = await ingest(
      '--input',
      SEEDS_DIR,
      '--output',
      threaded,
      '--workers',
      '2',
      ...cache(),
    );
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdout).toMatch(/29 articles from 5 pages/);
    const articles = (dir: string) => readFileSync(join(dir, 'articles.json'), 'utf8');
    expect(articles(threaded)).toEqual(articles(inline));
    expect(JSON.parse(articles(inline))).toHaveLength(29);
    expect(JSON.parse(readFileSync(join(inline, 'report.json'), 'utf8')).totals).toMatchObject({
      pages: 5,
      articles: 29,
    });
  }, 60_000);

  it('exits with a clear message, not a stack trace, when the input folder is missing', async () => {
    const { code, stderr } = await ingest(
      '--input',
      '/no/such/folder',
      '--output',
      mkdtempSync(join(tmpdir(), 'cli-')),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /ingest: FAILED: input folder not found: \/no\/such\/folder\. Pass --input/,
    );
    expect(stderr).toMatch(/nothing was published/);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rejects a malformed option with the usage line', async () => {
    const { code, stderr } = await ingest('--workers', 'many');
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run ingest/);
  });
});
