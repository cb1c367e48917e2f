/**
 * Conventions first met in evaluation set 4, each on a short page written for
 * this test (not the set's text), with hand-checked expectations.
 */
import { describe, expect, it } from 'vitest';
import { runPage } from './ingest-context';
import { utf8 } from './page-variants';

const run = (file: string, text: string) => runPage(file, utf8(text)).articles;

describe('column labels over commentary', () => {
  it('reads 时评 and 短评 as column labels, so the line under each is the title', () => {
    const articles = run(
      'grrb/20250401_03.txt',
      [
        '职工时评',
        '',
        '休息室不能只挂牌子',
        '',
        '　　不少单位给户外职工设了休息室，可门常常锁着。牌子挂上了，服务还得跟上。',
        '　　工会要常去看看，听听职工怎么说。',
        '■　林远',
        '',
        '短评',
        '',
        '让技能竞赛走进车间',
        '',
        '　　竞赛办在车间里，职工才能少跑路、多参与。（宋禾）',
      ].join('\n'),
    );
    expect(articles.map((a) => a.title)).toEqual(['休息室不能只挂牌子', '让技能竞赛走进车间']);
    expect(articles.map((a) => a.byline.authors)).toEqual([['林远'], ['宋禾']]);
  });
});

describe('a masthead printed over three lines', () => {
  it('takes the page name under the paper and its date as furniture, not as a headline', () => {
    const { articles, report } = runPage(
      'ldwb/0610-p05.txt',
      utf8(
        [
          '劳动午报',
          '2025年6月10日',
          '工会视窗',
          '',
          '顺义区职工书屋新添三千册图书',
          '',
          '　　近日，顺义区总工会为辖区20家职工书屋配送图书三千余册，涵盖技能、健康和文学等类别。',
        ].join('\n'),
      ),
    );
    expect(articles.map((a) => a.headlines)).toEqual([['顺义区职工书屋新添三千册图书']]);
    expect(articles[0]!.page?.name).toBe('工会视窗');
    expect(report.dropped.map((d) => d.text)).toContain('工会视窗');
  });

  it('keeps a short title over its lead as the title', () => {
    const articles = run(
      'ldwb/0611-p05.txt',
      [
        '劳动午报',
        '2025年6月11日',
        '书香满园',
        '本报讯（记者 韩冰）近日，顺义区总工会为辖区职工书屋配送图书三千余册。',
      ].join('\n'),
    );
    expect(articles.map((a) => a.title)).toEqual(['书香满园']);
  });
});

describe('website and official-account lines', () => {
  it('reads a breadcrumb with dashes above an untitled story as navigation', () => {
    const { articles, report } = runPage(
      'web/fangshan-story.txt',
      utf8(
        [
          '首页 - 基层动态',
          '',
          '　　5月12日，房山区长阳镇总工会为辖区快递员送去防暑药品和清凉饮品。',
          '　　镇总工会还在驿站添置了冰柜和微波炉。',
          '',
          '（房山区总工会）',
        ].join('\n'),
      ),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0]!.untitled).toBe(true);
    expect(articles[0]!.source).toBe('房山区总工会');
    expect(report.dropped.map((d) => d.text)).toContain('首页 - 基层动态');
  });

  it("dates a story by an official account's 原创 line and keeps the line out of the text", () => {
    const text = [
      '丰台区总工会开展职工健步走活动',
      '',
      '原创　丰台工会　2025年04月19日 08:05　北京',
      '',
      '4月18日，丰台区总工会在园博园组织职工健步走，300余名职工参加。',
    ].join('\n');
    const [article] = run('web/wx-fengtai.txt', text);
    expect(article!.title).toBe('丰台区总工会开展职工健步走活动');
    expect(article!.date).toBe('2025-04-19');
    expect(article!.dateSource).toBe('header');
    expect(article!.paragraphs).toEqual([
      '4月18日，丰台区总工会在园博园组织职工健步走，300余名职工参加。',
    ]);
  });
});

describe('an end credit naming the writer and a courtesy picture', () => {
  it('reads 文/本报记者 X　图/受访者提供 at the end as the author, out of the text', () => {
    const { articles, report } = runPage(
      'bjqnb/20250702-A05.txt',
      utf8(
        [
          '“工友读书会”开到了工地上',
          '',
          '　　7月1日，通州区台湖镇一处工地的板房里，30多名建筑工人围坐在一起，读书、分享。',
          '　　镇总工会每月送来一批新书，还请来作家和大家聊天。',
          '',
          '文/本报记者　许晴　图/受访者提供',
        ].join('\n'),
      ),
    );
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article!.byline.authors).toEqual(['许晴']);
    expect(article!.byline.photographers).toEqual([]);
    expect(article!.paragraphs).toHaveLength(2);
    expect(report.repairs.map((r) => r.detail).join('\n')).toContain('图/受访者提供');
  });
});

describe('a column break inside a headline', () => {
  const page = (head: string[]) =>
    [
      ...head,
      '',
      '本报讯（记者 高原）近日，大兴区总工会在区内新建职工之家12家，覆盖园区、商圈和建筑工地。',
    ].join('\n');

  it('joins a headline line ending in a number and its measure word to the short line after it', () => {
    const [article] = run(
      'ldwb/0805-p03.txt',
      page(['大兴区总工会新建12家', '', '', '职工之家', '覆盖园区商圈 服务职工三万余人']),
    );
    expect(article!.headlines).toEqual([
      '大兴区总工会新建12家职工之家',
      '覆盖园区商圈 服务职工三万余人',
    ]);
    expect(article!.title).toBe('大兴区总工会新建12家职工之家');
  });

  it('joins a line ending in a function word to the next', () => {
    const [article] = run(
      'ldwb/0805-p04.txt',
      page(['大兴区总工会把职工之家建在', '园区和工地上']),
    );
    expect(article!.headlines).toEqual(['大兴区总工会把职工之家建在园区和工地上']);
  });

  it('keeps a whole title and its subtitle apart', () => {
    const [article] = run(
      'ldwb/0805-p05.txt',
      page(['大兴区新建职工之家12个', '园区商圈工地全覆盖职工就近享服务']),
    );
    expect(article!.headlines).toEqual([
      '大兴区新建职工之家12个',
      '园区商圈工地全覆盖职工就近享服务',
    ]);
  });
});

describe('a city-wide story listing places as examples', () => {
  it('tags no district for places listed with 等 and one joined on after the list', () => {
    const [article] = run(
      'bjrb/2025-07-01/6.txt',
      [
        '本市新增50处职工爱心驿站',
        '',
        '　　记者从市总工会获悉，本市今年新增50处职工爱心驿站，优先设在回龙观、天通苑等人口多的社区以及城市副中心，为户外劳动者提供歇脚、饮水等服务。',
      ].join('\n'),
    );
    expect(article!.districts).toEqual([]);
  });

  it('still tags the district of a place the story happens in', () => {
    const [article] = run(
      'bjrb/2025-07-01/7.txt',
      [
        '城市副中心新建职工之家',
        '',
        '　　近日，位于城市副中心的一处职工之家投入使用，周边快递员和外卖骑手可在此休息。',
      ].join('\n'),
    );
    expect(article!.districts).toEqual(['通州区']);
  });
});

describe('an award list, then a notice', () => {
  const page = [
    '朝阳区表彰一批优秀工会工作者',
    '',
    '　　近日，朝阳区总工会对一批优秀工会工作者和先进职工之家予以表彰。部分名单如下：',
    '先进职工之家',
    '北京东坝物流有限公司工会',
    '朝阳区三里屯街道社区卫生服务中心工会',
    '优秀工会工作者',
    '赵明轩　北京望京物业服务有限公司工会主席',
    '钱雨桐　朝阳区小关社区卫生服务中心护士长',
    '　　区总工会希望受表彰的集体和个人再接再厉，带动更多职工建功立业。',
    '',
    '倡议书',
    '',
    '全市广大职工朋友们：',
    '　　汛期将至，为保障职工生命财产安全，我们发出如下倡议：',
    '　　一、关注天气预警，减少不必要的外出。',
    '　　二、发现险情及时报告，不冒险涉水。',
    '　　　　　　　　北京市总工会',
    '　　　　　　　　2025年7月1日',
  ].join('\n');

  it("keeps the list's last line in the list and starts a story at the notice's title", () => {
    const articles = run('ldwb/0702-p04.txt', page);
    expect(articles.map((a) => a.title)).toEqual(['朝阳区表彰一批优秀工会工作者', '倡议书']);
    expect(articles[0]!.paragraphs.slice(-2)).toEqual([
      '钱雨桐 朝阳区小关社区卫生服务中心护士长',
      '区总工会希望受表彰的集体和个人再接再厉，带动更多职工建功立业。',
    ]);
  });

  it("keeps the notice's salutation, signing union and date as its paragraphs", () => {
    const notice = run('ldwb/0702-p04.txt', page)[1]!;
    expect(notice.paragraphs[0]).toBe('全市广大职工朋友们：');
    expect(notice.paragraphs.slice(-2)).toEqual(['北京市总工会', '2025年7月1日']);
    expect(notice.source).toBeUndefined();
  });
});
