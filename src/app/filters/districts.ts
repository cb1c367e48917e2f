/**
 * Beijing's 16 districts on a small tile map, placed roughly as on a map:
 * the mountainous north (延庆 怀柔 密云 平谷), the inner city (西城 东城 海淀 朝阳),
 * the west (门头沟 石景山 房山) and the southern plain (丰台 大兴 通州).
 */
export interface DistrictTile {
  name: string;
  short: string;
  row: number;
  col: number;
}

export const DISTRICT_TILES: readonly DistrictTile[] = [
  { name: '延庆区', short: '延庆', row: 1, col: 1 },
  { name: '昌平区', short: '昌平', row: 1, col: 2 },
  { name: '怀柔区', short: '怀柔', row: 1, col: 3 },
  { name: '密云区', short: '密云', row: 1, col: 4 },
  { name: '平谷区', short: '平谷', row: 2, col: 5 },
  { name: '门头沟区', short: '门头沟', row: 2, col: 1 },
  { name: '海淀区', short: '海淀', row: 2, col: 2 },
  { name: '朝阳区', short: '朝阳', row: 2, col: 3 },
  { name: '顺义区', short: '顺义', row: 2, col: 4 },
  { name: '石景山区', short: '石景山', row: 3, col: 1 },
  { name: '西城区', short: '西城', row: 3, col: 2 },
  { name: '东城区', short: '东城', row: 3, col: 3 },
  { name: '通州区', short: '通州', row: 3, col: 4 },
  { name: '房山区', short: '房山', row: 4, col: 1 },
  { name: '丰台区', short: '丰台', row: 4, col: 2 },
  { name: '大兴区', short: '大兴', row: 4, col: 3 },
];

export const BEIJING_DISTRICTS: readonly string[] = DISTRICT_TILES.map((d) => d.name);
