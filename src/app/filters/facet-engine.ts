/**
 * The filter engine: the results and the live count of every facet value, with
 * typed arrays. Pure; no React.
 *
 * - OR within a facet: an article passes a facet when it has any selected value.
 * - AND across facets: a result passes every facet (and the search query).
 * - A facet's counts are over the articles passing the query and every OTHER
 *   facet, so a count is what you would get by adding that value.
 *
 * Work is proportional to the sets involved, not to the archive: each filtering
 * facet's articles come from per-value posting lists (the column transposed,
 * once per column), results are the smallest set tested against the others'
 * masks, and a facet that no other facet or query restricts gets the archive
 * totals without counting. Toggling one district of 100,000 articles touches
 * the few thousand articles of that district.
 */
import type { FacetColumn } from '../../shared/facet-index';

/** `date`: one value per dated article, its day id; a date range selects the days in it. */
export const FACET_KINDS = ['district', 'type', 'union', 'date'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

export interface EngineFacet {
  /** Value ids of every article; `undefined` while not loaded (the facet is then not counted). */
  column: FacetColumn | undefined;
  /** Number of values (ids are 0 … size − 1). */
  size: number;
  /**
   * Selected value ids; empty = no filter. An id outside 0 … size − 1 (a value no
   * article has) still makes the facet filter, and matches nothing.
   */
  selected: readonly number[];
  /** Articles per value in the whole archive, when known: used when nothing else filters. */
  totals?: ArrayLike<number> | undefined;
}

export interface EngineInput {
  articleCount: number;
  /** A facet left out is neither filtered nor counted. */
  facets: Readonly<Partial<Record<FacetKind, EngineFacet>>>;
  /** Ascending corpus positions matching the search query; `undefined` = no query. */
  matches?: Uint32Array | undefined;
}

export interface EngineOutput {
  /** Corpus positions passing the query and every facet, ascending. */
  results: Uint32Array;
  /** Per facet, per value id; `undefined` for a facet whose column is not loaded. */
  counts: Record<FacetKind, Uint32Array | undefined>;
}

/**
 * A column transposed: the ascending positions of the articles having value v
 * are positions[starts[v] .. ends[v]) (a repeated id in one article is listed once).
 */
interface Postings {
  starts: Uint32Array;
  ends: Uint32Array;
  positions: Uint32Array;
}

const transposed = new WeakMap<FacetColumn, Postings>();

function postingsOf(column: FacetColumn, size: number): Postings {
  const cached = transposed.get(column);
  if (cached && cached.starts.length === size + 1) return cached;
  const { offsets, values } = column;
  const starts = new Uint32Array(size + 1);
  for (let k = 0; k < values.length; k++) if (values[k]! < size) starts[values[k]! + 1]!++;
  for (let v = 0; v < size; v++) starts[v + 1]! += starts[v]!;
  const ends = starts.slice(0, size);
  const positions = new Uint32Array(starts[size]!);
  const n = offsets.length - 1;
  for (let i = 0; i < n; i++) {
    let prev = -1;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const v = values[k]!;
      // Articles come in ascending order, so every list stays sorted.
      if (v !== prev && v < size) positions[ends[v]!++] = i;
      prev = v;
    }
  }
  const postings = { starts, ends, positions };
  transposed.set(column, postings);
  return postings;
}

/** A set of articles: its members ascending, and a lookup table by position. */
interface ArticleSet {
  list: Uint32Array;
  has: Uint8Array;
}

function setOfValues(
  column: FacetColumn,
  size: number,
  selected: readonly number[],
  n: number,
): ArticleSet {
  const { starts, ends, positions } = postingsOf(column, size);
  const has = new Uint8Array(n);
  let total = 0;
  const ids = [...new Set(selected)].filter((id) => id >= 0 && id < size);
  for (const id of ids) {
    for (let k = starts[id]!, end = ends[id]!; k < end; k++) {
      const p = positions[k]!;
      if (!has[p]) {
        has[p] = 1;
        total++;
      }
    }
  }
  const list = new Uint32Array(total);
  if (ids.length === 1) list.set(positions.subarray(starts[ids[0]!]!, ends[ids[0]!]!));
  else for (let i = 0, j = 0; i < n && j < total; i++) if (has[i]) list[j++] = i;
  return { list, has };
}

function setOfMatches(matches: Uint32Array, n: number): ArticleSet {
  const has = new Uint8Array(n);
  let j = 0;
  const list = new Uint32Array(matches.length);
  for (const p of matches) {
    if (p < n && !has[p]) {
      has[p] = 1;
      list[j++] = p;
    }
  }
  return { list: list.subarray(0, j), has };
}

/** Members of the smallest set that are in every other set. */
function intersect(sets: readonly ArticleSet[], n: number): Uint32Array {
  if (sets.length === 0) {
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all;
  }
  const [smallest, ...rest] = [...sets].sort((a, b) => a.list.length - b.list.length);
  if (rest.length === 0) return smallest!.list;
  const out = new Uint32Array(smallest!.list.length);
  let found = 0;
  outer: for (const p of smallest!.list) {
    for (const s of rest) if (!s.has[p]) continue outer;
    out[found++] = p;
  }
  return out.subarray(0, found);
}

/** Adds the values of the given articles to a facet's counts (a repeated id counts once). */
function countValues(column: FacetColumn, size: number, articles: Uint32Array): Uint32Array {
  const { offsets, values } = column;
  const counts = new Uint32Array(size);
  for (const i of articles) {
    let prev = -1;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const v = values[k]!;
      if (v !== prev && v < size) counts[v]!++;
      prev = v;
    }
  }
  return counts;
}

export function runFacetEngine(input: EngineInput): EngineOutput {
  const { articleCount: n, facets, matches } = input;
  const filtering = new Map<FacetKind, ArticleSet>();
  for (const kind of FACET_KINDS) {
    const facet = facets[kind];
    if (!facet || facet.selected.length === 0) continue;
    const { column, size, selected } = facet;
    if (!column) throw new Error(`facet ${kind} filters but its column is not loaded`);
    filtering.set(kind, setOfValues(column, size, selected, n));
  }
  const query = matches ? setOfMatches(matches, n) : undefined;
  const restrictions = (except?: FacetKind) => [
    ...[...filtering].filter(([kind]) => kind !== except).map(([, set]) => set),
    ...(query ? [query] : []),
  ];

  const results = intersect(restrictions(), n);
  const counts = {} as Record<FacetKind, Uint32Array | undefined>;
  for (const kind of FACET_KINDS) {
    const { column, size, totals } = facets[kind] ?? { column: undefined, size: 0 };
    if (!column) {
      counts[kind] = undefined;
      continue;
    }
    const others = restrictions(kind);
    if (others.length === 0 && totals && totals.length >= size) {
      counts[kind] = Uint32Array.from({ length: size }, (_, v) => totals[v] ?? 0);
    } else if (others.length === restrictions().length) {
      // This facet does not filter: the articles passing the others are the results.
      counts[kind] = countValues(column, size, results);
    } else {
      counts[kind] = countValues(column, size, intersect(others, n));
    }
  }
  return { results: Uint32Array.from(results), counts };
}
