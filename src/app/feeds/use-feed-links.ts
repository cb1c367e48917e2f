import { useEffect } from 'react';
import type { FilterFeed } from './filter-feeds';

/**
 * Adds `<link rel="alternate" type="application/atom+xml">` to the document head
 * for each active filter's feed, next to the whole archive's (in every page's
 * static head), so feed readers and browsers find the feed of the current view.
 */
export function useFeedLinks(feeds: readonly FilterFeed[]): void {
  const key = feeds.map((f) => `${f.href}\n${f.title}`).join('\n');
  useEffect(() => {
    if (!key) return;
    const pairs = key.split('\n');
    const links: HTMLLinkElement[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const link = document.createElement('link');
      link.rel = 'alternate';
      link.type = 'application/atom+xml';
      link.href = pairs[i]!;
      link.title = pairs[i + 1]!;
      document.head.append(link);
      links.push(link);
    }
    return () => links.forEach((l) => l.remove());
  }, [key]);
}
