import { beforeAll, describe, expect, it } from 'vitest';
import {
  createFacetExtractor,
  type FacetInput,
  type Facets,
} from '../../../src/ingest/extract/extract-facets';

let extract: (input: FacetInput) => Facets;
beforeAll(() => {
  extract = createFacetExtractor();
});

const unionsIn = (...paragraphs: string[]) => extract({ headlines: ['标题'], paragraphs }).unions;
const refsIn = (...paragraphs: string[]) => extract({ headlines: ['标题'], paragraphs }).unionRefs;

describe('canonical union names and levels', () => {
  it('normalises the municipal and national federations', () => {
    expect(refsIn('市总工会党组成员出席。北京市总工会主办。全国总工会调研组到场。')).toEqual([
      { name: '北京市总工会', level: 'municipal', mentions: ['市总工会', '北京市总工会'] },
      { name: '中华全国总工会', level: 'national', mentions: ['全国总工会'] },
    ]);
  });

  it('reads 中国X工会 as an industry union, but not 中国工会 alone', () => {
    expect(refsIn('近日，由中国能源化学地质工会、中国职工技术协会联合主办的竞赛举行。')).toEqual([
      { name: '中国能源化学地质工会', level: 'industry', mentions: ['中国能源化学地质工会'] },
    ]);
    expect(
      unionsIn(
        '深入学习贯彻党的二十大精神、中国工会十八大精神。推动党的二十大精神和中国工会十八大精神深入基层。',
      ),
    ).toEqual([]);
  });

  it('turns X区工会 and X区总工会 into X区总工会', () => {
    expect(refsIn('西城区总工会主办。西城区工会按照工作思路开展工作。')).toEqual([
      { name: '西城区总工会', level: 'district', mentions: ['西城区总工会', '西城区工会'] },
    ]);
  });

  it('gives a bare 区总工会 the district the article is about', () => {
    expect(
      unionsIn('近日，大兴区举办竞赛。大兴区人大常委会副主任，区总工会主席李达讲话。'),
    ).toEqual(['大兴区总工会']);
    expect(unionsIn('区总工会主席讲话。')).toEqual([]);
  });

  it('prefixes street and town unions with their district, keeping the printed name', () => {
    expect(unionsIn('金盏地区总工会工作人员来到园区。')).toEqual(['朝阳区金盏地区总工会']);
    expect(unionsIn('记者近日从怀柔镇总工会了解到。')).toEqual(['怀柔区怀柔镇总工会']);
    expect(unionsIn('同时，门头沟区大峪街道总工会介绍了做法。')).toEqual([
      '门头沟区大峪街道总工会',
    ]);
    expect(refsIn('密云太师屯镇总工会举办招聘会。')).toEqual([
      { name: '密云区太师屯镇总工会', level: 'street', mentions: ['密云太师屯镇总工会'] },
    ]);
  });

  it('resolves an ambiguous street union against the article’s district', () => {
    expect(
      unionsIn('朝阳区举办博览会，朝阳区各单位参加。', '会上，八里庄街道总工会作交流发言。'),
    ).toEqual(['朝阳区八里庄街道总工会']);
  });

  it('keeps an area union the gazetteer does not know as printed', () => {
    expect(refsIn('海淀区科学技术协会、中关村科学城总工会承办。')).toEqual([
      { name: '中关村科学城总工会', level: 'street', mentions: ['中关村科学城总工会'] },
    ]);
  });

  it('names enterprise unions as printed, with a leading 市 read as 北京市', () => {
    expect(refsIn('近日，市自来水集团工会召开座谈会。')).toEqual([
      { name: '北京市自来水集团工会', level: 'enterprise', mentions: ['市自来水集团工会'] },
    ]);
    expect(unionsIn('会上，美团企业工会作典型发言。')).toEqual(['美团企业工会']);
  });

  it('reads a union outside Beijing as printed', () => {
    expect(refsIn('福建省总工会主办。')).toEqual([
      { name: '福建省总工会', level: 'municipal', mentions: ['福建省总工会'] },
    ]);
  });

  it('folds a headline’s short X工会 into the fuller X总工会 the text prints', () => {
    const facets = extract({
      headlines: ['无锡高新区工会为快递小哥办技能比武'],
      paragraphs: [
        '近日，江苏无锡高新区总工会举办快递从业人员技能比武，120名快递小哥参加分拣、打包等项目的比拼。',
      ],
    });
    expect(facets.unions).toEqual(['江苏无锡高新区总工会']);
    expect(facets.districts).toEqual([]);
  });
});

describe('name boundaries', () => {
  it('starts a name after a verb or preposition', () => {
    expect(
      unionsIn(
        '在北京慈爱嘉养老服务有限公司，评价组一行随行听取慈爱嘉工会和慈爱嘉培训学校相关负责人的介绍。',
      ),
    ).toEqual(['慈爱嘉工会']);
  });

  it('ends a name at 工会 whatever follows', () => {
    expect(unionsIn('市总工会职工服务中心承办。')).toEqual(['北京市总工会']);
    expect(unionsIn('石景山区总工会职工合唱团登台。')).toEqual(['石景山区总工会']);
  });

  it('does not cut a place name at a character that is also a conjunction', () => {
    expect(unionsIn('会上，和平里街道总工会作交流发言。')).toEqual(['东城区和平里街道总工会']);
  });

  it('does not take prose before 工会 for a name', () => {
    expect(unionsIn('用涓滴善行汇聚工会大爱。', '介绍了医院过去几年来工会工作开展情况。')).toEqual(
      [],
    );
  });
});

describe('generic mentions are not unions', () => {
  it.each([
    '全区各级工会要站在更高的起点上。',
    '促使基层工会建起来。',
    '推动区级工会实现目标。',
    '区级工会和各镇街工会要高度重视。',
    '据该镇总工会相关负责人介绍。',
    '本活动中，该街道总工会准备了礼包。',
    '下一步，地区总工会将继续工作。',
    '随后，该地区工会工作人员来到园区。',
    '于洪满表示，公司工会将尽全力帮助职工。',
    '在集团各级工会坚持全覆盖。',
    '座谈会上，各单位工会结合履行情况作介绍。',
    '市总工会对口联系街道总工会代表参加调研。',
    '按照市、区总工会的工作部署开展工作。',
    '实现对全区镇街总工会的对口联系全覆盖。',
    '职工积极加入工会。北京市工会系统开展工作。在北京工会12351职工服务平台上开启。',
    '阐述了医院工会工作面临的挑战。',
    '工会经费怎么花？',
    '街道先后组建了3个楼宇工会联合会和1个行业工会联合会。',
    '今年以来，镇里新建企业工会9家，发展会员400余名。',
    '园区新成立的工会将为快递员提供服务。',
  ])('%s', (text) => {
    const names = unionsIn(text);
    expect(names.filter((n) => n !== '北京市总工会')).toEqual([]);
  });
});

describe('short enterprise names', () => {
  it('merges a short form into the longer name it abbreviates', () => {
    expect(
      extract({
        headlines: ['友谊医院工会召开第八届会员代表大会'],
        paragraphs: [
          '近日，北京友谊医院工会召开第八届会员代表大会。友谊医院党委委员代表友谊医院工会第七届委员会作工作报告。',
        ],
      }).unionRefs,
    ).toEqual([
      {
        name: '北京友谊医院工会',
        level: 'enterprise',
        mentions: ['友谊医院工会', '北京友谊医院工会'],
      },
    ]);
    expect(
      extract({
        headlines: ['建工装饰工会将贴心关爱送进项目部'],
        paragraphs: ['近日，北京建工装饰集团工会组织开展走访慰问系列活动。'],
      }).unions,
    ).toEqual(['北京建工装饰集团工会']);
  });

  it('keeps a parent and its branch apart', () => {
    expect(
      unionsIn('近日，北京公交集团工会和北京公交集团北巴传媒公司机关工会开展活动。').sort(),
    ).toEqual(['北京公交集团北巴传媒公司机关工会', '北京公交集团工会'].sort());
  });

  it('drops a short name the article never names as an organisation', () => {
    expect(unionsIn('随行听取慈爱嘉工会的介绍。')).toEqual([]);
  });
});
