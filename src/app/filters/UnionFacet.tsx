import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FacetCheckboxList } from './FacetCheckboxList';
import type { UnionFacetModel } from './facets';
import { unionGroups } from './union-groups';

interface Props {
  model: UnionFacetModel;
  onToggle: (union: string) => void;
  /** unions.json or the union column is loading. */
  loading: boolean;
  /** The reader used the facet (focus, typing, expanding): load all unions. */
  onEngage: () => void;
  /** The facet scrolled in or out of view. */
  onVisibleChange: (visible: boolean) => void;
}

const COLLAPSED_LIMIT = 6;
/** An expanded level shows at most this many; the name filter finds the rest. */
const EXPANDED_LIMIT = 100;

/** Reports whether the element is on screen; assumed visible where there is no IntersectionObserver. */
function useOnScreen(onChange: (visible: boolean) => void) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined') {
      onChange(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) onChange(entry.isIntersecting);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [onChange]);
  return ref;
}

/**
 * The long union facet: a text filter over the names, and the values grouped by
 * level (全国 … 企业事业). Each level shows its busiest few until expanded. Until
 * the facet is used, only the archive's busiest unions (from the manifest) are
 * known; using it loads the whole list (unions.json).
 */
export function UnionFacet({ model, onToggle, loading, onEngage, onVisibleChange }: Props) {
  const [needle, setNeedle] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const inputId = useId();
  const term = needle.trim();
  const ref = useOnScreen(onVisibleChange);
  const groups = useMemo(
    () =>
      unionGroups(model, {
        needle: term,
        limit: (level) => (term || expanded.has(level) ? EXPANDED_LIMIT : COLLAPSED_LIMIT),
      }),
    [model, term, expanded],
  );

  return (
    <div ref={ref} className="flex flex-col gap-3" onFocus={onEngage}>
      <label htmlFor={inputId} className="sr-only">
        查找工会
      </label>
      <input
        id={inputId}
        type="text"
        className="text-field"
        placeholder="查找工会名称"
        value={needle}
        autoComplete="off"
        onChange={(e) => setNeedle(e.target.value)}
      />
      {loading && (term || expanded.size > 0) && (
        <p role="status" className="text-sm text-stone-600">
          正在载入全部工会…
        </p>
      )}
      {groups.length === 0 && model.complete && (
        <p className="text-sm text-stone-600">没有名称含“{term}”的工会。</p>
      )}
      {groups.map((g) => {
        const hidden = g.total - g.values.length;
        const open = term.length > 0 || expanded.has(g.key);
        return (
          <div key={g.key} role="group" aria-label={`${g.label}工会`}>
            <h4 className="facet-subtitle">
              {g.label}
              {model.complete && <span className="ml-1 font-normal text-stone-500">{g.total}</span>}
            </h4>
            <FacetCheckboxList values={g.values} onToggle={onToggle} />
            {!open && (hidden > 0 || !model.complete) && (
              <button
                type="button"
                className="link-button mt-1 text-xs"
                onClick={() => {
                  onEngage();
                  setExpanded(new Set(expanded).add(g.key));
                }}
              >
                {model.complete ? `显示全部 ${g.total} 个${g.label}工会` : `显示更多${g.label}工会`}
              </button>
            )}
            {open && hidden > 0 && (
              <p className="mt-1 text-xs text-stone-600">
                还有 {hidden} 个，请在上方输入名称查找。
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
