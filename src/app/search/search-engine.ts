/**
 * Query side of the sharded search index (src/shared/search-shards.ts): which
 * tokens a query needs, which shard files hold them, and which articles hold
 * them all. Pure; see docs/decisions/0005-chinese-search.md.
 */
import { decodePostings, matchAll, queryTokens, shardOf } from '../../shared/search-shards';
import { queryPhrases, tokenize } from '../../shared/tokenize';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** A lone Han character: the index holds only bigrams of longer runs, so it cannot be looked up. */
export function isSingleCjk(token: string): boolean {
  return token.length === 1 && CJK.test(token);
}

export interface AnalyzedQuery {
  /** The phrases to highlight (NFKC, lower-cased), those with anything searchable. */
  phrases: string[];
  /** Tokens to look up: every token of every phrase, lone Han characters left out. */
  tokens: string[][];
  /** Phrases made only of lone Han characters (如 “沟”): they cannot be searched. */
  tooShort: string[];
}

export function analyzeQuery(query: string): AnalyzedQuery {
  const phrases = queryPhrases(query).filter((p) => tokenize(p).length > 0);
  const tokens: string[][] = [];
  const tooShort: string[] = [];
  // queryTokens cuts each phrase the way the index was cut (the shared tokenizer).
  phrases.forEach((phrase) => {
    const [cut = []] = queryTokens(phrase);
    const usable = cut.filter((t) => !isSingleCjk(t));
    if (usable.length === 0) tooShort.push(phrase);
    else tokens.push(usable);
  });
  return { phrases, tokens, tooShort };
}

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
