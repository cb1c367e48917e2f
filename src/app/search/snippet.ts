import { phraseRanges } from '../../shared/search-index';

/**
 * A short passage around the first match in the body, for result items whose title
 * and excerpt do not show the query. Plain text; highlighting is done when rendered.
 */
export function matchSnippet(
  paragraphs: readonly string[],
  phrases: readonly string[],
  radius = 36,
): string | undefined {
  for (const p of paragraphs) {
    const first = phraseRanges(p, phrases)[0];
    if (!first) continue;
    const start = Math.max(0, first[0] - radius);
    const end = Math.min(p.length, first[1] + radius);
    return `${start > 0 ? '…' : ''}${p.slice(start, end)}${end < p.length ? '…' : ''}`;
  }
  return undefined;
}
