/**
 * The union facet's groups by level (全国 … 企业事业), each with its busiest
 * few values, in one pass over however many unions there are. Pure.
 */
import { UNION_LEVELS } from '../shared/labels';
import type { FacetValue, UnionFacetModel } from './facets';

export interface UnionGroup {
  key: string;
  label: string;
  /** Unions in this level matching the name filter (of those known). */
  total: number;
  values: FacetValue[];
}

export interface UnionGroupOptions {
  /** Only names containing this (trimmed); empty = all. */
  needle: string;
  /** How many values each group shows. */
  limit: (level: string) => number;
}

const GROUPS = [
  ...UNION_LEVELS.map((l) => ({ key: l.level as string, label: l.label })),
  { key: 'other', label: '其他' },
];

export function unionGroups(model: UnionFacetModel, options: UnionGroupOptions): UnionGroup[] {
  const { names, levels, corpus, counts, rank, selected } = model;
  const live = (i: number) => (counts ? (counts[i] ?? 0) : (corpus[i] ?? 0));
  // Count desc, then archive total desc, then zh-CN name order.
  const before = (a: number, b: number) =>
    live(b) - live(a) || (corpus[b] ?? 0) - (corpus[a] ?? 0) || (rank[a] ?? 0) - (rank[b] ?? 0);
  const groups = new Map(
    GROUPS.map((g) => [
      g.key,
      { ...g, total: 0, top: [] as number[], picked: [] as number[], limit: options.limit(g.key) },
    ]),
  );
  const picked = new Set(selected);
  const needle = options.needle.trim();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (needle && !name.includes(needle)) continue;
    const g = groups.get(levels[i] ?? 'other')!;
    g.total++;
    // Selected values always show, even beyond the limit.
    if (picked.has(name)) {
      g.picked.push(i);
      continue;
    }
    // `top` stays sorted and at most `limit` long; most unions fail the first test.
    const top = g.top;
    if (top.length >= g.limit && (g.limit === 0 || before(i, top[top.length - 1]!) >= 0)) continue;
    let at = top.length;
    while (at > 0 && before(i, top[at - 1]!) < 0) at--;
    top.splice(at, 0, i);
    if (top.length > g.limit) top.pop();
  }
  return [...groups.values()]
    .filter((g) => g.total > 0)
    .map((g) => ({
      key: g.key,
      label: g.label,
      total: g.total,
      values: [...g.top, ...g.picked].sort(before).map((i) => ({
        value: names[i]!,
        label: names[i]!,
        count: counts ? (counts[i] ?? 0) : undefined,
        selected: picked.has(names[i]!),
        level: levels[i],
      })),
    }));
}
