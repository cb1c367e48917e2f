import { lazy, Suspense } from 'react';
import { Outlet, useRoutes, type RouteObject } from 'react-router-dom';
import {
  ARTICLE_ROUTE,
  ISSUE_ROUTE,
  ISSUES_ROUTE,
  PAGE_ARTICLE_ROUTE,
  PAGE_ROUTE,
} from '../../shared/paths';
import { CrashBoundary } from './CrashPage';
import { ReaderPage } from './ReaderPage';
import { useScrollRestoration } from './use-scroll-restoration';

function Root() {
  useScrollRestoration();
  return <Outlet />;
}

/** The 版面 views are their own chunk: the list's first view does not need them. */
const IssueRoutes = lazy(() =>
  import('../archive/IssueViews').then((m) => ({ default: m.IssueRoutes })),
);
const issues = (
  <Suspense fallback={null}>
    <IssueRoutes />
  </Suspense>
);
/** Only a mistyped address needs it. */
const NotFoundPage = lazy(() =>
  import('./NotFoundPage').then((m) => ({ default: m.NotFoundPage })),
);

/**
 * `/` (the list) and `/articles/:id` share one ReaderPage, so going from the list to
 * an article never remounts the list, facets or search box. The 版面 paths share
 * one element too, so turning pages keeps the page view mounted.
 */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      {
        element: <ReaderPage />,
        children: [
          { index: true, element: null },
          { path: ARTICLE_ROUTE, element: null },
        ],
      },
      { path: ISSUES_ROUTE, element: issues },
      { path: ISSUE_ROUTE, element: issues },
      { path: PAGE_ROUTE, element: issues },
      { path: PAGE_ARTICLE_ROUTE, element: issues },
      {
        path: '*',
        element: (
          <Suspense fallback={null}>
            <NotFoundPage />
          </Suspense>
        ),
      },
    ],
  },
];

/** The app's routes, inside whichever router renders them (HistoryRouter, StaticRouter). */
export function AppRoutes() {
  return <CrashBoundary>{useRoutes(routes)}</CrashBoundary>;
}
