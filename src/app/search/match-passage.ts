/**
 * The passage a result row shows around a query's first match: the first
 * headline or paragraph holding a match, cut to a window around it. Pure.
 */
import { phraseRanges } from '../../shared/search-text';

/** Characters of context kept before the match (the row shows about two lines). */
const BEFORE = 18;
const LENGTH = 90;

/** The passage around the first match in `strings` (in reading order), or undefined. */
export function matchPassage(
  strings: readonly string[],
  phrases: readonly string[],
): string | undefined {
  for (const text of strings) {
    const [first] = phraseRanges(text, phrases);
    if (!first) continue;
    const start = Math.max(0, first[0] - BEFORE);
    const end = Math.min(text.length, Math.max(first[1], start + LENGTH));
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  }
  return undefined;
}
