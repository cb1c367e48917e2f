import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { CloseIcon } from '../shared/CloseIcon';
import type { ReaderFilters } from '../../shared/paths';
import type { BundleData } from '../articles/bundle-data';
import { SUGGESTION_KIND, withoutTypedWord, type Suggestion } from './typed-word';
import { useSuggestions } from './use-suggestions';

interface Props {
  /** The query from the URL. */
  value: string;
  /** Called with the new query; `replace` while refining a query that is already set. */
  onChange: (q: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** The reader is about to search (used to start loading what results need). */
  onFocus?: () => void;
  /** Where suggestions come from (the manifest, unions.json) and the filters already set. */
  data?: BundleData;
  filters?: ReaderFilters;
  /** A suggestion was chosen: add it as a filter and drop the typed word (withoutTypedWord) from the query. */
  onPick?: (suggestion: Suggestion) => void;
}

/**
 * The search field named 搜索, a combobox (WAI-ARIA APG pattern, list
 * autocomplete): while a word is typed, matching districts, event types and
 * unions are offered as filters in a listbox; ↓/↑ move through them
 * (aria-activedescendant, focus stays in the field), Enter picks one, Esc closes
 * the list (a second Esc clears the query). The URL holds the query; the input
 * is synced from it when it changes elsewhere (back/forward, a chip) and is not
 * being edited, so IME composition (pinyin → 汉字) is never interrupted: we
 * commit on compositionend.
 */
export function SearchBox({ value, onChange, inputRef, onFocus, data, filters, onPick }: Props) {
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;
  const id = useId();
  const hintId = useId();
  const listId = useId();
  const [open, setOpen] = useState(false);
  // Suggestion data (unions.json, the matching code) loads only once the reader types here.
  const suggestions = useSuggestions(data, filters, open);
  // The active option belongs to one list: when typing changes the list, none is active.
  const listKey = suggestions.map((s) => `${s.kind}:${s.value}`).join('\n');
  const [activeIn, setActiveIn] = useState({ list: '', index: -1 });
  const active = activeIn.list === listKey ? activeIn.index : -1;
  const setActive = (index: number) => setActiveIn({ list: listKey, index });
  const shown = open && suggestions.length > 0;

  useEffect(() => {
    const el = ref.current;
    if (el && el !== document.activeElement && el.value !== value) el.value = value;
  }, [ref, value]);

  const commit = (q: string) => {
    if (q !== value) onChange(q);
  };
  const pick = (s: Suggestion) => {
    setOpen(false);
    setActive(-1);
    // The typed word named the filter: it leaves the field as the caller drops it from the query.
    if (ref.current) ref.current.value = withoutTypedWord(ref.current.value);
    onPick?.(s);
  };
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <form
      role="search"
      className="relative min-w-0 flex-1"
      onSubmit={(e) => {
        e.preventDefault();
        ref.current?.blur();
      }}
    >
      <label htmlFor={id} className="sr-only">
        搜索
      </label>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="search-icon">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M13 13l4 4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <input
        ref={ref}
        id={id}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        className="search-input"
        defaultValue={value}
        placeholder="搜索标题和正文，如 知识竞赛"
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts="/"
        aria-describedby={hintId}
        onFocus={onFocus}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          const native = e.nativeEvent;
          const composing =
            typeof InputEvent !== 'undefined' && native instanceof InputEvent && native.isComposing;
          if (!composing) commit(e.currentTarget.value);
          setOpen(true);
        }}
        onCompositionEnd={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            if (!open) {
              // Closed (Esc): an arrow opens the list again for the word in the field.
              if (e.currentTarget.value) setOpen(true);
              return;
            }
            if (suggestions.length === 0) return;
            e.preventDefault();
            const n = suggestions.length;
            setActive(e.key === 'ArrowDown' ? (active + 1) % n : active <= 0 ? n - 1 : active - 1);
            return;
          }
          if (e.key === 'Enter' && shown && active >= 0) {
            e.preventDefault();
            pick(suggestions[active]!);
            return;
          }
          if (e.key !== 'Escape') return;
          e.preventDefault();
          if (shown) setOpen(false);
          else if (e.currentTarget.value) {
            e.currentTarget.value = '';
            commit('');
          } else {
            e.currentTarget.blur();
          }
        }}
      />
      <span id={hintId} className="sr-only">
        多个词用空格分开，须全部出现；-词
        排除；引号内的词组保持相连。输入时可用上下方向键选择筛选建议。按 Esc 清除。
      </span>
      {value && (
        <button
          type="button"
          className="search-clear"
          aria-label="清除搜索"
          onClick={() => {
            if (ref.current) {
              ref.current.value = '';
              ref.current.focus();
            }
            commit('');
          }}
        >
          <CloseIcon className="size-4" />
        </button>
      )}
      <ul id={listId} role="listbox" aria-label="筛选建议" className="suggestions" hidden={!shown}>
        {shown &&
          suggestions.map((s, i) => (
            <li
              key={`${s.kind}:${s.value}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="suggestion"
              // Keep focus in the field: the click picks, the field stays the combobox.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(s)}
            >
              <span className="suggestion-kind">{SUGGESTION_KIND[s.kind]}</span> {s.label}{' '}
              <span className="suggestion-count">· {s.count} 篇</span>
            </li>
          ))}
      </ul>
    </form>
  );
}
