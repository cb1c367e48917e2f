import { Outlet, ScrollRestoration, type RouteObject } from 'react-router-dom';
import { ARTICLE_ROUTE } from '../../shared/paths';
import { CrashPage } from './CrashPage';
import { NotFoundPage } from './NotFoundPage';
import { ReaderPage } from './ReaderPage';

function Root() {
  return (
    <>
      {/* Keyed by path: changing filters keeps the list's scroll position. */}
      <ScrollRestoration getKey={(location) => location.pathname} />
      <Outlet />
    </>
  );
}

/**
 * `/` (the list) and `/articles/:id` share one ReaderPage, so going from the list to
 * an article never remounts the list, facets or search box.
 */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <CrashPage />,
    children: [
      {
        element: <ReaderPage />,
        children: [
          { index: true, element: null },
          { path: ARTICLE_ROUTE, element: null },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
