import type { FacetKey, ReaderFilters } from '../../shared/paths';
import { hasActiveFilters } from '../../shared/paths';
import { clearAllFilters, toggleValue, withQuery } from './filter-model';
import { CloseIcon } from '../shared/CloseIcon';

interface Props {
  filters: ReaderFilters;
  typeLabels: ReadonlyMap<string, string>;
  onChange: (next: ReaderFilters) => void;
}

const FACET_NAMES: Record<FacetKey, string> = {
  districts: '区域',
  unions: '工会',
  types: '活动类型',
};

/** The active filters and query as removable chips, plus "clear all". */
export function ActiveFilters({ filters, typeLabels, onChange }: Props) {
  if (!hasActiveFilters(filters)) return null;
  const chips: { key: string; label: string; kind: string; remove: () => void }[] = [];
  if (filters.q.trim()) {
    chips.push({
      key: 'q',
      kind: '搜索',
      label: filters.q.trim(),
      remove: () => onChange(withQuery(filters, '')),
    });
  }
  for (const key of ['districts', 'types', 'unions'] as const) {
    for (const value of filters[key]) {
      chips.push({
        key: `${key}:${value}`,
        kind: FACET_NAMES[key],
        label: key === 'types' ? (typeLabels.get(value) ?? value) : value,
        remove: () => onChange(toggleValue(filters, key, value)),
      });
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <ul role="list" aria-label="已选筛选" className="flex flex-wrap gap-1.5">
        {chips.map((c) => (
          <li key={c.key}>
            {/* Named by its text (移除区域：西城区): what is visible is part of the name. */}
            <button type="button" className="chip" onClick={c.remove}>
              <span className="sr-only">移除</span>
              <span className="chip-kind">{c.kind}</span>
              <span className="sr-only">：</span>
              <span className="max-w-[12rem] truncate">{c.label}</span>
              <CloseIcon className="size-3.5 shrink-0" />
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="link-button text-sm"
        onClick={() => onChange(clearAllFilters())}
      >
        清除全部
      </button>
    </div>
  );
}
