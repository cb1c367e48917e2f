import type { ReactNode } from 'react';
import { phraseRanges } from '../../shared/search-text';

/**
 * Renders `text` with every occurrence of the phrases wrapped in <mark>. Text is split
 * into React text nodes; nothing is ever injected as HTML.
 */
export function Highlight({ text, phrases }: { text: string; phrases: readonly string[] }) {
  const ranges = phrases.length > 0 ? phraseRanges(text, phrases) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="search-mark">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
