import { useId, useState } from 'react';
import { UNION_LEVELS } from '../shared/labels';
import { FacetCheckboxList } from './FacetCheckboxList';
import type { FacetValue } from './facets';

interface Props {
  values: readonly FacetValue[];
  onToggle: (union: string) => void;
}

const COLLAPSED_LIMIT = 6;

/**
 * The long union facet: a text filter over the names, and the values grouped by
 * level (全国 … 企业事业). Each level shows its busiest few until expanded.
 */
export function UnionFacet({ values, onToggle }: Props) {
  const [needle, setNeedle] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const inputId = useId();
  const term = needle.trim();
  const shown = term ? values.filter((v) => v.value.includes(term)) : values;
  const groups = [
    ...UNION_LEVELS.map((l) => ({ key: l.level as string, label: l.label })),
    { key: 'other', label: '其他' },
  ]
    .map((g) => ({ ...g, values: shown.filter((v) => (v.level ?? 'other') === g.key) }))
    .filter((g) => g.values.length > 0);

  return (
    <div className="flex flex-col gap-3">
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
      {groups.length === 0 && <p className="text-sm text-stone-600">没有名称含“{term}”的工会。</p>}
      {groups.map((g) => {
        const isOpen = term.length > 0 || expanded.has(g.key);
        // Selected values always stay visible, even when the level is collapsed.
        const visible = isOpen
          ? g.values
          : g.values.filter((v, i) => i < COLLAPSED_LIMIT || v.selected);
        const hidden = g.values.length - visible.length;
        return (
          <div key={g.key} role="group" aria-label={`${g.label}工会`}>
            <h4 className="facet-subtitle">
              {g.label}
              <span className="ml-1 font-normal text-stone-500">{g.values.length}</span>
            </h4>
            <FacetCheckboxList values={visible} onToggle={onToggle} />
            {hidden > 0 && (
              <button
                type="button"
                className="link-button mt-1 text-xs"
                onClick={() => setExpanded(new Set(expanded).add(g.key))}
              >
                显示全部 {g.values.length} 个{g.label}工会
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
