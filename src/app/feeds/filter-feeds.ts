import { feedPath, type FeedFacet } from '../../shared/feed-paths';
import type { FacetKey, ReaderFilters } from '../../shared/paths';
import { APP_NAME } from '../shared/labels';

export interface FilterFeed {
  facet: FacetKey;
  value: string;
  /** What the value is called on screen (an event type's label). */
  label: string;
  /** Title of the feed, as the feed itself gives it. */
  title: string;
  href: string;
}

const FEED_FACET: Record<FacetKey, FeedFacet> = {
  districts: 'district',
  unions: 'union',
  types: 'type',
};

/** The Atom feed of every active facet value (a search has none). */
export function filterFeeds(
  filters: ReaderFilters,
  typeLabels: ReadonlyMap<string, string>,
): FilterFeed[] {
  return (['districts', 'types', 'unions'] as const).flatMap((facet) =>
    filters[facet].map((value) => {
      const label = facet === 'types' ? (typeLabels.get(value) ?? value) : value;
      return {
        facet,
        value,
        label,
        title: `${APP_NAME} · ${label}`,
        href: `${import.meta.env.BASE_URL}${feedPath(FEED_FACET[facet], value)}`,
      };
    }),
  );
}
