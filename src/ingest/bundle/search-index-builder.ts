/**
 * Builds one segment of the exact search index (src/shared/search-index.ts)
 * while articles stream in: one pass over each article's folded text counts
 * its characters and links their ordinals, and appends one posting per
 * character and per link to growing varint streams. Work and memory are
 * linear in the text; nothing keeps the text itself.
 *
 * A segment covers the corpus positions [start, start + count): the bundle
 * writer makes one per position range, so an archive can be cut into segments
 * and a daily update rebuild only the last one.
 */
import {
  encodeShard,
  linkKey,
  linkRefIsX,
  shardOfKey,
  unigramKey,
  writeStreams,
} from '../../shared/search-index';
import { BREAK, foldedCodes } from '../../shared/search-text';
import { ByteReader, ByteWriter } from '../../shared/varint';

/** Aim for shards of about this many bytes: a phrase of m characters fetches up to 2m − 1 shards. */
const TARGET_SHARD_BYTES = 8 * 1024;
const MAX_SHARDS = 8192;

export interface SearchableArticle {
  headlines: readonly string[];
  paragraphs: readonly string[];
}

class UnigramList {
  readonly gaps = new ByteWriter(8);
  readonly counts = new ByteWriter(8);
  readonly fields = new ByteWriter(8);
  n = 0;
  last = -1;
  constructor(
    readonly code: number,
    readonly id: number,
  ) {}
}

class LinkList {
  /** Gaps between local positions; rewritten against the ref character's postings at the end. */
  readonly gaps = new ByteWriter(8);
  readonly ks = new ByteWriter(8);
  readonly xs = new ByteWriter(8);
  readonly ys = new ByteWriter(8);
  n = 0;
  last = -1;
  constructor(
    readonly x: UnigramList,
    readonly y: UnigramList,
    readonly junction: boolean,
  ) {}
}

/** A typed array that grows, for per-article scratch space indexed by dense ids. */
function grow(a: Int32Array, size: number, fill: number): Int32Array {
  if (size <= a.length) return a;
  const bigger = new Int32Array(Math.max(size, a.length * 2)).fill(fill);
  bigger.set(a);
  return bigger;
}

/** Link id by (x id, y id, across a break): open addressing on typed arrays, as a Map of numbers is slow here. */
class LinkTable {
  private hi = new Int32Array(1024).fill(-1);
  private lo = new Int32Array(1024);
  private ids = new Int32Array(1024);
  size = 0;

  private slot(hi: number, lo: number): number {
    const mask = this.hi.length - 1;
    let i = (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b)) & mask;
    while (this.hi[i] !== -1 && (this.hi[i] !== hi || this.lo[i] !== lo)) i = (i + 1) & mask;
    return i;
  }

  /** The id stored for the key, or −1 with the key claimed for `next` (the caller's new id). */
  getOrAdd(x: number, y: number, junction: boolean, next: number): number {
    const hi = x * 2 + (junction ? 1 : 0);
    const i = this.slot(hi, y);
    if (this.hi[i] !== -1) return this.ids[i]!;
    this.hi[i] = hi;
    this.lo[i] = y;
    this.ids[i] = next;
    if (++this.size * 2 > this.hi.length) this.rehash();
    return -1;
  }

  private rehash(): void {
    const { hi, lo, ids } = this;
    this.hi = new Int32Array(hi.length * 2).fill(-1);
    this.lo = new Int32Array(hi.length * 2);
    this.ids = new Int32Array(hi.length * 2);
    for (let i = 0; i < hi.length; i++) {
      if (hi[i] === -1) continue;
      const j = this.slot(hi[i]!, lo[i]!);
      this.hi[j] = hi[i]!;
      this.lo[j] = lo[i]!;
      this.ids[j] = ids[i]!;
    }
  }
}

export class SearchSegmentBuilder {
  /** Characters by dense id (ids in order of first appearance), and the id of each code point. */
  private readonly unigrams: UnigramList[] = [];
  /** id + 1 by BMP code point (0: none yet); other code points in the map. */
  private readonly bmpIds = new Int32Array(0x10000);
  private readonly astralIds = new Map<number, number>();
  private readonly links: LinkList[] = [];
  private readonly linkIds = new LinkTable();
  private bytes = 0;
  private lastLocal = -1;
  count = 0;

  // Per-article scratch, reset through the touched lists.
  private readonly codes: number[] = [];
  private charCount: Int32Array = new Int32Array(256);
  private charHead: Int32Array = new Int32Array(256);
  private charLead: Int32Array = new Int32Array(256);
  private readonly touchedChars: number[] = [];
  private linkFirst: Int32Array = new Int32Array(256).fill(-1);
  private linkLast: Int32Array = new Int32Array(256).fill(-1);
  private readonly touchedLinks: number[] = [];
  private occNext: Int32Array = new Int32Array(1024);
  private occX: Int32Array = new Int32Array(1024);
  private occY: Int32Array = new Int32Array(1024);

  constructor(readonly start: number) {}

  private charId(code: number): number {
    let id = code < 0x10000 ? this.bmpIds[code]! - 1 : (this.astralIds.get(code) ?? -1);
    if (id < 0) {
      id = this.unigrams.length;
      if (code < 0x10000) this.bmpIds[code] = id + 1;
      else this.astralIds.set(code, id);
      this.unigrams.push(new UnigramList(code, id));
      this.charCount = grow(this.charCount, id + 1, 0);
      this.charHead = grow(this.charHead, id + 1, 0);
      this.charLead = grow(this.charLead, id + 1, 0);
    }
    return id;
  }

  private linkId(x: number, y: number, junction: boolean): number {
    let id = this.linkIds.getOrAdd(x, y, junction, this.links.length);
    if (id < 0) {
      id = this.links.length;
      this.links.push(new LinkList(this.unigrams[x]!, this.unigrams[y]!, junction));
      this.linkFirst = grow(this.linkFirst, id + 1, -1);
      this.linkLast = grow(this.linkLast, id + 1, -1);
    }
    return id;
  }

  /** Adds the article at corpus `position`; positions must come in ascending order. */
  add(position: number, article: SearchableArticle): void {
    const local = position - this.start;
    if (local < 0 || local <= this.lastLocal)
      throw new Error(`search segment from ${this.start}: position ${position} out of order`);
    this.lastLocal = local;
    this.count = local + 1;

    const { codes, touchedChars, touchedLinks } = this;
    let occurrences = 0;
    const strings = [...article.headlines, ...article.paragraphs];
    for (let s = 0; s < strings.length; s++) {
      const field = s < article.headlines.length ? 1 : s === article.headlines.length ? 2 : 0;
      codes.length = 0;
      foldedCodes(strings[s]!, codes);
      if (occurrences + codes.length > this.occNext.length) {
        const size = (occurrences + codes.length) * 2;
        this.occNext = grow(this.occNext, size, 0);
        this.occX = grow(this.occX, size, 0);
        this.occY = grow(this.occY, size, 0);
      }
      let prev = -1;
      let prevOrd = 0;
      let junction = false;
      for (let i = 0; i < codes.length; i++) {
        const code = codes[i]!;
        if (code === BREAK) {
          junction = true;
          continue;
        }
        const c = this.charId(code);
        const ord = this.charCount[c]!;
        if (ord === 0) touchedChars.push(c);
        this.charCount[c] = ord + 1;
        if (field === 1) this.charHead[c]!++;
        else if (field === 2) this.charLead[c]!++;
        if (prev >= 0) {
          const l = this.linkId(prev, c, junction);
          const o = occurrences++;
          this.occX[o] = prevOrd;
          this.occY[o] = ord;
          this.occNext[o] = -1;
          if (this.linkFirst[l] === -1) {
            this.linkFirst[l] = o;
            touchedLinks.push(l);
          } else this.occNext[this.linkLast[l]!] = o;
          this.linkLast[l] = o;
        }
        prev = c;
        prevOrd = ord;
        junction = false;
      }
    }

    for (const c of touchedChars) {
      const list = this.unigrams[c]!;
      const before = list.gaps.length + list.counts.length + list.fields.length;
      list.gaps.varint(local - list.last - 1);
      list.last = local;
      list.n++;
      list.counts.varint(this.charCount[c]! - 1);
      const h = this.charHead[c]!;
      const l = this.charLead[c]!;
      if (h === 0 && l === 0) list.fields.varint(0);
      else {
        list.fields.varint(1);
        list.fields.varint(h);
        list.fields.varint(l);
      }
      this.bytes += list.gaps.length + list.counts.length + list.fields.length - before;
    }
    for (const id of touchedLinks) {
      const list = this.links[id]!;
      const before = list.gaps.length + list.ks.length + list.xs.length + list.ys.length;
      list.gaps.varint(local - list.last - 1);
      list.last = local;
      list.n++;
      let k = 0;
      for (let o = this.linkFirst[id]!; o !== -1; o = this.occNext[o]!) k++;
      const cx = this.charCount[list.x.id]!;
      const cy = this.charCount[list.y.id]!;
      if (Math.min(cx, cy) > 1) list.ks.varint(k - 1);
      if (k < cx) this.writeOrdinals(list.xs, id, this.occX);
      if (k < cy) this.writeOrdinals(list.ys, id, this.occY);
      this.bytes += list.gaps.length + list.ks.length + list.xs.length + list.ys.length - before;
      this.linkFirst[id] = -1;
    }
    for (const c of touchedChars) {
      this.charCount[c] = 0;
      this.charHead[c] = 0;
      this.charLead[c] = 0;
    }
    touchedChars.length = 0;
    touchedLinks.length = 0;
  }

  /**
   * Appends a later range's index, built on its own: what a block of segments
   * needs without indexing their text again. The result equals a builder fed
   * the same articles (ids in order of first appearance, streams concatenated
   * with the first gap rebased, the same byte count and so shard count).
   */
  append(other: SearchSegmentBuilder): void {
    const offset = other.start - this.start;
    if (offset < this.count)
      throw new Error(
        `search segment from ${this.start}: cannot append ${other.start}, it overlaps`,
      );
    const ids = new Int32Array(other.unigrams.length);
    for (const u of other.unigrams) {
      const mine = this.unigrams[(ids[u.id] = this.charId(u.code))]!;
      this.bytes += appendGaps(mine, u, offset);
      for (const [to, from] of [
        [mine.counts, u.counts],
        [mine.fields, u.fields],
      ] as const) {
        to.bytes(from.result());
        this.bytes += from.length;
      }
      mine.n += u.n;
    }
    for (const l of other.links) {
      const mine = this.links[this.linkId(ids[l.x.id]!, ids[l.y.id]!, l.junction)]!;
      this.bytes += appendGaps(mine, l, offset);
      for (const [to, from] of [
        [mine.ks, l.ks],
        [mine.xs, l.xs],
        [mine.ys, l.ys],
      ] as const) {
        to.bytes(from.result());
        this.bytes += from.length;
      }
      mine.n += l.n;
    }
    if (other.count > 0) {
      this.lastLocal = offset + other.lastLocal;
      this.count = offset + other.count;
    }
  }

  private writeOrdinals(w: ByteWriter, link: number, ordinals: Int32Array): void {
    let last = -1;
    for (let o = this.linkFirst[link]!; o !== -1; o = this.occNext[o]!) {
      w.varint(ordinals[o]! - last - 1);
      last = ordinals[o]!;
    }
  }

  /** Distinct characters and links indexed. */
  get entryCount(): number {
    return this.unigrams.length + this.links.length;
  }

  /** Shard count grows with the index so each shard stays about TARGET_SHARD_BYTES. */
  shardCount(): number {
    let n = 1;
    while (n < MAX_SHARDS && this.bytes / n > TARGET_SHARD_BYTES) n *= 2;
    return n;
  }

  /** The segment's shard files, one at a time (only one shard's entries are encoded at once). */
  *shards(count = this.shardCount()): Generator<{ shard: number; bytes: Uint8Array }> {
    const unigramsIn: UnigramList[][] = Array.from({ length: count }, () => []);
    const linksIn: LinkList[][] = Array.from({ length: count }, () => []);
    for (const uni of this.unigrams) unigramsIn[shardOfKey(unigramKey(uni.code), count)]!.push(uni);
    for (const link of this.links)
      linksIn[shardOfKey(linkKey(link.x.code, link.y.code, link.junction), count)]!.push(link);

    // A link's articles are indices into its ref character's postings: decode each character's
    // once (a common one is the ref of thousands of links; in a block of 32k articles, decoding it per
    // link made writing the shards quadratic).
    const positions = new Map<UnigramList, Uint32Array>();
    const positionsOf = (list: UnigramList) => {
      let p = positions.get(list);
      if (!p) positions.set(list, (p = localPositions(list)));
      return p;
    };
    for (let shard = 0; shard < count; shard++) {
      const entries: [string, Uint8Array][] = [];
      for (const uni of unigramsIn[shard]!)
        entries.push([
          unigramKey(uni.code),
          writeStreams([uni.gaps, uni.counts, uni.fields], uni.n),
        ]);
      for (const link of linksIn[shard]!) {
        const ref = linkRefIsX(link.x.n, link.y.n) ? link.x : link.y;
        entries.push([
          linkKey(link.x.code, link.y.code, link.junction),
          writeStreams([relativeTo(positionsOf(ref), link), link.ks, link.xs, link.ys], link.n),
        ]);
      }
      yield { shard, bytes: encodeShard(entries) };
    }
  }
}

/** Appends another list's gaps, its first one rebased by `offset`; returns the bytes added. */
function appendGaps(
  mine: { gaps: ByteWriter; last: number },
  other: { gaps: ByteWriter; last: number; n: number },
  offset: number,
): number {
  if (other.n === 0) return 0;
  const r = new ByteReader(other.gaps.result());
  const before = mine.gaps.length;
  mine.gaps.varint(offset + r.varint() - mine.last - 1);
  mine.gaps.bytes(r.bytes.subarray(r.offset));
  mine.last = offset + other.last;
  return mine.gaps.length - before;
}

/** The first index ≥ from whose value is ≥ target (galloping: links skip far in common characters). */
function lowerBound(sorted: Uint32Array, target: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < sorted.length && sorted[hi]! < target) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, sorted.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (sorted[mid]! < target) from = mid + 1;
    else hi = mid;
  }
  return from;
}

function localPositions(list: UnigramList): Uint32Array {
  const r = new ByteReader(list.gaps.result());
  const out = new Uint32Array(list.n);
  let last = -1;
  for (let i = 0; i < list.n; i++) out[i] = last += r.varint() + 1;
  return out;
}

/** A link's articles as gaps between indices into its ref character's postings. */
function relativeTo(refPositions: Uint32Array, link: LinkList): ByteWriter {
  const r = new ByteReader(link.gaps.result());
  const w = new ByteWriter(8);
  let pos = -1;
  let at = 0;
  let lastAt = -1;
  for (let i = 0; i < link.n; i++) {
    pos += r.varint() + 1;
    at = lowerBound(refPositions, pos, at);
    w.varint(at - lastAt - 1);
    lastAt = at;
  }
  return w;
}
