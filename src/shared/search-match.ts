/**
 * Answers a query from the exact search index (search-index.ts): which
 * articles contain every term and none of the excluded ones, and in which
 * order they rank. Pure; the app runs it in its engines chunk, the tests and
 * the bench against brute-force scans.
 */
import {
  decodeLink,
  decodeUnigram,
  linkKey,
  shardOfKey,
  unigramKey,
  type LinkPostings,
  type UnigramPostings,
} from './search-index';
import type { QueryTerm } from './search-query';
import { BREAK } from './search-text';
import { intersectSorted } from './varint';

/** A decoded shard: entry key → body. */
export type ShardEntries = ReadonlyMap<string, Uint8Array>;

/** One segment's shards as far as they are loaded; a query needs the shards of its characters. */
export interface SegmentShards {
  start: number;
  count: number;
  shardCount: number;
  shard(n: number): ShardEntries | undefined;
}

// Decoded entries, per shard object: a common character's postings are decoded once per session.
const decoded = new WeakMap<ShardEntries, Map<string, UnigramPostings | LinkPostings | null>>();

function cached<T extends UnigramPostings | LinkPostings>(
  shard: ShardEntries,
  key: string,
  decode: (body: Uint8Array) => T,
): T | undefined {
  let cache = decoded.get(shard);
  if (!cache) decoded.set(shard, (cache = new Map()));
  let value = cache.get(key);
  if (value === undefined) {
    const body = shard.get(key);
    value = body ? decode(body) : null;
    cache.set(key, value);
  }
  return (value ?? undefined) as T | undefined;
}

/** The entry keys a term needs: its characters and the links between them. */
function termKeys(codes: readonly number[]): string[] {
  const keys: string[] = [];
  let prev = -1;
  let brk = false;
  for (const c of codes) {
    if (c === BREAK) {
      brk = true;
      continue;
    }
    keys.push(unigramKey(c));
    if (prev >= 0) keys.push(linkKey(prev, c, brk));
    prev = c;
    brk = false;
  }
  return keys;
}

/** The shards a query's terms need in a segment, ascending. */
export function shardsForTerms(terms: readonly QueryTerm[], shardCount: number): number[] {
  const shards = new Set<number>();
  for (const t of terms)
    for (const key of termKeys(t.codes)) shards.add(shardOfKey(key, shardCount));
  return [...shards].sort((a, b) => a - b);
}

class SegmentReader {
  constructor(private readonly seg: SegmentShards) {}

  private shardOf(key: string): ShardEntries {
    const shard = this.seg.shard(shardOfKey(key, this.seg.shardCount));
    if (!shard) throw new Error('search shard not loaded');
    return shard;
  }

  unigram(c: number): UnigramPostings | undefined {
    const key = unigramKey(c);
    return cached(this.shardOf(key), key, (b) => decodeUnigram(b, this.seg.start));
  }

  link(x: number, y: number, junction: boolean): LinkPostings | undefined {
    const ux = this.unigram(x);
    const uy = this.unigram(y);
    if (!ux || !uy) return undefined;
    const key = linkKey(x, y, junction);
    return cached(this.shardOf(key), key, (b) => decodeLink(b, ux, uy));
  }
}

/** Where a term occurs: ascending positions, with per article its occurrences and tier. */
export interface TermHits {
  positions: Uint32Array;
  counts: Uint32Array;
  /** 0: in the headline group, 1: first in the lead paragraph, 2: only further down. */
  tiers: Uint8Array;
}

const NO_HITS: TermHits = {
  positions: new Uint32Array(0),
  counts: new Uint32Array(0),
  tiers: new Uint8Array(0),
};

function tierOf(u: UnigramPostings, i: number, firstOrdinal: number): number {
  if (firstOrdinal < u.head[i]!) return 0;
  return firstOrdinal < u.head[i]! + u.lead[i]! ? 1 : 2;
}

/** Finds the position of `pos` in the ascending `positions`, starting at `from`. */
function seek(positions: Uint32Array, from: number, pos: number): number {
  let i = from;
  while (i < positions.length && positions[i]! < pos) i++;
  return i;
}

function matchTerm(reader: SegmentReader, codes: readonly number[]): TermHits {
  const chars: number[] = [];
  const junctions: boolean[] = [];
  let brk = false;
  for (const c of codes) {
    if (c === BREAK) brk = true;
    else {
      if (chars.length > 0) junctions.push(brk);
      chars.push(c);
      brk = false;
    }
  }
  const first = reader.unigram(chars[0]!);
  if (!first) return NO_HITS;
  if (chars.length === 1) {
    const tiers = new Uint8Array(first.positions.length);
    for (let i = 0; i < tiers.length; i++)
      tiers[i] = first.head[i]! > 0 ? 0 : first.lead[i]! > 0 ? 1 : 2;
    return { positions: first.positions, counts: first.counts, tiers };
  }
  const links: LinkPostings[] = [];
  for (let j = 0; j + 1 < chars.length; j++) {
    const link = reader.link(chars[j]!, chars[j + 1]!, junctions[j]!);
    if (!link) return NO_HITS;
    links.push(link);
  }
  let candidates = [...links].sort((a, b) => a.positions.length - b.positions.length)[0]!.positions;
  for (const link of links) {
    if (candidates.length === 0) break;
    if (link.positions !== candidates) candidates = intersectSorted(candidates, link.positions);
  }

  const positions = new Uint32Array(candidates.length);
  const counts = new Uint32Array(candidates.length);
  const tiers = new Uint8Array(candidates.length);
  let found = 0;
  const at = links.map(() => 0);
  let firstAt = 0;
  const l0 = links[0]!;
  for (let c = 0; c < candidates.length; c++) {
    const pos = candidates[c]!;
    for (let j = 0; j < links.length; j++) at[j] = seek(links[j]!.positions, at[j]!, pos);
    const from0 = l0.offsets[at[0]!]!;
    let n = l0.offsets[at[0]! + 1]! - from0;
    let firstStart = l0.xo[from0]!;
    if (links.length > 1) {
      // The chains: occurrences of the first link (start ordinal, current ordinal), extended
      // link by link where the current ordinal is the next link's first character.
      if (n > starts.length) {
        starts = new Uint32Array(n * 2);
        cur = new Uint32Array(n * 2);
      }
      for (let q = 0; q < n; q++) {
        starts[q] = l0.xo[from0 + q]!;
        cur[q] = l0.yo[from0 + q]!;
      }
      for (let j = 1; j < links.length && n > 0; j++) {
        const l = links[j]!;
        let p = l.offsets[at[j]!]!;
        const to = l.offsets[at[j]! + 1]!;
        let kept = 0;
        for (let q = 0; q < n; q++) {
          const o = cur[q]!;
          while (p < to && l.xo[p]! < o) p++;
          if (p < to && l.xo[p] === o) {
            starts[kept] = starts[q]!;
            cur[kept++] = l.yo[p]!;
          }
        }
        n = kept;
      }
      if (n === 0) continue;
      firstStart = starts[0]!;
    }
    firstAt = seek(first.positions, firstAt, pos);
    positions[found] = pos;
    counts[found] = n;
    tiers[found++] = tierOf(first, firstAt, firstStart);
  }
  return {
    positions: positions.subarray(0, found),
    counts: counts.subarray(0, found),
    tiers: tiers.subarray(0, found),
  };
}

// Scratch space for the chains of one article (grown on demand, reused across terms).
let starts = new Uint32Array(256);
let cur = new Uint32Array(256);

export interface SearchResult {
  /** Matching corpus positions, ascending. */
  matches: Uint32Array;
  /**
   * The same positions by relevance: more terms in the headline group first,
   * then more in the lead paragraph, then more occurrences, then the newest
   * (the higher corpus position: positions follow publication dates).
   */
  ranked: Uint32Array;
}

const MAX_OCCURRENCES = 2 ** 12 - 1;

/** Runs a parsed query over every segment (disjoint, ascending ranges). */
export function runQuery(
  segments: readonly SegmentShards[],
  terms: readonly QueryTerm[],
): SearchResult {
  const include = terms.filter((t) => !t.exclude);
  const exclude = terms.filter((t) => t.exclude);
  const parts: { positions: Uint32Array; keep: Uint8Array; rank: Uint32Array }[] = [];
  let total = 0;
  for (const seg of segments) {
    const reader = new SegmentReader(seg);
    let positions: Uint32Array;
    let ranks: Uint32Array;
    if (include.length === 0) {
      positions = Uint32Array.from({ length: seg.count }, (_, i) => seg.start + i);
      ranks = new Uint32Array(positions.length);
    } else {
      const hits = include.map((t) => matchTerm(reader, t.codes));
      positions = hits[0]!.positions;
      for (const h of hits.slice(1)) positions = intersectSorted(positions, h.positions);
      ranks = new Uint32Array(positions.length);
      const head = new Uint8Array(positions.length);
      const lead = new Uint8Array(positions.length);
      for (const h of hits) {
        // A term's hits align with the results when it is the only term (or matches no fewer).
        const aligned = h.positions.length === positions.length;
        let i = 0;
        for (let r = 0; r < positions.length; r++) {
          if (aligned) i = r;
          else i = seek(h.positions, i, positions[r]!);
          const tier = h.tiers[i]!;
          if (tier === 0) head[r]!++;
          else if (tier === 1) lead[r]!++;
          ranks[r]! += h.counts[i]!;
        }
      }
      for (let r = 0; r < positions.length; r++) {
        ranks[r] =
          (Math.min(head[r]!, 63) * 64 + Math.min(lead[r]!, 63)) * (MAX_OCCURRENCES + 1) +
          Math.min(ranks[r]!, MAX_OCCURRENCES);
      }
    }
    const keep = new Uint8Array(positions.length).fill(1);
    for (const t of exclude) {
      const out = matchTerm(reader, t.codes).positions;
      let i = 0;
      for (let r = 0; r < positions.length; r++) {
        i = seek(out, i, positions[r]!);
        if (out[i] === positions[r]) keep[r] = 0;
      }
    }
    for (const k of keep) total += k;
    parts.push({ positions, keep, rank: ranks });
  }
  const matches = new Uint32Array(total);
  const rankOf = new Uint32Array(total);
  let n = 0;
  for (const { positions, keep, rank } of parts) {
    for (let r = 0; r < positions.length; r++) {
      if (keep[r] === 0) continue;
      matches[n] = positions[r]!;
      rankOf[n++] = rank[r]!;
    }
  }
  return { matches, ranked: byRank(matches, rankOf) };
}

/**
 * The positions by rank, highest first, and among equal ranks the highest
 * position first: a counting sort (ranks take few distinct values), linear where
 * a comparison sort of 100,000 results took most of a query's time.
 */
function byRank(positions: Uint32Array, ranks: Uint32Array): Uint32Array {
  const counts = new Map<number, number>();
  for (const r of ranks) counts.set(r, (counts.get(r) ?? 0) + 1);
  const order = [...counts.keys()].sort((a, b) => b - a);
  const cursor = new Map<number, number>();
  let at = 0;
  for (const r of order) {
    cursor.set(r, at);
    at += counts.get(r)!;
  }
  const out = new Uint32Array(positions.length);
  // Positions ascend, so walking them backwards fills each rank's slots newest first.
  for (let i = positions.length - 1; i >= 0; i--) {
    const r = ranks[i]!;
    const slot = cursor.get(r)!;
    out[slot] = positions[i]!;
    cursor.set(r, slot + 1);
  }
  return out;
}
