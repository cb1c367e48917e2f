/**
 * Matching a query against the sharded search index (src/shared/search-shards.ts):
 * which shard files hold its tokens, and which articles hold them all. Loaded
 * with the first search (src/app/engines.ts). Pure.
 */
import { decodePostings, matchAll, shardOf } from '../../shared/search-shards';

/** The shard files a query needs, ascending. */
export function shardsFor(tokens: readonly string[][], shardCount: number): number[] {
  const shards = new Set(tokens.flat().map((t) => shardOf(t, shardCount)));
  return [...shards].sort((a, b) => a - b);
}

export type DecodedShard = ReadonlyMap<string, Uint8Array>;

// Decoded posting lists, per shard object: a common bigram (工会) is in most articles.
const decoded = new WeakMap<DecodedShard, Map<string, Uint32Array>>();

function postings(shard: DecodedShard, token: string): Uint32Array | undefined {
  let cache = decoded.get(shard);
  if (!cache) decoded.set(shard, (cache = new Map()));
  let list = cache.get(token);
  if (!list) {
    const bytes = shard.get(token);
    if (!bytes) return undefined;
    cache.set(token, (list = decodePostings(bytes)));
  }
  return list;
}

/**
 * Ascending corpus positions of the articles holding every token (not
 * necessarily adjacent: see ADR 0005). `shards` maps shard number → decoded shard.
 */
export function matchQuery(
  tokens: readonly string[][],
  shards: ReadonlyMap<number, DecodedShard>,
  shardCount: number,
): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  return matchAll(
    (token) => {
      const shard = shards.get(shardOf(token, shardCount));
      return shard ? postings(shard, token) : undefined;
    },
    tokens.map((t) => [...t]),
  );
}
