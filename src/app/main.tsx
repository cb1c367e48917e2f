import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router-dom';
import { App } from './App';
import { benchRequested } from './bench-hook';
import { routes } from './reader/routes';
import { readPrerenderSeed, seedMatches, seedQueryClient } from './shared/prerender-seed';
import { createQueryClient } from './shared/query-client';
import './styles.css';
import './print.css';

// With its trailing slash (/news/): the list's URL under a sub-path is /news/, not /news.
const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });
const queryClient = createQueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// The latency hook is its own chunk: only the benchmark loads it.
if (benchRequested()) void import('./bench').then((m) => m.installBench(router, queryClient));

// A prerendered page (src/site) carries the data it was rendered from: with it in
// the cache, the app's first render is the page's markup, so it hydrates in place.
// Anywhere else (a filtered URL, the SPA shell) the app renders from scratch.
const seed = readPrerenderSeed(document);
if (seed) seedQueryClient(queryClient, seed);
const app = (
  <StrictMode>
    <App router={router} queryClient={queryClient} />
  </StrictMode>
);
if (seed && seedMatches(seed, router.state.location)) {
  hydrateRoot(root, app);
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
