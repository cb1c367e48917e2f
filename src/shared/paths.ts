/**
 * Typed path helpers: every in-app link is built here, and the reader's URL query
 * (`district`, `union`, `type`, `from`, `to`, `q`, `sort`; a key repeated for
 * several values) is parsed here. See docs/decisions/0004-reader-state-in-url.md.
 *
 * Paths are relative to the router's basename (Vite's `base`). Pure module.
 */
import { parsePeriod, periodStart } from './periods';

/** Result order: newest or oldest first, or by relevance to the query. */
export const SORT_ORDERS = ['newest', 'oldest', 'relevance'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface ReaderFilters {
  districts: readonly string[];
  unions: readonly string[];
  /** Event type ids (manifest.eventTypes[].id). */
  types: readonly string[];
  /** The search query exactly as typed (may be empty). */
  q: string;
  /** Publication period: a year, month or day (`2023`, `2023-02`, `2023-02-10`); either end may be open. */
  from?: string | undefined;
  to?: string | undefined;
  /** Chosen order; absent = the default (relevance while searching, else newest when dated). */
  sort?: SortOrder | undefined;
}

export type FacetKey = 'districts' | 'unions' | 'types';

export const EMPTY_FILTERS: ReaderFilters = Object.freeze({
  districts: Object.freeze([]) as readonly string[],
  unions: Object.freeze([]) as readonly string[],
  types: Object.freeze([]) as readonly string[],
  q: '',
});

/** URL key for each facet. */
export const PARAM_KEYS: Readonly<Record<FacetKey, string>> = {
  districts: 'district',
  unions: 'union',
  types: 'type',
};

const MAX_VALUES = 40;
const MAX_VALUE_LENGTH = 64;
const MAX_QUERY_LENGTH = 100;
const TYPE_ID = /^[a-z][a-z0-9-]*$/;
// Control characters are never part of a value; a value containing them is ignored.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/u;

function cleanValues(raw: readonly string[], accept: (v: string) => boolean): string[] {
  const out: string[] = [];
  for (const r of raw) {
    const v = r.trim();
    if (v.length === 0 || v.length > MAX_VALUE_LENGTH || CONTROL.test(v) || !accept(v)) continue;
    if (!out.includes(v)) out.push(v);
    if (out.length >= MAX_VALUES) break;
  }
  return out;
}

/**
 * Reads the reader state from a URL query. Never throws: unknown keys are ignored,
 * and values that are empty, over-long, contain control characters or (for `type`)
 * are not an id are dropped. Values are not checked against the data here; see
 * `knownFilters` in the app for that.
 */
export function parseReaderParams(input: URLSearchParams | string): ReaderFilters {
  let params: URLSearchParams;
  try {
    params = typeof input === 'string' ? new URLSearchParams(input) : input;
  } catch {
    return EMPTY_FILTERS;
  }
  const rawQ = params.get('q') ?? '';
  const q = CONTROL.test(rawQ) ? '' : rawQ.slice(0, MAX_QUERY_LENGTH);
  let from = parsePeriod(params.get('from')?.trim() ?? '');
  let to = parsePeriod(params.get('to')?.trim() ?? '');
  // A range written backwards (to before from) means the same days.
  if (from && to && periodStart(to) < periodStart(from)) [from, to] = [to, from];
  const sort = SORT_ORDERS.find((s) => s === params.get('sort'));
  return {
    districts: cleanValues(params.getAll(PARAM_KEYS.districts), () => true),
    unions: cleanValues(params.getAll(PARAM_KEYS.unions), () => true),
    types: cleanValues(params.getAll(PARAM_KEYS.types), (v) => TYPE_ID.test(v)),
    q,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(sort ? { sort } : {}),
  };
}

/** The URL query for a reader state, in a stable key order; empty values are left out. */
export function readerSearchParams(filters: ReaderFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['districts', 'unions', 'types'] as const) {
    for (const v of filters[key]) params.append(PARAM_KEYS[key], v);
  }
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q.trim().length > 0) params.set('q', filters.q);
  if (filters.sort) params.set('sort', filters.sort);
  return params;
}

function withQuery(path: string, filters: ReaderFilters | undefined): string {
  if (!filters) return path;
  const qs = readerSearchParams(filters).toString();
  return qs ? `${path}?${qs}` : path;
}

/** The article list, with the given filters and query. */
export function listPath(filters?: ReaderFilters): string {
  return withQuery('/', filters);
}

/** One article; the filters travel along so previous/next keep working after a reload. */
export function articlePath(id: string, filters?: ReaderFilters): string {
  return withQuery(`/articles/${encodeURIComponent(id)}`, filters);
}

/** The route pattern matching `articlePath`. */
export const ARTICLE_ROUTE = '/articles/:id';

export function hasActiveFilters(filters: ReaderFilters): boolean {
  return (
    filters.districts.length > 0 ||
    filters.unions.length > 0 ||
    filters.types.length > 0 ||
    Boolean(filters.from || filters.to) ||
    filters.q.trim().length > 0
  );
}

/** The 版面 views (issue-paths.ts builds their links): the latest issue, one issue (day), one page, an article opened from a page. */
export const ISSUES_ROUTE = '/issues';
export const ISSUE_ROUTE = '/issues/:date';
export const PAGE_ROUTE = '/issues/:date/:page';
export const PAGE_ARTICLE_ROUTE = '/issues/:date/:page/articles/:id';
