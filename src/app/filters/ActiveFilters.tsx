import type { FacetKey, ReaderFilters } from '../../shared/paths';
import { hasActiveFilters } from '../../shared/paths';
import { clearAllFilters, toggleValue, withPeriod, withQuery } from './filter-model';
import { CloseIcon } from '../shared/CloseIcon';
import { rangeLabel } from '../../shared/periods';

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
  if (filters.from || filters.to) {
    chips.push({
      key: 'period',
      kind: '日期',
      label: rangeLabel(filters.from, filters.to),
      remove: () => onChange(withPeriod(filters)),
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
            <button
              type="button"
              className="chip"
              onClick={c.remove}
              aria-label={`移除${c.kind}：${c.label}`}
            >
              <span className="chip-kind">{c.kind}</span>
              <span className="max-w-[12rem] truncate">{c.label}</span>
              <CloseIcon className="size-3.5 shrink-0" />
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="link-button text-sm"
        onClick={() => onChange(clearAllFilters(filters))}
      >
        清除全部
      </button>
    </div>
  );
}
