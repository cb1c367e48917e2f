import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { parseReaderParams, readerSearchParams, type ReaderFilters } from '../../shared/paths';
import { knownFilters, type FilterVocabulary } from './filter-model';

export interface SetFiltersOptions {
  /** Replace the history entry (used while typing a query) instead of pushing one. */
  replace?: boolean;
}

/**
 * The reader's filters, read from the URL (the single source of truth) and checked
 * against the data once it is loaded. `setFilters` navigates: it keeps the current
 * path (list or article) and rewrites the query string.
 */
export function useReaderFilters(vocab: FilterVocabulary | undefined) {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(() => parseReaderParams(params), [params]);
  const filters = useMemo(() => (vocab ? knownFilters(parsed, vocab) : parsed), [parsed, vocab]);
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
  return { filters, setFilters };
}
