import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { parseReaderParams, readerSearchParams, type ReaderFilters } from '../../shared/paths';

export interface SetFiltersOptions {
  /** Replace the history entry (used while typing a query) instead of pushing one. */
  replace?: boolean;
}

/**
 * The reader's filters as parsed from the URL (the single source of truth; checked
 * against the data by the caller, see `knownFilters`). `setFilters` navigates: it
 * keeps the current path (list or article) and rewrites the query string.
 */
export function useReaderFilters() {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(() => parseReaderParams(params), [params]);
  const setFilters = useCallback(
    (next: ReaderFilters, options: SetFiltersOptions = {}) => {
      const search = readerSearchParams(next).toString();
      const replace = options.replace ?? false;
      // A discrete change (a checkbox, a chip) renders synchronously, so a controlled
      // checkbox never flickers back while the navigation is in a transition. Typing
      // (replace) stays in a transition to keep the input responsive.
      void navigate(
        { pathname, search: search ? `?${search}` : '' },
        { replace, flushSync: !replace },
      );
    },
    [navigate, pathname],
  );
  return { parsed, setFilters };
}
