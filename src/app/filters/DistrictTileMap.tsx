import type { FacetValue } from './facets';
import { memo } from 'react';
import { DISTRICT_TILES, type DistrictTile } from './districts';

interface Props {
  values: readonly FacetValue[];
  onToggle: (district: string) => void;
}

/** Shade buckets: 0, then by share of the busiest district. */
function shade(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  const share = count / max;
  if (share > 0.75) return 4;
  if (share > 0.5) return 3;
  if (share > 0.25) return 2;
  return 1;
}

/**
 * Beijing's 16 districts as a tile map, shaded by the live count. Each tile is a
 * toggle button (aria-pressed) named by its text: the district and its count.
 */
export function DistrictTileMap({ values, onToggle }: Props) {
  const byName = new Map(values.map((v) => [v.value, v]));
  const max = Math.max(0, ...DISTRICT_TILES.map((t) => byName.get(t.name)?.count ?? 0));
  const counting = values.some((v) => v.count === undefined);
  return (
    <div className="tile-map" role="presentation">
      {DISTRICT_TILES.map((tile) => {
        const v = byName.get(tile.name);
        const count = counting ? undefined : (v?.count ?? 0);
        return (
          <Tile
            key={tile.name}
            tile={tile}
            count={count}
            shade={shade(count ?? 0, max)}
            pressed={v?.selected ?? false}
            onToggle={onToggle}
          />
        );
      })}
    </div>
  );
}

/** One district; memoised, since a toggle changes only some tiles. */
const Tile = memo(function Tile({
  tile,
  count,
  shade,
  pressed,
  onToggle,
}: {
  tile: DistrictTile;
  count: number | undefined;
  shade: number;
  pressed: boolean;
  onToggle: (district: string) => void;
}) {
  const text = count === undefined ? '正在统计' : `${count} 篇`;
  // Named by its own text (朝阳区，12 篇): the visible 朝阳 and 12 are part of the
  // name, so speech input ("click 朝阳") finds it; the rest is for screen readers.
  const rest = tile.name.startsWith(tile.short) ? tile.name.slice(tile.short.length) : '';
  return (
    <button
      type="button"
      className="tile"
      data-shade={shade}
      style={{ gridRow: tile.row, gridColumn: tile.col }}
      aria-pressed={pressed}
      disabled={count === 0 && !pressed}
      onClick={() => onToggle(tile.name)}
      title={`${tile.name}：${text}`}
    >
      <span className="tile-name">
        {tile.short}
        {rest && <span className="sr-only">{rest}</span>}
      </span>
      <span className="sr-only">，</span>
      <span className="tile-count">
        {count === undefined ? (
          <>
            <span aria-hidden="true">…</span>
            <span className="sr-only">正在统计</span>
          </>
        ) : (
          <>
            <span aria-hidden="true">{count}</span>
            <span className="sr-only">{text}</span>
          </>
        )}
      </span>
    </button>
  );
});
