/**
 * The filter engine: one pass over the candidate articles with typed arrays
 * computes the results and the live count of every facet value. Pure; no React.
 *
 * - OR within a facet: an article passes a facet when it has any selected value.
 * - AND across facets: a result passes every facet (and the search query).
 * - A facet's counts are over the articles passing the query and every OTHER
 *   facet, so a count is what you would get by adding that value.
 *
 * Each article is classified by which facets it fails: none → a result, counted
 * in every facet; exactly one → counted in that facet only; two or more → neither.
 */
import type { FacetColumn } from '../../shared/facet-index';

export const FACET_KINDS = ['district', 'type', 'union'] as const;
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
}

export interface EngineInput {
  articleCount: number;
  facets: Readonly<Record<FacetKind, EngineFacet>>;
  /** Ascending corpus positions matching the search query; `undefined` = no query. */
  matches?: Uint32Array | undefined;
}

export interface EngineOutput {
  /** Corpus positions passing the query and every facet, ascending. */
  results: Uint32Array;
  /** Per facet, per value id; `undefined` for a facet whose column is not loaded. */
  counts: Record<FacetKind, Uint32Array | undefined>;
}

const NONE = new Uint32Array(0);
const NO_MASK = new Uint8Array(0);

/** Adds an article's values to a facet's counts (ids are sorted; a repeated id counts once). */
function count(offsets: Uint32Array, values: Uint32Array, counts: Uint32Array, i: number): void {
  let prev = -1;
  for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
    const v = values[k]!;
    if (v !== prev) counts[v]!++;
    prev = v;
  }
}

/** Whether an article has any selected value of a facet. */
function has(offsets: Uint32Array, values: Uint32Array, mask: Uint8Array, i: number): boolean {
  for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) if (mask[values[k]!]) return true;
  return false;
}

export function runFacetEngine(input: EngineInput): EngineOutput {
  const { articleCount, facets, matches } = input;
  // One set of typed locals per facet: the loop below runs 100,000 times per change.
  const prepared = FACET_KINDS.map((kind) => {
    const { column, size, selected } = facets[kind];
    if (!column && selected.length > 0) {
      throw new Error(`facet ${kind} filters but its column is not loaded`);
    }
    const mask = selected.length > 0 ? new Uint8Array(size) : NO_MASK;
    for (const id of selected) if (id >= 0 && id < size) mask[id] = 1;
    return {
      offsets: column?.offsets ?? NONE,
      values: column?.values ?? NONE,
      filters: selected.length > 0,
      counts: column ? new Uint32Array(size) : undefined,
      mask,
    };
  });
  const [d, t, u] = prepared as [(typeof prepared)[0], (typeof prepared)[0], (typeof prepared)[0]];
  const dO = d.offsets,
    dV = d.values,
    dM = d.mask,
    dF = d.filters,
    dC = d.counts ?? NONE,
    dK = !!d.counts;
  const tO = t.offsets,
    tV = t.values,
    tM = t.mask,
    tF = t.filters,
    tC = t.counts ?? NONE,
    tK = !!t.counts;
  const uO = u.offsets,
    uV = u.values,
    uM = u.mask,
    uF = u.filters,
    uC = u.counts ?? NONE,
    uK = !!u.counts;

  const n = matches ? matches.length : articleCount;
  const results = new Uint32Array(n);
  let found = 0;
  for (let k = 0; k < n; k++) {
    const i = matches ? matches[k]! : k;
    if (i >= articleCount) continue;
    const dFail = dF && !has(dO, dV, dM, i);
    const tFail = tF && !has(tO, tV, tM, i);
    const uFail = uF && !has(uO, uV, uM, i);
    const failed = +dFail + +tFail + +uFail;
    if (failed === 0) {
      results[found++] = i;
      if (dK) count(dO, dV, dC, i);
      if (tK) count(tO, tV, tC, i);
      if (uK) count(uO, uV, uC, i);
    } else if (failed === 1) {
      if (dFail) {
        if (dK) count(dO, dV, dC, i);
      } else if (tFail) {
        if (tK) count(tO, tV, tC, i);
      } else if (uK) count(uO, uV, uC, i);
    }
  }
  return {
    results: results.slice(0, found),
    counts: { district: d.counts, type: t.counts, union: u.counts },
  };
}
