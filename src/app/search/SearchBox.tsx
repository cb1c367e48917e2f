import { useEffect, useId, useRef, type RefObject } from 'react';
import { CloseIcon } from '../shared/CloseIcon';

interface Props {
  /** The query from the URL. */
  value: string;
  /** Called with the new query; `replace` while refining a query that is already set. */
  onChange: (q: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** The reader is about to search (used to start loading what results need). */
  onFocus?: () => void;
}

/**
 * The searchbox named 搜索. The URL holds the query; the input is synced from it when
 * it changes elsewhere (back/forward, a chip) and is not being edited, so IME
 * composition (pinyin → 汉字) is never interrupted: we commit on compositionend.
 */
export function SearchBox({ value, onChange, inputRef, onFocus }: Props) {
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;
  const id = useId();
  const hintId = useId();

  useEffect(() => {
    const el = ref.current;
    if (el && el !== document.activeElement && el.value !== value) el.value = value;
  }, [ref, value]);

  const commit = (q: string) => {
    if (q !== value) onChange(q);
  };

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
        className="search-input"
        defaultValue={value}
        placeholder="搜索标题和正文，如 知识竞赛"
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts="/"
        aria-describedby={hintId}
        onFocus={onFocus}
        onChange={(e) => {
          const native = e.nativeEvent;
          const composing =
            typeof InputEvent !== 'undefined' && native instanceof InputEvent && native.isComposing;
          if (!composing) commit(e.currentTarget.value);
        }}
        onCompositionEnd={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          if (e.currentTarget.value) {
            e.currentTarget.value = '';
            commit('');
          } else {
            e.currentTarget.blur();
          }
        }}
      />
      <span id={hintId} className="sr-only">
        至少两个字；多个词用空格分开，须全部出现。按 Esc 清除。
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
    </form>
  );
}
