import type { UnionLevel } from '../../shared/schema';

export const APP_NAME = '首都工会新闻';

/** Display order and zh-CN names of union levels. */
export const UNION_LEVELS: readonly { level: UnionLevel; label: string }[] = [
  { level: 'national', label: '全国' },
  { level: 'industry', label: '产业' },
  { level: 'municipal', label: '市级' },
  { level: 'district', label: '区级' },
  { level: 'street', label: '街道乡镇' },
  { level: 'enterprise', label: '企业事业' },
];

export function unionLevelLabel(level: UnionLevel | undefined): string {
  return UNION_LEVELS.find((l) => l.level === level)?.label ?? '其他';
}

const collator = new Intl.Collator('zh-CN');
export const compareZh = (a: string, b: string): number => collator.compare(a, b);

export function articleCount(n: number): string {
  return `${n} 篇`;
}
