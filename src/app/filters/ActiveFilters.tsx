import type { FacetKey, ReaderFilters } from '../../shared/paths';
import { hasActiveFilters } from '../../shared/paths';
import { clearAllFilters, toggleValue, withPeriod, withQuery } from './filter-model';
import { CloseIcon } from '../shared/CloseIcon';
import { rangeLabel } from '../../shared/periods';
import { filterFeeds } from '../feeds/filter-feeds';
import { useFeedLinks } from '../feeds/use-feed-links';

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

/**
 * The active filters and query as removable chips, each facet value with a 订阅
 * link to its Atom feed (also linked from the document head), plus "clear all".
 */
export function ActiveFilters({ filters, typeLabels, onChange }: Props) {
  const feeds = filterFeeds(filters, typeLabels);
  useFeedLinks(feeds);
  if (!hasActiveFilters(filters)) return null;
  const chips: {
    key: string;
    label: string;
    kind: string;
    remove: () => void;
    feed?: string;
  }[] = [];
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
        feed: feeds.find((f) => f.facet === key && f.value === value)?.href,
      });
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <ul role="list" aria-label="已选筛选" className="flex flex-wrap gap-1.5">
        {chips.map((c) => (
          <li key={c.key} className="inline-flex items-center gap-1">
            {/* Named by its text (移除区域：西城区): what is visible is part of the name. */}
            <button type="button" className="chip" onClick={c.remove}>
              <span className="sr-only">移除</span>
              <span className="chip-kind">{c.kind}</span>
              <span className="sr-only">：</span>
              <span className="max-w-[12rem] truncate">{c.label}</span>
              <CloseIcon className="size-3.5 shrink-0" />
            </button>
            {c.feed && (
              <a
                href={c.feed}
                type="application/atom+xml"
                className="link-button px-1 text-xs"
                title={`订阅“${c.label}”的新文章（Atom 源）`}
              >
                订阅<span className="sr-only">{c.label}（Atom）</span>
              </a>
            )}
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
