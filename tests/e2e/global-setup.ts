/**
 * E2E global setup: builds the app (`npm run build`, which runs the ingest
 * first; skip with E2E_SKIP_BUILD=1) with SITE_URL set, and a second build of
 * the same data under the sub-path /news/ (BASE_PATH) into dist-news/, reusing
 * the ingest's output (vite build + the site build only). Serves both with
 * `vite preview` (what `npm start` runs) on free ports, provides their URLs to
 * the tests and stops the servers afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The /news/ build, ending with /news/. */
    newsURL: string;
    /** SITE_URL of the main build: canonical links, feeds and the sitemap use it. */
    siteURL: string;
  }
}

const root = join(import.meta.dirname, '../..');
const E2E_SITE_URL = 'https://news.example.org';
const NEWS_ENV = { BASE_PATH: '/news/', SITE_URL: 'https://union.example.org' };
const NEWS_DIR = 'dist-news';

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function run(what: string, command: string, args: string[], env: Record<string, string>): void {
  // Vitest sets NODE_ENV=test; the build must be the production one users get.
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status})`);
}

async function preview(outDir: string, env: Record<string, string>, path: string) {
  const port = await freePort();
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const server = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let output = '';
  server.stdout.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}${path}`;
  try {
    await waitForServer(url, 30_000);
  } catch (error) {
    server.kill();
    throw new Error(`${String(error)}\n${output}`, { cause: error });
  }
  return { server, url };
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  server.kill('SIGTERM');
  await Promise.race([once(server, 'exit'), new Promise((r) => setTimeout(r, 5000))]);
  if (server.exitCode === null) server.kill('SIGKILL');
}

export default async function setup(project: TestProject) {
  const skip = process.env.E2E_SKIP_BUILD === '1';
  if (!skip) run('npm run build', 'npm', ['run', 'build'], { SITE_URL: E2E_SITE_URL });
  if (!skip || !existsSync(join(root, NEWS_DIR, '404.html'))) {
    const vite = join(root, 'node_modules/vite/bin/vite.js');
    run(
      `vite build (${NEWS_ENV.BASE_PATH})`,
      process.execPath,
      [vite, 'build', '--outDir', NEWS_DIR, '--emptyOutDir', '--logLevel', 'warn'],
      NEWS_ENV,
    );
    run(
      `site build (${NEWS_ENV.BASE_PATH})`,
      process.execPath,
      ['--import', 'tsx', 'src/site/cli.ts', '--out', NEWS_DIR],
      NEWS_ENV,
    );
  }
  const main = await preview('dist', {}, '/');
  const news = await preview(NEWS_DIR, NEWS_ENV, NEWS_ENV.BASE_PATH);
  project.provide('baseURL', main.url.replace(/\/$/, ''));
  project.provide('newsURL', news.url);
  project.provide('siteURL', E2E_SITE_URL);

  return async () => {
    await Promise.all([stop(main.server), stop(news.server)]);
  };
}
