import { describe, expect, test } from 'vitest';
import { phraseRanges } from '../../src/app/search/phrase-ranges';
import { analyzeQuery } from '../../src/app/search/search-engine';
import { matchQuery, shardsFor, type DecodedShard } from '../../src/app/search/search-match';
import { decodeShard, encodeShard, shardOf } from '../../src/shared/search-shards';
import { tokenize } from '../../src/shared/tokenize';
import { PostingWriter } from '../../src/shared/varint';

// Indexed as the ingest does: NFKC text of headlines and paragraphs, one posting per token.
const docs = [
  ['全国总工会赴门头沟调研“县级工会加强年”专项工作', '近日，全国总工会到门头沟调研。'],
  // 门头 and 头沟 both occur, but never as 门头沟.
  ['老街门头换新颜', '商铺门头统一更换。山头沟里的村民前来参观。'],
  ['大兴区职工知识竞赛决赛开赛', '活动在北京工会１２３５１平台开启，ＡＰＰ同步直播。2023年'],
  ['天桥街道总工会2000余份礼包送职工', '本年度送温暖活动中，该街道总工会线上线下相结合。'],
  // 知识 and 竞赛 apart.
  ['职工学习新知识', '技能竞赛同日举行。'],
];
const SHARDS = 3;

function buildShards(): Map<number, DecodedShard> {
  const postings = new Map<string, PostingWriter>();
  docs.forEach((texts, position) => {
    const seen = new Set(texts.flatMap((t) => tokenize(t.normalize('NFKC'))));
    for (const token of seen) {
      if (!postings.has(token)) postings.set(token, new PostingWriter());
      postings.get(token)!.add(position);
    }
  });
  const groups: [string, Uint8Array][][] = Array.from({ length: SHARDS }, () => []);
  for (const [token, w] of postings)
    groups[shardOf(token, SHARDS)]!.push([token, w.writer.result()]);
  // Through the real file format.
  return new Map(groups.map((g, n) => [n, decodeShard(encodeShard(g))]));
}
const shards = buildShards();
const search = (q: string) => [...matchQuery(analyzeQuery(q).tokens, shards, SHARDS)];

describe('sharded search', () => {
  test('知识竞赛, 总工会 and 送温暖 find what they should', () => {
    expect(search('知识竞赛')).toEqual([2]);
    expect(search('总工会')).toEqual([0, 3]);
    expect(search('送温暖')).toEqual([3]);
  });

  test('several phrases must all occur', () => {
    expect(search('总工会 调研')).toEqual([0]);
    expect(search('总工会 礼包')).toEqual([3]);
    expect(search('总工会 知识竞赛')).toEqual([]);
  });

  test('full-width digits and Latin letters match their ASCII forms; numbers next to Han stay whole', () => {
    expect(search('12351')).toEqual([2]);
    expect(search('app')).toEqual([2]);
    expect(search('12351平台')).toEqual([2]);
    expect(search('2023年')).toEqual([2]);
  });

  test('trade-off: all bigrams must occur, not necessarily next to each other', () => {
    // 门头沟 is 门头 + 头沟: story 1 has both apart and matches too (ADR 0005).
    expect(search('门头沟')).toEqual([0, 1]);
    // But 知识竞赛 also needs 识竞, which only the real phrase has.
    expect(search('知识竞赛')).toEqual([2]);
  });

  test('a single Han character cannot be searched; punctuation alone is no query', () => {
    expect(analyzeQuery('沟')).toEqual({ phrases: ['沟'], tokens: [], tooShort: ['沟'] });
    expect(analyzeQuery('总工会 沟').tooShort).toEqual(['沟']);
    expect(analyzeQuery('，。').phrases).toEqual([]);
    expect(analyzeQuery('   ').phrases).toEqual([]);
    // A lone Han character next to a number is dropped, the number is searched.
    expect(analyzeQuery('5月').tokens).toEqual([['5']]);
  });

  test('a query needs only the shards its tokens hash to', () => {
    const { tokens } = analyzeQuery('知识竞赛');
    const needed = shardsFor(tokens, 64);
    expect(needed).toEqual(
      [...new Set(tokens.flat().map((t) => shardOf(t, 64)))].sort((a, b) => a - b),
    );
    expect(needed.length).toBeLessThanOrEqual(3);
  });

  test('a token missing from its shard matches nothing', () => {
    expect(search('火星探测')).toEqual([]);
  });
});

describe('phraseRanges', () => {
  test('maps matches in normalised text back to the original offsets', () => {
    const text = '北京工会１２３５１平台';
    const [range] = phraseRanges(text, ['12351']);
    expect(range).toBeDefined();
    expect(text.slice(range![0], range![1])).toBe('１２３５１');
  });

  test('merges overlapping matches of several phrases', () => {
    expect(phraseRanges('门头沟区总工会', ['门头沟', '沟区', '工会'])).toEqual([
      [0, 4],
      [5, 7],
    ]);
  });

  test('finds nothing for no phrases', () => {
    expect(phraseRanges('门头沟', [])).toEqual([]);
  });
});
