/**
 * The exact search index (bundle v3 search segments; docs/decisions/0010-exact-search.md).
 *
 * For one segment of corpus positions [start, start + count) it holds, over the
 * folded text of search-text.ts:
 *
 * - a **unigram** entry per word character c: the articles containing c, and in
 *   each how often c occurs (cnt), how often in the headline group (head) and in
 *   the lead paragraph (lead);
 * - a **link** entry per pair of word characters x, y that follow each other in
 *   a run (key `xy`) or across a break (key `x y`: x ends a run, y starts the
 *   next one in the same headline or paragraph): the articles where they do, and
 *   which occurrences are linked. Occurrences are *ordinals*: the i-th x of the
 *   article (in text order: headlines, lead, rest). A link posting lists k
 *   pairs (x-ordinal, y-ordinal); a side is left out when it is every
 *   occurrence of that character (k = cnt), which is common, and k is left out
 *   when either character occurs once (then k = 1).
 *
 * A phrase c1…cm occurs in an article iff a chain of linked ordinals runs
 * through its links: that is exact, and ordinals are far cheaper than positions
 * because most characters occur once or always next to the same neighbour.
 *
 * A link's articles are stored as indices into the posting list of its rarer
 * character (`ref`: fewer articles; on a tie x). Entries are spread over the
 * segment's shards by a hash of their key (shardOfKey), so a phrase of m
 * characters fetches the shards of its m characters and m − 1 links. Shard file: 'UNS2', u32 entry count, then per
 * entry (sorted by key): varint key byte length, key UTF-8, varint body length,
 * body. Bodies are streams of varints, each stream prefixed by its byte length
 * except the last; decoded lazily. Pure; runs in Node and the browser.
 */
import { ByteReader, ByteWriter } from './varint';

const MAGIC = [0x55, 0x4e, 0x53, 0x32]; // UNS2

/** The shard of an entry: FNV-1a over its key's UTF-16 units, identical in Node and every browser. */
export function shardOfKey(key: string, shardCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shardCount;
}

export const unigramKey = (c: number): string => String.fromCodePoint(c);
export const linkKey = (x: number, y: number, junction: boolean): string =>
  `${String.fromCodePoint(x)}${junction ? ' ' : ''}${String.fromCodePoint(y)}`;

/** Which side a link's articles are stored against: the character in fewer articles (x on a tie). */
export function linkRefIsX(xArticles: number, yArticles: number): boolean {
  return xArticles <= yArticles;
}

export function encodeShard(
  entries: readonly (readonly [key: string, body: Uint8Array])[],
): Uint8Array {
  const w = new ByteWriter(1024);
  const utf8 = new TextEncoder();
  for (const b of MAGIC) w.byte(b);
  w.u32(entries.length);
  for (const [key, body] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const k = utf8.encode(key);
    w.varint(k.length);
    w.bytes(k);
    w.varint(body.length);
    w.bytes(body);
  }
  return w.result();
}

/** Key → entry body (decoded on demand with decodeUnigram / decodeLink). */
export function decodeShard(bytes: Uint8Array): Map<string, Uint8Array> {
  const r = new ByteReader(bytes);
  const magic = r.take(4);
  if (MAGIC.some((b, i) => magic[i] !== b)) throw new Error('not a search shard (bad magic)');
  const n = r.u32();
  const utf8 = new TextDecoder();
  const map = new Map<string, Uint8Array>();
  for (let i = 0; i < n; i++) {
    const key = utf8.decode(r.take(r.varint()));
    map.set(key, r.take(r.varint()));
  }
  if (!r.done) throw new Error('search shard has trailing bytes');
  return map;
}

/** Streams of a body: all but the last are prefixed by their byte length. */
export function writeStreams(streams: readonly ByteWriter[], head: number): Uint8Array {
  const w = new ByteWriter(16);
  w.varint(head);
  streams.forEach((s, i) => {
    if (i < streams.length - 1) w.varint(s.length);
    w.bytes(s.result());
  });
  return w.result();
}

function readStreams(body: Uint8Array, count: number): { head: number; streams: ByteReader[] } {
  const r = new ByteReader(body);
  const head = r.varint();
  const streams: ByteReader[] = [];
  for (let i = 0; i < count - 1; i++) streams.push(new ByteReader(r.take(r.varint())));
  streams.push(new ByteReader(r.take(body.length - r.offset)));
  return { head, streams };
}

/** One character's articles (global positions, ascending) and its counts there. */
export interface UnigramPostings {
  positions: Uint32Array;
  counts: Uint32Array;
  /** Occurrences in the headline group (kicker, title, subtitles). */
  head: Uint32Array;
  /** Occurrences in the lead paragraph. */
  lead: Uint32Array;
}

export function decodeUnigram(body: Uint8Array, start: number): UnigramPostings {
  const { head: n, streams } = readStreams(body, 3);
  const [gaps, counts, fields] = streams as [ByteReader, ByteReader, ByteReader];
  const out: UnigramPostings = {
    positions: new Uint32Array(n),
    counts: new Uint32Array(n),
    head: new Uint32Array(n),
    lead: new Uint32Array(n),
  };
  let last = -1;
  for (let i = 0; i < n; i++) {
    last += gaps.varint() + 1;
    out.positions[i] = start + last;
    out.counts[i] = counts.varint() + 1;
    const f = fields.varint();
    // 0: neither; otherwise head and lead follow as their own varints (most articles: 0).
    if (f !== 0) {
      out.head[i] = fields.varint();
      out.lead[i] = fields.varint();
    }
  }
  if (!gaps.done || !counts.done || !fields.done)
    throw new Error('unigram entry: stream lengths disagree');
  return out;
}

/** One link's articles (global positions, ascending) and, per article, its linked ordinal pairs. */
export interface LinkPostings {
  positions: Uint32Array;
  /** Pairs of article i are [offsets[i], offsets[i + 1]). */
  offsets: Uint32Array;
  /** x-ordinals, ascending within an article. */
  xo: Uint32Array;
  /** y-ordinals paired with xo. */
  yo: Uint32Array;
}

class Growable {
  data = new Uint32Array(64);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  result(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Decodes a link entry; it needs the unigram postings of both its characters
 * (for the counts that say which sides were left out).
 */
export function decodeLink(body: Uint8Array, x: UnigramPostings, y: UnigramPostings): LinkPostings {
  const { head: n, streams } = readStreams(body, 4);
  const [idx, ks, xs, ys] = streams as [ByteReader, ByteReader, ByteReader, ByteReader];
  const refIsX = linkRefIsX(x.positions.length, y.positions.length);
  const ref = refIsX ? x : y;
  const other = refIsX ? y : x;
  const positions = new Uint32Array(n);
  const offsets = new Uint32Array(n + 1);
  const xo = new Growable();
  const yo = new Growable();
  let at = -1;
  let o = 0;
  for (let i = 0; i < n; i++) {
    at += idx.varint() + 1;
    const pos = ref.positions[at];
    if (pos === undefined) throw new Error('link entry points past its character’s postings');
    positions[i] = pos;
    while (o < other.positions.length && other.positions[o]! < pos) o++;
    if (other.positions[o] !== pos)
      throw new Error('link entry names an article without its character');
    const cx = refIsX ? ref.counts[at]! : other.counts[o]!;
    const cy = refIsX ? other.counts[o]! : ref.counts[at]!;
    const k = Math.min(cx, cy) > 1 ? ks.varint() + 1 : 1;
    readSide(xs, k, cx, xo);
    readSide(ys, k, cy, yo);
    offsets[i + 1] = xo.length;
  }
  if (!idx.done || !ks.done || !xs.done || !ys.done)
    throw new Error('link entry: stream lengths disagree');
  return { positions, offsets, xo: xo.result(), yo: yo.result() };
}

function readSide(r: ByteReader, k: number, count: number, out: Growable): void {
  if (k === count) {
    for (let j = 0; j < k; j++) out.push(j);
    return;
  }
  let last = -1;
  for (let j = 0; j < k; j++) {
    last += r.varint() + 1;
    out.push(last);
  }
}
