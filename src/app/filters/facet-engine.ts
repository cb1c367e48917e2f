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

interface Lane {
  offsets: Uint32Array;
  values: Uint32Array;
  /** Selected ids as a lookup table; `undefined` when the facet does not filter. */
  mask: Uint8Array | undefined;
  counts: Uint32Array;
}

function addValues(lane: Lane, i: number): void {
  const { offsets, values, counts } = lane;
  let prev = -1;
  for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
    const v = values[k]!;
    // Ids are sorted per article; skip a repeated id so an article counts once.
    if (v !== prev) counts[v]!++;
    prev = v;
  }
}

function passes(lane: Lane, i: number): boolean {
  const { offsets, values, mask } = lane;
  for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) if (mask![values[k]!]) return true;
  return false;
}

export function runFacetEngine(input: EngineInput): EngineOutput {
  const { articleCount, facets, matches } = input;
  const lanes: (Lane | undefined)[] = FACET_KINDS.map((kind) => {
    const { column, size, selected } = facets[kind];
    if (!column) {
      if (selected.length > 0)
        throw new Error(`facet ${kind} filters but its column is not loaded`);
      return undefined;
    }
    let mask: Uint8Array | undefined;
    if (selected.length > 0) {
      mask = new Uint8Array(size);
      for (const id of selected) if (id >= 0 && id < size) mask[id] = 1;
    }
    return { offsets: column.offsets, values: column.values, mask, counts: new Uint32Array(size) };
  });

  const n = matches ? matches.length : articleCount;
  const results = new Uint32Array(n);
  let found = 0;
  for (let k = 0; k < n; k++) {
    const i = matches ? matches[k]! : k;
    if (i >= articleCount) continue;
    let failed = 0;
    let failedLane = -1;
    for (let f = 0; f < lanes.length; f++) {
      const lane = lanes[f];
      if (lane?.mask && !passes(lane, i)) {
        failed++;
        failedLane = f;
        if (failed > 1) break;
      }
    }
    if (failed === 0) {
      results[found++] = i;
      for (const lane of lanes) if (lane) addValues(lane, i);
    } else if (failed === 1) {
      addValues(lanes[failedLane]!, i);
    }
  }
  const counts = {} as Record<FacetKind, Uint32Array | undefined>;
  FACET_KINDS.forEach((kind, f) => (counts[kind] = lanes[f]?.counts));
  return { results: results.slice(0, found), counts };
}
