import { useCallback, useLayoutEffect, useRef } from 'react';
import type { FacetKey, ReaderFilters } from '../../shared/paths';
import type { Facets } from '../reader/use-reader-model';
import { DistrictTileMap } from './DistrictTileMap';
import { FacetCheckboxList } from './FacetCheckboxList';
import { FacetGroup } from './FacetGroup';
import { clearFacet, toggleValue, withPeriod } from './filter-model';
import { UnionFacet } from './UnionFacet';
import { Timeline } from '../archive/Timeline';

interface Props {
  facets: Facets;
  filters: ReaderFilters;
  onChange: (next: ReaderFilters) => void;
  union: { loading: boolean; engage: () => void; setVisible: (visible: boolean) => void };
}

/** The facets: 日期 (the timeline, on a dated archive), 区域 (tile map + list), 活动类型, 工会 (searchable, by level). */
export function FacetPanel({ facets, filters, onChange, union }: Props) {
  // Stable toggles that read the latest filters, so memoised options skip re-rendering.
  const latest = useRef({ filters, onChange });
  useLayoutEffect(() => {
    latest.current = { filters, onChange };
  });
  const toggleIn = useCallback(
    (key: FacetKey, value: string) =>
      latest.current.onChange(toggleValue(latest.current.filters, key, value)),
    [],
  );
  const toggleDistrict = useCallback((v: string) => toggleIn('districts', v), [toggleIn]);
  const toggleType = useCallback((v: string) => toggleIn('types', v), [toggleIn]);
  const toggleUnion = useCallback((v: string) => toggleIn('unions', v), [toggleIn]);
  const setPeriod = useCallback(
    (from: string | undefined, to: string | undefined) =>
      latest.current.onChange(withPeriod(latest.current.filters, from, to)),
    [],
  );
  const clear = (key: FacetKey) => () => onChange(clearFacet(filters, key));
  return (
    <div className="flex flex-col gap-6">
      {facets.timeline && facets.timeline.bars.length > 0 && (
        <FacetGroup
          title="日期"
          selectedCount={filters.from || filters.to ? 1 : 0}
          onClear={() => setPeriod(undefined, undefined)}
        >
          <Timeline
            model={facets.timeline}
            from={filters.from}
            to={filters.to}
            onSelect={setPeriod}
          />
        </FacetGroup>
      )}
      <FacetGroup
        title="区域"
        selectedCount={filters.districts.length}
        onClear={clear('districts')}
      >
        <DistrictTileMap values={facets.districts} onToggle={toggleDistrict} />
        <div className="mt-3">
          <FacetCheckboxList values={facets.districts} onToggle={toggleDistrict} columns={2} />
        </div>
      </FacetGroup>
      <FacetGroup title="活动类型" selectedCount={filters.types.length} onClear={clear('types')}>
        <FacetCheckboxList values={facets.types} onToggle={toggleType} />
      </FacetGroup>
      <FacetGroup title="工会" selectedCount={filters.unions.length} onClear={clear('unions')}>
        <UnionFacet
          model={facets.unions}
          onToggle={toggleUnion}
          loading={union.loading}
          onEngage={union.engage}
          onVisibleChange={union.setVisible}
        />
      </FacetGroup>
    </div>
  );
}
