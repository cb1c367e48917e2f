/**
 * The search index builder on the seed articles: what it stores per character
 * and per link is what the text says (counts, headline and lead occurrences,
 * linked ordinals), read back through the shared decoders.
 */
import { describe, expect, it } from 'vitest';
import { SearchSegmentBuilder } from '../../src/ingest/bundle/search-index-builder';
import {
  decodeLink,
  decodeShard,
  decodeUnigram,
  linkKey,
  shardOfKey,
  unigramKey,
} from '../../src/shared/search-index';
import { expectedFor, seedFiles } from './seed-fixtures';

const articles = seedFiles().flatMap((f) => expectedFor(f).articles);
const START = 1000;
const builder = new SearchSegmentBuilder(START);
articles.forEach((a, i) => builder.add(START + i, a));
const count = builder.shardCount();
const shards = new Map([...builder.shards(count)].map((s) => [s.shard, decodeShard(s.bytes)]));
const entry = (key: string) => shards.get(shardOfKey(key, count))?.get(key);
const code = (c: string) => c.codePointAt(0)!;

describe('search segment builder', () => {
  it('stores, per character, its articles (global positions) with counts in the whole text, headlines and lead', () => {
    const u = decodeUnigram(entry(unigramKey(code('沟')))!, START);
    const texts = articles.map((a) => [...a.headlines, ...a.paragraphs]);
    const expected = texts.flatMap((t, i) => (t.join('\n').includes('沟') ? [START + i] : []));
    expect([...u.positions]).toEqual(expected);
    u.positions.forEach((p, k) => {
      const a = articles[p - START]!;
      const n = (ss: string[]) => ss.join('\n').split('沟').length - 1;
      expect(u.counts[k]).toBe(n([...a.headlines, ...a.paragraphs]));
      expect(u.head[k]).toBe(n(a.headlines));
      expect(u.lead[k]).toBe(n(a.paragraphs.slice(0, 1)));
    });
  });

  it('folds full-width forms and case, and links characters across punctuation', () => {
    const one = new SearchSegmentBuilder(0);
    one.add(0, { headlines: ['ＡＰＰ上线'], paragraphs: ['北京工会１２３５１平台，职工APP。'] });
    const only = new Map([...one.shards(1)].map((s) => [s.shard, decodeShard(s.bytes)]));
    const keys = [...only.get(0)!.keys()];
    expect(keys).toContain('a');
    expect(keys).toContain('pp');
    expect(keys).toContain('12');
    expect(keys).toContain('1平');
    expect(keys).toContain('台 职'); // across the comma
    expect(keys.some((k) => /[Ａ-Ｚ１-９，。]/.test(k))).toBe(false);
  });

  it('links the ordinals of characters that follow each other', () => {
    const one = new SearchSegmentBuilder(0);
    // 工 occurs three times: 工会 twice (ordinals 0 and 2), 工人 once (ordinal 1).
    one.add(0, { headlines: [], paragraphs: ['工会与工人，工会。'] });
    const s = new Map([...one.shards(1)].map((x) => [x.shard, decodeShard(x.bytes)])).get(0)!;
    const u = (c: string) => decodeUnigram(s.get(unigramKey(code(c)))!, 0);
    const huihui = decodeLink(s.get(linkKey(code('工'), code('会'), false))!, u('工'), u('会'));
    expect([...huihui.xo]).toEqual([0, 2]);
    expect([...huihui.yo]).toEqual([0, 1]);
    const ren = decodeLink(s.get(linkKey(code('工'), code('人'), false))!, u('工'), u('人'));
    expect([...ren.xo]).toEqual([1]);
    expect([...ren.yo]).toEqual([0]);
  });

  it('appends segments built on their own into a block equal, byte for byte, to one built from the articles', () => {
    // Three ranges with a gap of positions between the last two, as segments of a block.
    const cuts = [START, START + 7, START + 20, START + articles.length + 5];
    const parts = cuts.slice(0, -1).map((start) => new SearchSegmentBuilder(start));
    const whole = new SearchSegmentBuilder(START);
    articles.forEach((a, i) => {
      const p = START + i + (i >= 20 ? 5 : 0);
      whole.add(p, a);
      parts[cuts.findLastIndex((c) => c <= p)]!.add(p, a);
    });
    const block = new SearchSegmentBuilder(START);
    for (const part of parts) block.append(part);
    expect(block.count).toBe(whole.count);
    expect(block.shardCount()).toBe(whole.shardCount());
    const files = (b: SearchSegmentBuilder) => [...b.shards(16)].map((s) => Buffer.from(s.bytes));
    expect(files(block)).toEqual(files(whole));
    expect(() => parts[0]!.append(parts[0]!)).toThrow(/overlaps/);
  });

  it('refuses positions out of order, which would corrupt the postings', () => {
    const b = new SearchSegmentBuilder(10);
    b.add(12, articles[0]!);
    expect(() => b.add(11, articles[1]!)).toThrow(/out of order/);
    expect(() => b.add(9, articles[1]!)).toThrow(/out of order/);
  });
});
