import { memo, useId } from 'react';
import type { FacetValue } from './facets';

interface Props {
  values: readonly FacetValue[];
  /** Should be stable (see FacetPanel): unchanged options then skip rendering. */
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
      {values.map((v) => (
        <FacetOption
          key={v.value}
          countId={`${baseId}-${v.value}`}
          value={v.value}
          label={v.label}
          count={v.count}
          selected={v.selected}
          onToggle={onToggle}
        />
      ))}
    </ul>
  );
}

/** One option; memoised, since a toggle changes the counts of only some values. */
const FacetOption = memo(function FacetOption({
  countId,
  value,
  label,
  count,
  selected,
  onToggle,
}: {
  countId: string;
  value: string;
  label: string;
  count: number | undefined;
  selected: boolean;
  onToggle: (value: string) => void;
}) {
  const disabled = count === 0 && !selected;
  const counting = count === undefined;
  return (
    <li className="facet-option" data-disabled={disabled || undefined}>
      <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 py-1.5">
        <input
          type="checkbox"
          className="facet-checkbox"
          checked={selected}
          disabled={disabled}
          aria-describedby={countId}
          onChange={() => onToggle(value)}
        />
        <span className="truncate" title={label}>
          {label}
        </span>
      </label>
      <span className="facet-count" aria-hidden="true">
        {counting ? '…' : count}
      </span>
      <span id={countId} className="sr-only">
        {counting ? '正在统计' : `${count} 篇`}
      </span>
    </li>
  );
});
