/**
 * Where the Atom feeds live (written by src/site/feeds.ts, linked by the app's
 * 订阅 links and every page's <link rel="alternate">): the whole archive at
 * `feeds/all.xml`, one feed per facet value at `feeds/<facet>/<name>.xml`, e.g.
 * `feeds/district/朝阳区.xml`, `feeds/type/contest.xml`.
 *
 * A value is its own file name when that is safe on every host and file system:
 * letters (no ASCII capitals: case-insensitive file systems would merge
 * 'ABC工会' and 'abc工会'), digits, combining marks, - _ · and brackets, in NFC,
 * at most 60 characters. Any other value (a slash, `?`, `#`, `%`, spaces, dots,
 * invisible characters, a very long name) gets its safe characters, lower-cased
 * and cut to 40, plus `-` and a hash of the whole value: stable, and computed
 * the same way here and in the browser. Paths are relative to the site root (the
 * base path); URL paths are percent-encoded.
 */

export type FeedFacet = 'district' | 'union' | 'type';

export const FEED_FACETS: readonly FeedFacet[] = ['district', 'union', 'type'];
export const ALL_FEED_TITLE = '首都工会新闻 · 全部文章';

const MAX_PLAIN = 60;
const MAX_PREFIX = 40;
const SAFE = /^[\p{L}\p{M}\p{N}\-_·（）()]+$/u;
const UNSAFE_CHAR = /[^\p{L}\p{M}\p{N}\-_·（）()]/gu;

/** FNV-1a over UTF-16 code units, as 8 hex digits. */
function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The file name (without `.xml`) of a facet value's feed. */
export function feedFileName(value: string): string {
  const plain =
    SAFE.test(value) &&
    !/[A-Z]/.test(value) &&
    value.normalize('NFC') === value &&
    Array.from(value).length <= MAX_PLAIN;
  if (plain) return value;
  const prefix = Array.from(value.normalize('NFC').toLowerCase().replace(UNSAFE_CHAR, ''))
    .slice(0, MAX_PREFIX)
    .join('');
  return `${prefix || 'feed'}-${hash32(value)}`;
}

/** The file of the whole archive's feed, relative to the site root. */
export function allFeedPath(): string {
  return 'feeds/all.xml';
}

/** The file of a facet value's feed, relative to the site root (not encoded). */
export function feedFile(facet: FeedFacet, value: string): string {
  return `feeds/${facet}/${feedFileName(value)}.xml`;
}

/** The URL path of a facet value's feed, relative to the site root (percent-encoded). */
export function feedPath(facet: FeedFacet, value: string): string {
  return `feeds/${facet}/${encodeURIComponent(feedFileName(value))}.xml`;
}
