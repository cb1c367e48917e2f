/**
 * Test infrastructure: renders the real app (routes, queries, components) in a memory
 * router, with `fetch` stubbed to serve the fixture bundle from disk.
 */
import { QueryClient } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNSAFE_createMemoryHistory } from 'react-router-dom';
import { vi } from 'vitest';
import { App } from '../../src/app/App';
import { archiveManifestSchema, type ArchiveManifest } from '../../src/shared/archive-bundle';

const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/bundle/data');

export type FixtureFile = string | Uint8Array;

/** The fixture bundle's files by path (`manifest.json`, `list-…/0.json`, `search-…/3.bin`). */
export function fixtureFiles(): Record<string, FixtureFile> {
  return filesIn(FIXTURE_DIR);
}

/** A bundle folder's files by path, as `serveBundle` takes them. */
export function filesIn(root: string): Record<string, FixtureFile> {
  const files: Record<string, FixtureFile> = {};
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else if (entry.name.endsWith('.json'))
        files[path] = readFileSync(join(dir, entry.name), 'utf8');
      else if (entry.name.endsWith('.bin'))
        files[path] = new Uint8Array(readFileSync(join(dir, entry.name)));
    }
  };
  walk(root, '');
  return files;
}

/** The fixture's manifest, parsed (for tests that rewrite it). */
export function fixtureManifest(): ArchiveManifest {
  return archiveManifestSchema.parse(JSON.parse(fixtureFiles()['manifest.json'] as string));
}

/**
 * Stubs fetch to serve `files` under /data/. A file mapped to `null` answers 404.
 * Returns the mock so tests can inspect requests.
 */
export function serveBundle(overrides: Record<string, FixtureFile | null> = {}) {
  const files: Record<string, FixtureFile | null> = { ...fixtureFiles(), ...overrides };
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const name = url.pathname.startsWith('/data/')
      ? decodeURIComponent(url.pathname.slice('/data/'.length))
      : '';
    const body = files[name];
    if (body === undefined || body === null) {
      return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    const type = typeof body === 'string' ? 'application/json' : 'application/octet-stream';
    return new Response(body as BodyInit, { status: 200, headers: { 'content-type': type } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The bundle paths fetched so far, in order. */
export function fetchedPaths(fetchMock: ReturnType<typeof serveBundle>): string[] {
  return fetchMock.mock.calls.map(([input]) =>
    decodeURIComponent(
      new URL(String(input), 'http://localhost').pathname.replace(/^\/data\//, ''),
    ),
  );
}

export function renderApp(url = '/', options: { files?: Record<string, FixtureFile | null> } = {}) {
  const fetchMock = serveBundle(options.files);
  const history = UNSAFE_createMemoryHistory({ initialEntries: [url], v5Compat: true });
  /** Navigation as the browser's address bar and back button do it. */
  const router = {
    navigate: async (to: string | number) => {
      await act(async () => (typeof to === 'number' ? history.go(to) : history.push(to)));
    },
  };
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
  const user = userEvent.setup();
  const view = render(<App history={history} queryClient={queryClient} />);
  /** The current URL (path + query) of the memory router. */
  const location = () => {
    const { pathname, search } = history.location;
    return { pathname, search, params: new URLSearchParams(search) };
  };
  return { ...view, router, user, fetchMock, location };
}
