import { describe, expect, test } from 'vitest';
import {
  buildSearchIndex,
  loadSearchIndex,
  phraseRanges,
  searchArticles,
  searchablePhrases,
  type SearchDoc,
  type SearchText,
} from '../../src/shared/search-index';
import { tokenize } from '../../src/shared/tokenize';

const docs: SearchDoc[] = [
  {
    id: 'mentougou',
    title: '全国总工会赴门头沟调研“县级工会加强年”专项工作',
    headlines: ['全国总工会赴门头沟调研“县级工会加强年”专项工作'],
    paragraphs: ['近日，全国总工会到门头沟调研。', '门头沟区总工会不断强化党的领导。'],
  },
  {
    // 门头 and 头沟 both occur, but never as 门头沟.
    id: 'apart',
    headlines: ['老街门头换新颜'],
    paragraphs: ['商铺门头统一更换。', '山头沟里的村民前来参观。'],
  },
  {
    id: 'quiz',
    title: '大兴区职工知识竞赛决赛开赛',
    headlines: ['大兴区职工知识竞赛决赛开赛'],
    paragraphs: [
      '本次职工知识竞赛设初赛、复赛、决赛三部分。',
      '活动在北京工会１２３５１平台开启，ＡＰＰ同步直播。',
    ],
  },
  {
    id: 'warmth',
    headlines: ['天桥街道总工会2000余份礼包送职工'],
    paragraphs: ['本年度送温暖活动中，该街道总工会采用线上线下相结合的方式。'],
  },
  {
    // 知识 and 竞赛 apart: must not match 知识竞赛.
    id: 'apart-quiz',
    headlines: ['职工学习新知识'],
    paragraphs: ['技能竞赛同日举行。'],
  },
];

const index = loadSearchIndex(buildSearchIndex(docs));
const fullTexts = new Map<string, SearchText>(
  docs.map((d) => [d.id, { headlines: d.headlines, paragraphs: d.paragraphs }]),
);
const ids = (q: string, texts = fullTexts) =>
  searchArticles(index, q, texts)
    .map((h) => h.id)
    .sort();

describe('search index', () => {
  test('门头沟 finds the 门头沟 story but not one with 门头 and 头沟 apart', () => {
    expect(ids('门头沟')).toEqual(['mentougou']);
    expect(ids('门头')).toEqual(['apart', 'mentougou']);
  });

  test('知识竞赛 finds the quiz, not a story with 知识 and 竞赛 in different places', () => {
    expect(ids('知识竞赛')).toEqual(['quiz']);
  });

  test('总工会 and 送温暖 find what they should', () => {
    expect(ids('总工会')).toEqual(['mentougou', 'quiz', 'warmth'].filter((id) => id !== 'quiz'));
    expect(ids('送温暖')).toEqual(['warmth']);
  });

  test('several phrases must all occur', () => {
    expect(ids('总工会 调研')).toEqual(['mentougou']);
    expect(ids('总工会 礼包')).toEqual(['warmth']);
    expect(ids('总工会 知识竞赛')).toEqual([]);
  });

  test('full-width digits and Latin letters match their ASCII forms, case-insensitively', () => {
    expect(ids('12351')).toEqual(['quiz']);
    expect(ids('app')).toEqual(['quiz']);
    expect(ids('12351平台')).toEqual(['quiz']);
  });

  test('a single character is found by scanning, and punctuation alone finds nothing', () => {
    expect(ids('沟')).toEqual(['apart', 'mentougou']);
    expect(ids('，。')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  test('titles rank above body-only matches', () => {
    const hits = searchArticles(index, '门头', fullTexts);
    expect(hits[0]?.id).toBe('mentougou');
  });

  test('without the body, a match that only the body could confirm is kept as unverified', () => {
    const headlinesOnly = new Map<string, SearchText>(
      docs.map((d) => [d.id, { headlines: d.headlines }]),
    );
    const hits = searchArticles(index, '门头沟', headlinesOnly);
    expect(hits.find((h) => h.id === 'mentougou')?.verified).toBe(true);
    expect(hits.find((h) => h.id === 'apart')?.verified).toBe(false);
    // Once the body is there, the false match is dropped.
    expect(ids('门头沟')).toEqual(['mentougou']);
  });

  test('the index and the query are cut by the same tokenizer', () => {
    expect(tokenize('门头沟')).toEqual(['门头', '头沟']);
    expect(searchablePhrases(' 知识竞赛　门头沟 ')).toEqual(['知识竞赛', '门头沟']);
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
