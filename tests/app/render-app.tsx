/**
 * Test infrastructure: renders the real app (routes, queries, components) in a memory
 * router, with `fetch` stubbed to serve the fixture bundle from disk.
 */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import { App } from '../../src/app/App';
import { routes } from '../../src/app/reader/routes';

const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/bundle/data');

/** The fixture bundle's files by name. */
export function fixtureFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(FIXTURE_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, readFileSync(join(FIXTURE_DIR, f), 'utf8')]),
  );
}

/**
 * Stubs fetch to serve `files` under /data/. A file mapped to `null` answers 404.
 * Returns the mock so tests can inspect requests.
 */
export function serveBundle(overrides: Record<string, string | null> = {}) {
  const files: Record<string, string | null> = { ...fixtureFiles(), ...overrides };
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const name = url.pathname.startsWith('/data/') ? url.pathname.slice('/data/'.length) : '';
    const body = files[name];
    if (body === undefined || body === null) {
      return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function renderApp(url = '/', options: { files?: Record<string, string | null> } = {}) {
  const fetchMock = serveBundle(options.files);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} />);
  /** The current URL (path + query) of the memory router. */
  const location = () => {
    const { pathname, search } = router.state.location;
    return { pathname, search, params: new URLSearchParams(search) };
  };
  return { ...view, router, user, fetchMock, location };
}
