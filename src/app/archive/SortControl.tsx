import type { SortOrder } from '../../shared/paths';

interface Props {
  /** The order in effect. */
  sort: SortOrder;
  /** A query is active: relevance is offered. */
  searching: boolean;
  onChange: (sort: SortOrder) => void;
}

const LABELS: Record<SortOrder, string> = { relevance: '相关度', newest: '最新', oldest: '最早' };

/** 排序: newest or oldest first, and by relevance while searching (a native select: phones give it their own picker). */
export function SortControl({ sort, searching, onChange }: Props) {
  const options: SortOrder[] = searching ? ['relevance', 'newest', 'oldest'] : ['newest', 'oldest'];
  return (
    <label className="sort-control">
      <span>排序</span>
      <select
        className="sort-select"
        value={sort}
        onChange={(e) => onChange(e.currentTarget.value as SortOrder)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {LABELS[o]}
          </option>
        ))}
      </select>
    </label>
  );
}
