import { useCallback, useLayoutEffect, useRef } from 'react';
import type { FacetKey, ReaderFilters } from '../../shared/paths';
import type { Facets } from '../reader/use-reader-model';
import { DistrictTileMap } from './DistrictTileMap';
import { FacetCheckboxList } from './FacetCheckboxList';
import { FacetGroup } from './FacetGroup';
import { clearFacet, toggleValue } from './filter-model';
import { UnionFacet } from './UnionFacet';

interface Props {
  facets: Facets;
  filters: ReaderFilters;
  onChange: (next: ReaderFilters) => void;
  union: { loading: boolean; engage: () => void; setVisible: (visible: boolean) => void };
}

/** The three facets: 区域 (tile map + list), 工会 (searchable, by level), 活动类型. */
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
  const clear = (key: FacetKey) => () => onChange(clearFacet(filters, key));
  return (
    <div className="flex flex-col gap-6">
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
