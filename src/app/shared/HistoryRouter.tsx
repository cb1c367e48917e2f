import { startTransition, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Router, type Navigator, type UNSAFE_createBrowserHistory } from 'react-router-dom';

/**
 * The history the app navigates: the browser's (src/app/main.tsx) or one in memory
 * (the prerenderer, the component tests), made by react-router's
 * `UNSAFE_createBrowserHistory` / `UNSAFE_createMemoryHistory` (the history its own
 * BrowserRouter and MemoryRouter use).
 */
export type AppHistory = ReturnType<typeof UNSAFE_createBrowserHistory>;

/** Set while a navigation asked with `flushSync` runs: its listener renders synchronously. */
let sync = false;

/** Runs `navigate` (a push or replace on the history) so that its render is synchronous. */
export function withFlushSync(navigate: () => void): void {
  sync = true;
  try {
    navigate();
  } finally {
    sync = false;
  }
}

/**
 * react-router in its declarative mode over `history`. The app uses no loaders,
 * actions or fetchers, and the data router (createBrowserRouter) cost ~17 KB
 * gzipped more in every first view (docs/decisions/0014-first-view-bytes.md).
 *
 * As with the data router, a navigation asked with `flushSync` (a checkbox, a chip:
 * a controlled input must not flicker back) renders synchronously; the others
 * (typing, links, back and forward) render in a transition.
 */
export function HistoryRouter({
  history,
  basename,
  children,
}: {
  history: AppHistory;
  basename?: string;
  children: ReactNode;
}) {
  const [state, setState] = useState({ action: history.action, location: history.location });
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) => {
        if (sync) flushSync(() => setState({ action, location }));
        else startTransition(() => setState({ action, location }));
      }),
    [history],
  );
  const navigator = useMemo(
    (): Navigator => ({
      createHref: (to) => history.createHref(to),
      encodeLocation: (to) => history.encodeLocation(to),
      go: (delta) => history.go(delta),
      push: (to, state, options) =>
        options?.flushSync ? withFlushSync(() => history.push(to, state)) : history.push(to, state),
      replace: (to, state, options) =>
        options?.flushSync
          ? withFlushSync(() => history.replace(to, state))
          : history.replace(to, state),
    }),
    [history],
  );
  return (
    <Router
      basename={basename}
      location={state.location}
      navigationType={state.action}
      navigator={navigator}
    >
      {children}
    </Router>
  );
}
