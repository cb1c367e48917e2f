import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { UNSAFE_createBrowserHistory } from 'react-router-dom';
import { App } from './App';
import { benchRequested } from './bench-hook';
import { readPrerenderSeed, seedMatches, seedQueryClient } from './shared/prerender-seed';
import { createQueryClient } from './shared/query-client';
import './styles.css';
import './print.css';

// With its trailing slash (/news/): the list's URL under a sub-path is /news/, not /news.
const basename = import.meta.env.BASE_URL;
// v5Compat: pushes notify the router too, not only back and forward.
const history = UNSAFE_createBrowserHistory({ v5Compat: true });
const queryClient = createQueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// The latency hook is its own chunk: only the benchmark loads it.
if (benchRequested()) void import('./bench').then((m) => m.installBench(history, queryClient));

// A prerendered page (src/site) carries the data it was rendered from: with it in
// the cache, the app's first render is the page's markup, so it hydrates in place.
// Anywhere else (a filtered URL, the SPA shell) the app renders from scratch.
const seed = readPrerenderSeed(document);
/** The location as the routes see it: without the base path (`/news/articles/x` → `/articles/x`). */
function inApp({ pathname, search }: { pathname: string; search: string }) {
  const base = basename.replace(/\/$/, '');
  return {
    pathname: pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname,
    search,
  };
}
if (seed) seedQueryClient(queryClient, seed);
const app = (
  <StrictMode>
    <App history={history} basename={basename} queryClient={queryClient} />
  </StrictMode>
);
if (seed && seedMatches(seed, inApp(history.location))) {
  hydrateRoot(root, app);
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
