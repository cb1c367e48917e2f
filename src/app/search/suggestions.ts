/**
 * Filters offered while typing: the districts, event types and unions whose
 * name contains the word being typed (朝阳 → 区域 朝阳区 · 1179 篇), with their
 * article counts in the archive. Pure.
 */
import type { FacetKey, ReaderFilters } from '../../shared/paths';
import { searchableText } from '../../shared/search-text';

export interface Suggestion {
  kind: FacetKey;
  /** The filter value (district name, union name, event type id). */
  value: string;
  /** What the reader sees: the name, or the event type's label. */
  label: string;
  count: number;
}

export const SUGGESTION_KIND: Record<FacetKey, string> = {
  districts: '区域',
  types: '类型',
  unions: '工会',
};

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

/**
 * The word being typed: the query's last word, unless the reader has moved on
 * (a trailing space), is excluding it (-word) or is inside quotes.
 */
export function typedWord(q: string): string {
  if (q === '' || /\s$/u.test(q)) return '';
  const word = q.split(/\s+/u).pop() ?? '';
  return /^[-"“]/u.test(word) ? '' : word;
}

/** The query once a suggestion for its last word is picked: that word named the filter. */
export function withoutTypedWord(q: string): string {
  const word = typedWord(q);
  return word ? q.slice(0, q.length - word.length).trimEnd() : q;
}

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
