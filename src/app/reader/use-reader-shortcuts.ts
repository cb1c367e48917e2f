import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type RefObject } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ArchiveManifest } from '../../shared/archive-bundle';
import { articlePath, listPath, type ReaderFilters } from '../../shared/paths';
import { cachedPosition, cachedRow, fetchRow } from '../articles/list-rows';
import type { ResultSet } from '../articles/result-set';
import { withQuery } from '../filters/filter-model';

interface Options {
  results: ResultSet | undefined;
  manifest: ArchiveManifest | undefined;
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
  const client = useQueryClient();
  // Read the latest values from the one listener without re-binding it.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { results, manifest, selectedId, filters, setFilters, searchRef, helpOpen, openHelp } =
        latest.current;
      if (helpOpen || event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditable(event.target)) return;
      /** Opens the result `step` away from the open article (from the list: the first). */
      const go = (step: 1 | -1) => {
        if (!results || !manifest) return;
        let index = -1;
        if (selectedId) {
          const position = cachedPosition(client, selectedId);
          if (position === undefined) return;
          index = results.indexOf(position);
        }
        const target =
          index < 0 ? (step === 1 ? results.at(0) : undefined) : results.at(index + step);
        if (target === undefined) return;
        const open = (id: string | undefined) => {
          if (id) void navigate(articlePath(id, filters));
        };
        // The row is usually cached (it is on screen); else fetch its chunk first.
        const row = cachedRow(client, manifest, target);
        if (row) open(row.id);
        else void fetchRow(client, manifest, target).then((r) => open(r?.id));
      };
      switch (event.key) {
        case 'j':
          event.preventDefault();
          go(1);
          break;
        case 'k':
          event.preventDefault();
          go(-1);
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
  }, [navigate, client]);
}
