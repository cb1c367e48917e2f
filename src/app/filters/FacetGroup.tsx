import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  selectedCount: number;
  onClear: () => void;
  children: ReactNode;
}

/** A facet: a group named by its heading, with a "clear this facet" button when in use. */
export function FacetGroup({ title, selectedCount, onClear, children }: Props) {
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className="facet-group">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="facet-title">
          {title}
        </h3>
        {selectedCount > 0 && (
          <button type="button" className="link-button text-xs" onClick={onClear}>
            清除<span className="sr-only">{title}筛选</span>
            <span aria-hidden="true">（{selectedCount}）</span>
          </button>
        )}
      </div>
      {children}
    </div>
  );
}
