/**
 * What the search field needs of suggestions in the first view: the word being
 * typed, the query without it, and how a suggestion is labelled. Matching is
 * in suggestions.ts (engines chunk). Pure.
 */
import type { FacetKey } from '../../shared/paths';

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
