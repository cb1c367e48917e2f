import { beforeAll, describe, expect, it } from 'vitest';
import { createFacetExtractor, type FacetInput } from '../../../src/ingest/extract/extract-facets';

let extract: (input: FacetInput) => { districts: string[] };
beforeAll(() => {
  extract = createFacetExtractor();
});

const districtsOf = (headlines: string[], ...paragraphs: string[]) =>
  extract({ headlines, paragraphs }).districts;

describe('districts an article is about', () => {
  it('returns [] when no Beijing place is named', () => {
    expect(
      districtsOf(
        ['友谊医院工会召开第八届会员代表大会'],
        '近日，北京友谊医院工会召开第八届会员代表大会。',
      ),
    ).toEqual([]);
  });

  it('never maps places outside Beijing to a Beijing district', () => {
    expect(districtsOf(['全国化工行业职工职业技能竞赛举办'], '决赛在福建省泉州市举行。')).toEqual(
      [],
    );
    expect(
      districtsOf(['长春市朝阳区举办技能竞赛'], '长春市朝阳区总工会主办，朝阳区各单位参加。'),
    ).toEqual([]);
    expect(districtsOf(['辽宁朝阳市总工会开展慰问'], '辽宁朝阳市总工会近日开展慰问。')).toEqual([]);
  });

  it('resolves a street in two districts to the one the article otherwise names', () => {
    const text = '朝阳区八里庄街道工委副书记作交流发言。';
    expect(districtsOf(['朝阳区举办博览会'], '近日，朝阳区举办博览会。', text)).toEqual(['朝阳区']);
    expect(
      districtsOf(
        ['海淀区举办博览会'],
        '近日，海淀区举办博览会。',
        '八里庄街道工委副书记作交流发言。',
      ),
    ).toEqual(['海淀区']);
  });

  it('drops a street in two districts when nothing else decides', () => {
    expect(districtsOf(['八里庄街道总工会开展慰问'], '八里庄街道总工会近日开展慰问。')).toEqual([]);
  });

  it('needs a place suffix on a two-character base name', () => {
    expect(
      districtsOf(['劳模进校园讲述身边感人故事'], '近日，北京市劲松职业高中劲松校区开展主题党日。'),
    ).toEqual([]);
    expect(districtsOf(['劲松街道总工会送温暖'], '劲松街道总工会为职工送上礼包。')).toEqual([
      '朝阳区',
    ]);
  });

  it('maps towns printed with another suffix than the official one', () => {
    expect(districtsOf(['旧宫镇总工会开展活动'], '旧宫镇总工会开展活动。')).toEqual(['大兴区']);
  });

  it('keeps the district of a job fair, not the districts where the jobs are', () => {
    expect(
      districtsOf(
        ['密云太师屯镇总工会举办春季招聘会'],
        '近日，密云区太师屯镇总工会举办招聘会。',
        '服务地址在北京丰台、海淀、东城、西城、朝阳、石景山六区。',
      ),
    ).toEqual(['密云区']);
  });

  it('keeps a second district the lead sets in scope and the body returns to', () => {
    expect(
      districtsOf(
        ['全国总工会赴门头沟调研'],
        '近日，全国总工会到门头沟调研，对门头沟区、西城区有关工作情况进行深入了解。',
        '门头沟区总工会汇报了工作。门头沟区大峪街道总工会介绍了做法。门头沟区职工之家建设情况良好。',
        '西城区总工会副主席汇报了西城区工作情况。',
      ),
    ).toEqual(['门头沟区', '西城区']);
  });

  it('ignores a district named once in passing', () => {
    expect(
      districtsOf(
        ['首都职工志愿服务成果展示活动举行'],
        '近日，成果展示活动在石景山区文化中心礼堂拉开序幕。',
        '此次活动由市总工会主办，石景山区总工会承办。',
        '丰台税务局服务队等获奖代表分享了志愿故事。石景山区总工会职工合唱团登台。',
      ),
    ).toEqual(['石景山区']);
  });

  it('orders kept districts by score, most relevant first', () => {
    expect(
      districtsOf(
        ['西城区与东城区职工联谊'],
        '西城区总工会、东城区总工会联合举办，西城区职工参加。',
        '西城区总工会介绍了经验。',
      ),
    ).toEqual(['西城区', '东城区']);
  });
});

describe('short district names and aboutness in real stories', () => {
  it('counts a short name on its own (昌平, 门头沟) as the district', () => {
    expect(districtsOf(['昌平举办技能大赛'], '近日，昌平举办技能大赛。')).toEqual(['昌平区']);
    expect(districtsOf(['赴门头沟调研'], '调研组赴门头沟调研。')).toEqual(['门头沟区']);
  });

  it('does not read a person named like a district (王朝阳) as the district', () => {
    expect(
      districtsOf(
        ['西城区职工合唱比赛落幕'],
        '西城区职工合唱比赛落幕。',
        '区总工会副主席王朝阳颁奖。',
      ),
    ).toEqual(['西城区']);
    expect(districtsOf(['劳模报告会举行'], '劳模李昌平作报告。')).toEqual([]);
  });

  it('does not read a town or street elsewhere named like a district (东城街道, 朝阳镇)', () => {
    expect(districtsOf(['东城街道总工会购买返乡车票'], '广东省东莞市东城街道总工会购票。')).toEqual(
      [],
    );
    expect(districtsOf(['朝阳镇职工运动会'], '朝阳镇总工会举办运动会。')).toEqual([]);
  });

  it('keeps a district written after an address elsewhere out, even when printed alone later', () => {
    expect(
      districtsOf(
        ['长春朝阳区总工会举办大赛'],
        '吉林长春朝阳区总工会举办大赛。',
        '朝阳区总工会负责人表示。',
      ),
    ).toEqual([]);
    expect(districtsOf(['南通通州区总工会送技能'], '南通通州区总工会送技能。')).toEqual([]);
  });

  it('keeps a district a short story names once, in its lead', () => {
    expect(districtsOf(['护林员收到防寒大衣'], '近日，门头沟区总工会送去防寒大衣。')).toEqual([
      '门头沟区',
    ]);
  });

  it('keeps the only district a story names, wherever it is named', () => {
    expect(
      districtsOf(
        ['社区工会联合会设立充电站'],
        '新源西里社区工会联合会设立充电站。',
        '左家庄街道总工会配送了微波炉。',
      ),
    ).toEqual(['朝阳区']);
  });

  it('keeps both of two districts a short lead names together', () => {
    expect(
      districtsOf(['职工联谊会举行'], '近日，东城区、西城区总工会联合举办职工联谊会。'),
    ).toEqual(['东城区', '西城区']);
  });

  it('keeps none of three or more districts named once each', () => {
    expect(
      districtsOf(['疗休养基地授牌'], '市总工会为位于密云、怀柔、延庆、平谷的基地授牌。'),
    ).toEqual([]);
  });
});
