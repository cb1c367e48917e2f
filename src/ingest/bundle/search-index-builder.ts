/**
 * Builds the sharded search index (src/shared/search-shards.ts) while
 * articles stream in: each article's distinct tokens get its corpus position
 * appended to their posting list. Work is linear in the text.
 *
 * The tokens are exactly those of the shared tokenize() (a test holds the two
 * together); Han bigrams are keyed by number here instead of by string,
 * because this loop runs over every character of the archive.
 */
import { encodeShard, shardOf } from '../../shared/search-shards';
import { CJK, RUN } from '../../shared/tokenize';
import { PostingWriter } from '../../shared/varint';

/** Aim for shards of about this many bytes, so a query of 2–4 tokens fetches ~100 KB at most. */
const TARGET_SHARD_BYTES = 24 * 1024;
const MAX_SHARDS = 8192;
const NEEDS_NFKC = /[\u2460-\u24ff\u3300-\u33ff\uf900-\ufaff\uff00-\uffef]/u;

export class SearchIndexBuilder {
  /** Han bigram a,b → key a * 65536 + b; a lone Han character → its code. */
  private readonly han = new Map<number, PostingWriter>();
  private readonly words = new Map<string, PostingWriter>();
  private bytes = 0;

  add(position: number, texts: readonly string[]): void {
    for (const raw of texts) {
      const text = NEEDS_NFKC.test(raw) ? raw.normalize('NFKC') : raw;
      for (const match of text.matchAll(RUN)) {
        const run = match[0];
        if (!CJK.test(run)) {
          this.post(this.words, run.toLowerCase(), position);
        } else if (run.length === 1) {
          this.post(this.han, run.charCodeAt(0), position);
        } else {
          for (let i = 0; i + 1 < run.length; i++) {
            this.post(this.han, run.charCodeAt(i) * 65536 + run.charCodeAt(i + 1), position);
          }
        }
      }
    }
  }

  private post<K>(map: Map<K, PostingWriter>, key: K, position: number): void {
    let list = map.get(key);
    if (!list) {
      list = new PostingWriter();
      map.set(key, list);
    } else if (list.last === position && list.count > 0) {
      return; // already posted for this article
    }
    const before = list.writer.length;
    list.add(position);
    this.bytes += list.writer.length - before;
  }

  get tokenCount(): number {
    return this.han.size + this.words.size;
  }

  /** Shard count grows with the index so each shard stays about TARGET_SHARD_BYTES. */
  shardCount(): number {
    let n = 1;
    while (n < MAX_SHARDS && this.bytes / n > TARGET_SHARD_BYTES) n *= 2;
    return n;
  }

  /** Every token with its encoded posting list. */
  *entries(): Generator<[string, Uint8Array]> {
    for (const [key, list] of this.han) {
      const token =
        key < 65536
          ? String.fromCharCode(key)
          : String.fromCharCode(Math.floor(key / 65536), key % 65536);
      yield [token, list.writer.result()];
    }
    for (const [token, list] of this.words) yield [token, list.writer.result()];
  }

  *shards(count = this.shardCount()): Generator<{ shard: number; bytes: Uint8Array }> {
    const groups: [string, Uint8Array][][] = Array.from({ length: count }, () => []);
    for (const entry of this.entries()) groups[shardOf(entry[0], count)]!.push(entry);
    for (let shard = 0; shard < count; shard++) yield { shard, bytes: encodeShard(groups[shard]!) };
  }
}
