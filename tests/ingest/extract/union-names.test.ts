/**
 * Unions as real stories name them: references back to a unit named earlier,
 * abbreviations, unions of places the gazetteer does not know, industry and
 * park federations, and company names with brackets, brands or lead characters.
 */
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

const unionsOf = (headline: string, ...paragraphs: string[]) =>
  extract({ headlines: [headline], paragraphs }).unions;
const refsOf = (headline: string, ...paragraphs: string[]) =>
  extract({ headlines: [headline], paragraphs }).unionRefs;

describe('references back to a unit named earlier', () => {
  it('gives 街道总工会 the union of the street named before, union or place', () => {
    expect(unionsOf('骑行活动', '东华门街道总工会组织骑行。', '街道总工会主席致辞。')).toEqual([
      '东城区东华门街道总工会',
    ]);
    expect(unionsOf('恳谈会', '左家庄街道举办恳谈会。', '街道总工会准备了西瓜。')).toEqual([
      '朝阳区左家庄街道总工会',
    ]);
  });

  it('gives 该镇总工会 and 地区工会 the town’s union', () => {
    expect(
      refsOf('送温暖', '顺义区高丽营镇总工会启动送温暖。', '该镇总工会相关负责人表示。'),
    ).toEqual([
      {
        name: '顺义区高丽营镇总工会',
        level: 'street',
        mentions: ['顺义区高丽营镇总工会', '该镇总工会'],
      },
    ]);
    expect(unionsOf('生日会', '孙河地区为快递员办生日会。', '地区工会送上蛋糕。')).toEqual([
      '朝阳区孙河地区总工会',
    ]);
  });

  it('gives 该公司工会, 集团公司工会 and 医院工会 the organisation named before', () => {
    expect(
      unionsOf('识字班', '北京安居宜家物业管理有限公司开设识字班。', '该公司工会主席介绍。'),
    ).toEqual(['北京安居宜家物业管理有限公司工会']);
    expect(unionsOf('慰问', '北京城建集团承建该项目。', '集团公司工会主席介绍情况。')).toEqual([
      '北京城建集团工会',
    ]);
    expect(unionsOf('护士节', '北京积水潭医院为护士准备鲜花。', '医院工会组织技能展示。')).toEqual([
      '北京积水潭医院工会',
    ]);
  });

  it('names no union when nothing was named before the reference', () => {
    expect(unionsOf('职工书屋', '据该镇总工会负责人介绍。', '公司工会捐赠图书。')).toEqual([]);
  });

  it('reads 区总工会 and 该县总工会 in a story from elsewhere as that place’s', () => {
    expect(unionsOf('年夜饭', '上海市静安区总工会举办年夜饭。', '区总工会主席看望大家。')).toEqual([
      '上海市静安区总工会',
    ]);
    expect(unionsOf('培训班', '江西省于都县总工会开办培训班。', '该县总工会负责人说。')).toEqual([
      '江西省于都县总工会',
    ]);
  });

  it('reads 市总工会 as Beijing’s, unless the story is from another city', () => {
    expect(unionsOf('护膝', '山东省聊城市总工会购置护膝。', '市总工会负责人表示。')).toEqual([
      '山东省聊城市总工会',
    ]);
    expect(unionsOf('调研', '近日，朝阳区召开会议。', '市总工会有关负责人出席。').sort()).toEqual([
      '北京市总工会',
    ]);
  });
});

describe('abbreviations without 工会', () => {
  it('reads 全总, 市总 and X区总 as federations', () => {
    expect(
      unionsOf('北京通州区总：为女职工办实事', '全总女职工部和市总有关负责人到通州调研。').sort(),
    ).toEqual(['中华全国总工会', '北京市总工会', '通州区总工会'].sort());
    expect(unionsOf('房山区总投入十余万元送关爱', '房山区总工会送去慰问品。')).toEqual([
      '房山区总工会',
    ]);
  });

  it('does not read 总 in ordinary words as a federation', () => {
    expect(
      unionsOf(
        '规划',
        '按照城市总体规划，健全总体布局。',
        '海淀区总面积430平方公里。',
        '区总工程师介绍。',
      ),
    ).toEqual([]);
  });
});

describe('names as printed', () => {
  it('keeps unions of places the gazetteer does not know, merged into their fullest form', () => {
    expect(
      unionsOf('望海楼街道总工会办家宴', '天津市河北区望海楼街道总工会邀请快递员共享家宴。'),
    ).toEqual(['天津市河北区望海楼街道总工会']);
    expect(unionsOf('送早餐', '永丰街道总工会送早餐。', '永丰街道总工会将定期服务。')).toEqual([
      '永丰街道总工会',
    ]);
    expect(unionsOf('授牌', '近日，新源西里社区工会联合会设立充电站。')).toEqual([
      '新源西里社区工会联合会',
    ]);
  });

  it('reads a name holding a bracketed place, Latin letters or a lead character whole', () => {
    expect(unionsOf('倡议', '施耐德（北京）中压电器有限公司工会主席发出倡议。')).toEqual([
      '施耐德（北京）中压电器有限公司工会',
    ]);
    expect(unionsOf('开放日', '近日，ABB（中国）有限公司工会举办开放日。')).toEqual([
      'ABB（中国）有限公司工会',
    ]);
    expect(unionsOf('义诊', '近日，北京协和医院工会举办义诊。')).toEqual(['北京协和医院工会']);
    expect(unionsOf('骑手之家', '近日，北京三快在线科技有限公司工会设立骑手之家。')).toEqual([
      '北京三快在线科技有限公司工会',
    ]);
  });

  it('reads X成立了工会联合会 as the union of X', () => {
    expect(unionsOf('建会', '日前，通州区金桥产业园中的联东U谷园成立了工会联合会。')).toContain(
      '联东U谷园工会联合会',
    );
  });

  it('reads the employer of a union chair as a union', () => {
    expect(unionsOf('倡议', '施耐德（北京）低压电器有限公司党委书记兼工会主席发言。')).toEqual([
      '施耐德（北京）低压电器有限公司工会',
    ]);
    expect(unionsOf('讲话', '北京城建集团党委副书记、工会主席张三讲话。')).toEqual([
      '北京城建集团工会',
    ]);
    expect(unionsOf('讲话', '北京市劳动模范、工会主席李四发言。')).toEqual([]);
  });

  it('accepts a brand name without an organisation word when a headline opens with it', () => {
    expect(unionsOf('先智创科工会成立俱乐部', '近日，先智创科工会成立了健身俱乐部。')).toEqual([
      '先智创科工会',
    ]);
    expect(unionsOf('活动举行', '随后，先智创科工会成立了健身俱乐部。')).toEqual([]);
  });

  it('takes a group’s short name to its full legal name', () => {
    expect(
      unionsOf(
        '发行集团工会换届',
        '北京发行集团有限责任公司工会召开大会。',
        '北京发行集团工会作报告。',
      ),
    ).toEqual(['北京发行集团有限责任公司工会']);
  });

  it('names a street printed without its suffix by its official name', () => {
    expect(unionsOf('建国门工会邀坚守职工过大年', '建国门工会为职工准备年夜饭。')).toEqual([
      '东城区建国门街道总工会',
    ]);
  });

  it('reads 区X as the story’s district’s organisation', () => {
    expect(unionsOf('送福回家', '记者从石景山区总工会了解到，区住建委工会举办活动。')).toEqual([
      '石景山区总工会',
      '石景山区住建委工会',
    ]);
  });

  it('gives each district listed before 区总工会 its own union', () => {
    expect(unionsOf('联谊会', '近日，东城区、西城区总工会联合举办联谊会。')).toEqual([
      '东城区总工会',
      '西城区总工会',
    ]);
    expect(unionsOf('部署', '市、区总工会共同部署。')).toEqual([]);
  });

  it('names a union printed under its federation after the federation', () => {
    expect(unionsOf('活动', '朝阳区总工会机关工会组织活动。').sort()).toEqual(
      ['朝阳区总工会', '朝阳区总工会机关工会'].sort(),
    );
  });

  it('adds no union for the credited source unit, but lets it confirm a short name the text prints', () => {
    expect(
      extract({ headlines: ['座谈会'], paragraphs: ['座谈会召开。'], source: '北京邮政工会' })
        .unions,
    ).toEqual([]);
    expect(
      extract({
        headlines: ['座谈会'],
        paragraphs: ['近日，慈爱嘉工会召开职工座谈会。'],
        source: '慈爱嘉工会',
      }).unions,
    ).toEqual(['慈爱嘉工会']);
  });
});

describe('industry and park federations', () => {
  it('reads district and municipal industry unions at the industry tier', () => {
    expect(refsOf('年度工作会', '朝阳区高新技术产业工会召开会议。')).toEqual([
      { name: '朝阳区高新技术产业工会', level: 'industry', mentions: ['朝阳区高新技术产业工会'] },
    ]);
    expect(refsOf('成立', '市汽车零部件行业工会联合会成立。')[0]).toMatchObject({
      name: '北京市汽车零部件行业工会联合会',
      level: 'industry',
    });
    expect(unionsOf('劳模进校园', '北京市教育工会与市农林水工会联合开展活动。').sort()).toEqual(
      ['北京市教育工会', '北京市农林水工会'].sort(),
    );
  });

  it('reads a federation of an area’s buildings as one union', () => {
    expect(unionsOf('篮球赛', '日前，望京科技园楼宇工会联合会举办篮球赛。')).toEqual([
      '望京科技园楼宇工会联合会',
    ]);
    expect(unionsOf('会议', '西城区非公有制企业工会负责人参会。')).toEqual([]);
  });

  it('does not read prose or facilities before 工会 as names', () => {
    expect(unionsOf('慰问', '我们一定努力工作，不辜负市总工会的关心。')).toEqual(['北京市总工会']);
    expect(unionsOf('调研', '北京银行党委高度重视工会工作。')).toEqual([]);
    expect(unionsOf('换届', '报告回顾了集团上届工会五年来的工作。')).toEqual([]);
    expect(unionsOf('沟通会', '近日，中航技工业园工会服务站举办职工沟通会。')).toEqual([]);
    expect(unionsOf('建会', '深入推进全镇非公企业工会组建工作。')).toEqual([]);
    expect(unionsOf('延庆园区企业组建工会', '近日，园区企业组建了工会。')).toEqual([]);
    expect(unionsOf('千余名职工收获工会温暖', '天桥街道总工会启动送温暖。')).toEqual([
      '西城区天桥街道总工会',
    ]);
  });

  it('does not read regions, counted groups or research bodies as unions', () => {
    expect(unionsOf('京津冀工会联席会议召开', '京津冀三地总工会召开会议。')).toEqual([]);
    expect(unionsOf('平谷顺义两区工会签订协议', '两区工会将开展合作。')).toEqual([]);
    expect(unionsOf('年会召开', '全国汽车行业重点企业工会工作研究会年会召开。')).toEqual([]);
    expect(unionsOf('联盟成立', '淄川区汽车产业链工会联盟成立。')).toEqual([]);
    expect(unionsOf('托管班', '托管班由科学城内各院所工会联合举办。')).toEqual([]);
  });
});
