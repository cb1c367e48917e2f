import { describe, expect, it } from 'vitest';
import { normalizePage } from '../../src/ingest/normalize/punctuation';
import { isSiteChrome, looksLikeTitle, parseMetaLine } from '../../src/ingest/segment/classify';
import { readCredit } from '../../src/ingest/segment/credit-grammar';
import { parseCreditLine, splitTrailingCredit } from '../../src/ingest/segment/credit-lines';
import { parseLead } from '../../src/ingest/segment/leads';
import { segmentPage } from '../../src/ingest/segment/segment-page';
import { titleFromFirstSentence } from '../../src/ingest/repair/untitled';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('leads', () => {
  it.each([
    ['本报讯（记者 孟凡舒）近日，活动举行。', '本报讯', '记者 孟凡舒', '近日，活动举行。'],
    ['本报讯 近日，活动举行。', '本报讯', '', '近日，活动举行。'],
    [
      '本报北京2月10日讯（记者 冯婧）今天上午，活动举行。',
      '本报北京2月10日讯',
      '记者 冯婧',
      '今天上午，活动举行。',
    ],
    ['本报2月9日电 顺义区总工会近日送去物资。', '本报2月9日电', '', '顺义区总工会近日送去物资。'],
    [
      '中工网讯（通讯员 薛冬梅）河北省总工会近日开通热线。',
      '中工网讯',
      '通讯员 薛冬梅',
      '河北省总工会近日开通热线。',
    ],
    [
      '新华社北京2月10日电（记者 卢思远）大赛10日落幕。',
      '新华社北京2月10日电',
      '记者 卢思远',
      '大赛10日落幕。',
    ],
    [
      '工人日报-中工网记者 尹洪涛 通讯员 陶凯 近日，发布会举行。',
      '',
      '工人日报-中工网记者 尹洪涛 通讯员 陶凯',
      '近日，发布会举行。',
    ],
    ['（特约记者 庞晓宇）日前，培训举办。', '', '特约记者 庞晓宇', '日前，培训举办。'],
    ['本报讯 记者 阎立 报道 近日，比赛举行。', '本报讯', '记者 阎立', '近日，比赛举行。'],
  ])('reads %s', (text, dateline, credit, rest) => {
    expect(parseLead(text)).toMatchObject({ dateline, credit, rest });
  });

  it('takes 据X报道 as the source and 又讯 as a second item', () => {
    expect(parseLead('据《劳动报》报道，上海市总工会日前启动行动。')).toMatchObject({
      dateline: '据《劳动报》报道',
      source: '劳动报',
      rest: '上海市总工会日前启动行动。',
      strong: false,
    });
    expect(parseLead('又讯（通讯员 柴文静）驿站开设。')).toMatchObject({ continuation: true });
  });

  it('leaves text that only looks like a dateline alone', () => {
    expect(parseLead('国网北京电力公司工会近日举办培训。')).toBeNull();
    expect(parseLead('记者近日从怀柔镇总工会了解到，活动开展。')).toBeNull();
    expect(parseLead('据了解，此次培训共有80人参加。')).toBeNull();
    expect(parseLead('（上接第1版）活动继续进行。')).toBeNull();
  });
});

describe('credits', () => {
  it('reads roles, names glued to roles, and bare names by where they stand', () => {
    expect(
      readCredit('全媒体记者周建春 张晋瑜 通讯员周其华', { bare: 'reject', units: false }),
    ).toMatchObject({
      reporters: ['周建春', '张晋瑜'],
      correspondents: ['周其华'],
    });
    expect(readCredit('张衍 桂子', { bare: 'author', units: true })).toMatchObject({
      authors: ['张衍', '桂子'],
    });
    expect(readCredit('张衍 桂子', { bare: 'reject', units: false })).toBeNull();
  });

  it.each([
    ['□本报记者 邱晓楠', { kind: 'people', people: { reporters: ['邱晓楠'] } }],
    [
      '文/苗凤英 图/阚志诚',
      { kind: 'people', people: { authors: ['苗凤英'], photographers: ['阚志诚'] } },
    ],
    [
      '文·图/洪世杰',
      { kind: 'people', people: { authors: ['洪世杰'], photographers: ['洪世杰'] } },
    ],
    ['（张衍 桂子）', { kind: 'people', people: { authors: ['张衍', '桂子'] } }],
    ['（来源：东城区总工会）', { kind: 'source', source: '东城区总工会' }],
    ['来源：劳动午报', { kind: 'source', source: '劳动午报' }],
    ['（北京邮政工会）', { kind: 'source', source: '北京邮政工会' }],
    ['（据新华社）', { kind: 'source', source: '新华社' }],
    ['（责编：裴佳、晏宁）', { kind: 'editor', people: { editors: ['裴佳', '晏宁'] } }],
    ['（完）', { kind: 'end-mark' }],
    ['王小伍 摄', { kind: 'photo', report: false, people: { photographers: ['王小伍'] } }],
    ['本报记者 张明远 报道', { kind: 'people', people: { reporters: ['张明远'] } }],
    ['□本报评论员 齐思远', { kind: 'people', people: { authors: ['齐思远'] } }],
    ['新华社发', { kind: 'source', source: '新华社', released: true }],
    ['本报记者 田国垒 本报通讯员 孔国政 摄', { kind: 'photo', report: false }],
  ])('reads the credit line %s', (text, expected) => {
    expect(parseCreditLine(text)).toMatchObject(expected);
  });

  it.each([
    '记者手记',
    '全员参与拍摄',
    '（试点）',
    '（上接第1版）',
    '本报记者在现场采访',
    '走访慰问 联乡帮扶村',
  ])('does not take %s for a credit', (text) => {
    expect(parseCreditLine(text)).toBeNull();
  });

  it('splits names or a unit printed after the last sentence, never a bracket inside the text', () => {
    expect(splitTrailingCredit('与职工们亲切交谈。（张衍 桂子）')).toMatchObject({
      body: '与职工们亲切交谈。',
      credit: { kind: 'people' },
    });
    expect(splitTrailingCredit('12名选手获得称号。（北京邮政工会）')).toMatchObject({
      credit: { kind: 'source', source: '北京邮政工会' },
    });
    expect(splitTrailingCredit('共计1200人（次）')).toBeNull();
  });

  it('reads a website publication line', () => {
    expect(parseMetaLine('发布时间：2024-01-25 10:32 来源：朝阳区总工会')).toMatchObject({
      source: '朝阳区总工会',
    });
    expect(parseMetaLine('2023-07-19 作者：祁思远')).toMatchObject({ authors: ['祁思远'] });
    expect(parseMetaLine('2023年2月10日 星期五 第3版 区县工会')).toBeNull();
    expect(parseMetaLine('2月10日，全市工会启动活动。')).toBeNull();
  });
});

describe('website navigation', () => {
  it.each([
    '您所在的位置：新闻 > 工会 > 正文',
    '中国共产党新闻网>>中国工会新闻>>地方工会报道',
    '首页 > 国内新闻 > 北京新闻',
    '3上一篇  下一篇4 2024年1月30日 放大 缩小 默认',
    '扫一扫在手机上打开页面',
    '主办：劳动午报社 版权所有©2013-2024',
  ])('takes %s for navigation', (text) => {
    expect(isSiteChrome(text)).toBe(true);
  });
  it('does not take a headline or a sentence for navigation', () => {
    expect(isSiteChrome('朝阳区总工会开展职工趣味运动会')).toBe(false);
    expect(isSiteChrome('他说，收入比去年提高了10%以上。')).toBe(false);
  });
});

describe('titles and ellipses', () => {
  it('takes a short line with a comma or colon for a possible title, not a paragraph opening', () => {
    expect(looksLikeTitle('传承劳模精神，争当时代工匠')).toBe(true);
    expect(looksLikeTitle('冬奥，我们准备好了！')).toBe(true);
    expect(looksLikeTitle('据了解，此次中关村科学城')).toBe(false);
    expect(looksLikeTitle('近日，区总工会举办培训')).toBe(false);
  });

  it('titles an untitled story by its whole first sentence, never cut at a comma', () => {
    expect(titleFromFirstSentence('近日，延庆区总工会送去防寒大衣。景区职工表示感谢。')).toBe(
      '近日，延庆区总工会送去防寒大衣',
    );
    expect(
      titleFromFirstSentence(
        '近日，平谷区总工会在金海湖镇举办农民工夜校开学典礼，首期夜校招收学员80名，课程涵盖电工基础、安全生产和普通话。',
      ),
    ).toBe(
      '近日，平谷区总工会在金海湖镇举办农民工夜校开学典礼，首期夜校招收学员80名，课程涵盖电工基础、安全生产和普通话',
    );
  });

  it('cuts only a runaway first sentence (a paragraph with no sentence mark) at a clause', () => {
    const runaway = `近日，${'区总工会为职工送去慰问品，'.repeat(14)}职工表示感谢`;
    const title = titleFromFirstSentence(runaway);
    expect(Array.from(title).length).toBeLessThanOrEqual(150);
    expect(title.endsWith('慰问品')).toBe(true);
  });

  it('brings half-width ellipses back as ……', () => {
    expect(normalizePage('询问大家吃住、休息......并叮嘱.').lines[0]?.text).toBe(
      '询问大家吃住、休息……并叮嘱。',
    );
    expect(normalizePage('他说:"好的..."').lines[0]?.text).toBe('他说：“好的…”');
  });
});

describe('story boundaries', () => {
  const titles = (page: ReturnType<typeof segmentPage>) =>
    page.articles.map((a) => a.headlines.map((h) => h.text));

  it('starts a story at a headline over a dated opening after a finished story', () => {
    const page = segmentPage(
      lines(
        '石景山区总工会召开全委会',
        '本报讯（记者 甘立伟）近日，会议召开。',
        '丰台区工会驿站服务户外劳动者超十万人次',
        '近日，记者从丰台区总工会获悉，驿站去年服务10万余人次。',
      ),
      new Set(),
    );
    expect(titles(page)).toEqual([
      ['石景山区总工会召开全委会'],
      ['丰台区工会驿站服务户外劳动者超十万人次'],
    ]);
  });

  it('keeps a subheading in its story as a paragraph of its own', () => {
    const page = segmentPage(
      lines('街道工会开办托管班', '近日，托管班开班。', '精心安排课程', '老师由志愿者担任。'),
      new Set(),
    );
    expect(titles(page)).toEqual([['街道工会开办托管班']]);
    expect(page.articles[0]!.body.map((l) => [l.text, l.standalone ?? false])).toEqual([
      ['近日，托管班开班。', false],
      ['精心安排课程', true],
      ['老师由志愿者担任。', false],
    ]);
  });

  it('keeps a 又讯 item in the story above, as a new paragraph', () => {
    const page = segmentPage(
      lines('顺义区总工会送去防寒物资', '本报讯 物资送到了', '又讯', '驿站也开设了。'),
      new Set(),
    );
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.secondLeads).toHaveLength(1);
    expect(page.articles[0]!.body.at(-1)).toMatchObject({
      text: '驿站也开设了。',
      breakBefore: true,
    });
  });

  it('rejoins a lead whose credit bracket a column break cut', () => {
    const page = segmentPage(
      lines('建工集团工会走访职工', '本报讯（记者 边磊 通讯员', '王小彤）近日，走访开展。'),
      new Set(),
    );
    expect(page.articles[0]!.lead).toMatchObject({
      credit: '记者 边磊 通讯员王小彤',
      lines: [2, 3],
    });
  });
});
