import { useId } from 'react';
import type { FacetValue } from './facets';

interface Props {
  values: readonly FacetValue[];
  onToggle: (value: string) => void;
  /** Two columns for short values (districts). */
  columns?: 1 | 2;
}

/**
 * Checkboxes named by the value; the live count is the description ("12 篇").
 * A value whose count dropped to zero stays in place, disabled (unless selected,
 * so it can still be cleared). While counts are being computed they show “…”.
 */
export function FacetCheckboxList({ values, onToggle, columns = 1 }: Props) {
  const baseId = useId();
  return (
    <ul
      role="list"
      className={columns === 2 ? 'grid grid-cols-2 gap-x-2 gap-y-0.5' : 'flex flex-col gap-0.5'}
    >
      {values.map((v, i) => {
        const countId = `${baseId}-${i}`;
        const disabled = v.count === 0 && !v.selected;
        const counting = v.count === undefined;
        return (
          <li key={v.value} className="facet-option" data-disabled={disabled || undefined}>
            <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 py-1.5">
              <input
                type="checkbox"
                className="facet-checkbox"
                checked={v.selected}
                disabled={disabled}
                aria-describedby={countId}
                onChange={() => onToggle(v.value)}
              />
              <span className="truncate" title={v.label}>
                {v.label}
              </span>
            </label>
            <span className="facet-count" aria-hidden="true">
              {counting ? '…' : v.count}
            </span>
            <span id={countId} className="sr-only">
              {counting ? '正在统计' : `${v.count} 篇`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
