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
  const toggle = (key: FacetKey) => (value: string) => onChange(toggleValue(filters, key, value));
  const clear = (key: FacetKey) => () => onChange(clearFacet(filters, key));
  return (
    <div className="flex flex-col gap-6">
      <FacetGroup
        title="区域"
        selectedCount={filters.districts.length}
        onClear={clear('districts')}
      >
        <DistrictTileMap values={facets.districts} onToggle={toggle('districts')} />
        <div className="mt-3">
          <FacetCheckboxList values={facets.districts} onToggle={toggle('districts')} columns={2} />
        </div>
      </FacetGroup>
      <FacetGroup title="活动类型" selectedCount={filters.types.length} onClear={clear('types')}>
        <FacetCheckboxList values={facets.types} onToggle={toggle('types')} />
      </FacetGroup>
      <FacetGroup title="工会" selectedCount={filters.unions.length} onClear={clear('unions')}>
        <UnionFacet
          model={facets.unions}
          onToggle={toggle('unions')}
          loading={union.loading}
          onEngage={union.engage}
          onVisibleChange={union.setVisible}
        />
      </FacetGroup>
    </div>
  );
}
