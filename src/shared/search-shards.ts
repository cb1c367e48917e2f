/**
 * The sharded search index (bundle v2). Every token of the shared tokenizer
 * (CJK bigrams, Latin/digit words) has a posting list: the sorted corpus
 * positions of the articles containing it. Tokens are spread over N shard
 * files by a hash, so a query downloads only the few shards its tokens live in.
 *
 * Shard file: 'UNS1', u32 entry count, then per entry: varint token byte
 * length, token UTF-8 bytes, varint posting byte length, delta-varint postings.
 */
import { ByteReader, ByteWriter, decodePostings, intersectSorted } from './varint';
import { queryPhrases, tokenize } from './tokenize';

const MAGIC = [0x55, 0x4e, 0x53, 0x31]; // UNS1

/** FNV-1a over UTF-16 code units: identical in Node and every browser. */
export function shardOf(token: string, shardCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shardCount;
}

export function encodeShard(entries: [token: string, postings: Uint8Array][]): Uint8Array {
  const w = new ByteWriter();
  const utf8 = new TextEncoder();
  for (const b of MAGIC) w.byte(b);
  w.u32(entries.length);
  for (const [token, postings] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const t = utf8.encode(token);
    w.varint(t.length);
    w.bytes(t);
    w.varint(postings.length);
    w.bytes(postings);
  }
  return w.result();
}

/** Token → raw posting bytes (decoded lazily with decodePostings). */
export function decodeShard(bytes: Uint8Array): Map<string, Uint8Array> {
  const r = new ByteReader(bytes);
  const magic = r.take(4);
  if (MAGIC.some((b, i) => magic[i] !== b)) throw new Error('not a search shard (bad magic)');
  const n = r.u32();
  const utf8 = new TextDecoder();
  const map = new Map<string, Uint8Array>();
  for (let i = 0; i < n; i++) {
    const token = utf8.decode(r.take(r.varint()));
    map.set(token, r.take(r.varint()));
  }
  return map;
}

/** The tokens a query needs, per phrase; a phrase of one CJK character has one unigram token. */
export function queryTokens(query: string): string[][] {
  return queryPhrases(query)
    .map((p) => [...new Set(tokenize(p))])
    .filter((tokens) => tokens.length > 0);
}

/**
 * Articles containing every token of every phrase. A phrase of several tokens
 * matches when all its bigrams occur in the article (not necessarily adjacent:
 * documented trade-off, see docs/decisions/0007-scale-bundle.md).
 */
export function matchAll(
  postingsOf: (token: string) => Uint32Array | undefined,
  tokens: string[][],
): Uint32Array {
  const lists = tokens.flat().map((t) => postingsOf(t) ?? new Uint32Array(0));
  lists.sort((a, b) => a.length - b.length);
  let result = lists[0] ?? new Uint32Array(0);
  for (const list of lists.slice(1)) {
    if (result.length === 0) break;
    result = intersectSorted(result, list);
  }
  return result;
}

export { decodePostings };
