import { useEffect, useRef, type RefObject } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ArticleSummary } from '../../shared/bundle';
import { articlePath, listPath, type ReaderFilters } from '../../shared/paths';
import { withQuery } from '../filters/filter-model';

interface Options {
  results: readonly ArticleSummary[];
  selectedId: string | undefined;
  filters: ReaderFilters;
  setFilters: (next: ReaderFilters) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  helpOpen: boolean;
  openHelp: () => void;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}

/**
 * Keyboard: j/k next/previous result, / focuses search, Esc goes back to the list
 * (or clears the search on the list), ? shows the shortcuts. Ignored while typing
 * in a field, with modifier keys, and while the shortcuts dialog is open.
 */
export function useReaderShortcuts(options: Options): void {
  const navigate = useNavigate();
  // Read the latest values from the one listener without re-binding it.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { results, selectedId, filters, setFilters, searchRef, helpOpen, openHelp } =
        latest.current;
      if (helpOpen || event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditable(event.target)) return;
      const index = selectedId ? results.findIndex((r) => r.id === selectedId) : -1;
      const go = (target: ArticleSummary | undefined) => {
        if (target) void navigate(articlePath(target.id, filters));
      };
      switch (event.key) {
        case 'j':
          event.preventDefault();
          go(results[index + 1]); // from the list (index -1): the first result
          break;
        case 'k':
          event.preventDefault();
          if (index > 0) go(results[index - 1]);
          break;
        case '/':
          event.preventDefault();
          searchRef.current?.focus();
          searchRef.current?.select();
          break;
        case '?':
          event.preventDefault();
          openHelp();
          break;
        case 'Escape':
          if (selectedId) {
            event.preventDefault();
            void navigate(listPath(filters));
          } else if (filters.q) {
            event.preventDefault();
            setFilters(withQuery(filters, ''));
          }
          break;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
