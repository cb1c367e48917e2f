/**
 * Filters offered while typing: the districts, event types and unions whose
 * name contains the word being typed (朝阳 → 区域 朝阳区 · 1179 篇), with their
 * article counts in the archive. Pure; in the engines chunk (loaded with the
 * first typed word), the field itself needs only typed-word.ts.
 */
import type { FacetKey, ReaderFilters } from '../../shared/paths';
import type { Suggestion } from './typed-word';
import { searchableText } from '../../shared/search-text';

export interface SuggestionCandidate {
  kind: FacetKey;
  value: string;
  label: string;
  count: number;
  /** The label as search sees it (searchableText), computed once. */
  folded: string;
}

/** Every filter value that could be suggested, from the manifest and unions.json. */
export function suggestionCandidates(source: {
  districts: readonly { value: string; count: number }[];
  types: readonly { value: string; label: string; count: number }[];
  unions: readonly { value: string; count: number }[];
}): SuggestionCandidate[] {
  return [
    ...source.districts.map((d) => ({ kind: 'districts' as const, label: d.value, ...d })),
    ...source.types.map((t) => ({ kind: 'types' as const, ...t })),
    ...source.unions.map((u) => ({ kind: 'unions' as const, label: u.value, ...u })),
  ]
    .filter((c) => c.count > 0)
    .map((c) => ({ ...c, folded: searchableText(c.label) }));
}

const MAX_SUGGESTIONS = 8;
const KIND_ORDER: FacetKey[] = ['districts', 'types', 'unions'];

/** Prefix matches first, then the values with most articles; at most MAX_SUGGESTIONS. */
export function suggestFilters(
  word: string,
  candidates: readonly SuggestionCandidate[],
  selected: ReaderFilters,
): Suggestion[] {
  const needle = searchableText(word);
  if (needle === '') return [];
  const found: (Suggestion & { prefix: boolean })[] = [];
  for (const { kind, value, label, count, folded } of candidates) {
    const at = folded.indexOf(needle);
    if (at >= 0 && !selected[kind].includes(value))
      found.push({ kind, value, label, count, prefix: at === 0 });
  }
  found.sort(
    (a, b) =>
      Number(b.prefix) - Number(a.prefix) ||
      b.count - a.count ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
  return found.slice(0, MAX_SUGGESTIONS).map(({ prefix: _, ...s }) => s);
}
