/**
 * Every seed article's districts, unions, first event type and campaigns,
 * against hand-checked expectations (read off the seed pages, not produced by
 * running the extractor).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFacetExtractor, type Facets } from '../../../src/ingest/extract/extract-facets';
import { loadSeedArticles, type SeedArticle } from './seed-articles';

interface Expected {
  title: string;
  districts: string[];
  unions: string[];
  firstEventType: string;
  campaigns?: string[];
}

const EXPECTED: Record<string, Expected> = {
  '000.0': {
    title: '市推进产业工人队伍建设改革工作评价组赴昌平调研',
    districts: ['昌平区'],
    unions: ['北京市总工会', '昌平区总工会', '昌平区阳坊镇总工会'],
    firstEventType: 'inspection',
    campaigns: ['产改', '区级工会加强年'],
  },
  '000.1': {
    title: '全国化工行业职工职业技能竞赛举办',
    districts: [],
    unions: ['中国能源化学地质工会'],
    firstEventType: 'skills-contest',
    campaigns: [],
  },
  '000.2': {
    title: '市推进产业工人队伍建设改革工作评价组赴大兴调研',
    districts: ['大兴区'],
    unions: ['北京市总工会', '大兴区总工会'],
    firstEventType: 'inspection',
  },
  '000.3': {
    title:
      '朝阳区总工会第十四届委员会第九次全体（扩大）会议召开 不断深化“区级工会加强年”专项工作实效',
    districts: ['朝阳区'],
    unions: [
      '朝阳区总工会',
      '北京市总工会',
      '朝阳区东湖街道总工会',
      '朝阳区南磨房地区总工会',
      '美团企业工会',
    ],
    firstEventType: 'meeting',
  },
  '000.4': {
    title: '友谊医院工会召开第八届会员代表大会',
    districts: [],
    unions: ['北京友谊医院工会'],
    firstEventType: 'meeting',
  },
  '000.5': {
    title: '密云区总工会推进经费收支规范化管理',
    districts: ['密云区'],
    unions: ['密云区总工会'],
    firstEventType: 'finance',
  },
  '001.0': {
    title: '市推进产业工人队伍建设改革工作评价组赴丰台调研',
    districts: ['丰台区'],
    unions: ['北京市总工会', '丰台区总工会', '丰台区右安门街道总工会', '丰台区六里桥街道总工会'],
    firstEventType: 'inspection',
  },
  '001.1': {
    title: '延庆区总工会开展集中入会企业沟通会',
    districts: ['延庆区'],
    unions: ['延庆区总工会', '延庆区百泉街道总工会'],
    firstEventType: 'membership',
  },
  '001.2': {
    title: '昌平举办首届自然资源调查监测劳动和技能大赛',
    districts: ['昌平区'],
    unions: ['昌平区总工会'],
    firstEventType: 'skills-contest',
  },
  '001.3': {
    title: '进一步推进企业建会和职工入会工作 金盏地区工会借力“双沟通”送服务上门',
    districts: ['朝阳区'],
    unions: ['朝阳区金盏地区总工会'],
    firstEventType: 'membership',
  },
  '001.4': {
    title: '劳模进校园讲述身边感人故事',
    districts: [],
    unions: [],
    firstEventType: 'model-workers',
  },
  '001.5': {
    title: '怀柔镇12家企业开展“民主日”活动',
    districts: ['怀柔区'],
    unions: ['怀柔区怀柔镇总工会', '怀柔区总工会'],
    firstEventType: 'democratic-management',
  },
  '002.0': {
    title: '朝阳区举办产业工人队伍建设改革博览会',
    districts: ['朝阳区'],
    unions: ['北京市总工会', '朝阳区总工会'],
    firstEventType: 'exhibition',
    campaigns: ['产改'],
  },
  '002.1': {
    title: '海淀区数字经济领域职业技能竞赛决赛举办',
    districts: ['海淀区'],
    unions: ['海淀区总工会', '中关村科学城总工会'],
    firstEventType: 'skills-contest',
  },
  '002.2': {
    title: '中铁资本保理公司工会用心用力打造“暖心服务”',
    districts: [],
    unions: ['中铁资本保理公司工会'],
    firstEventType: 'worker-service',
    campaigns: ['我为职工办实事'],
  },
  '002.3': {
    title: '大兴区职工知识竞赛决赛开赛',
    districts: ['大兴区'],
    unions: ['大兴区总工会', '大兴区瀛海镇总工会', '大兴区青云店镇总工会', '大兴区采育镇总工会'],
    firstEventType: 'knowledge-contest',
  },
  '002.4': {
    title: '市自来水集团工会调研集体合同履行情况',
    districts: [],
    unions: ['北京市自来水集团工会'],
    firstEventType: 'collective-bargaining',
  },
  '003.0': {
    title: '全国总工会赴门头沟调研“县级工会加强年”专项工作',
    districts: ['门头沟区', '西城区'],
    unions: [
      '中华全国总工会',
      '北京市总工会',
      '门头沟区总工会',
      '西城区总工会',
      '门头沟区大峪街道总工会',
    ],
    firstEventType: 'inspection',
    campaigns: ['区级工会加强年', '产改'],
  },
  '003.1': {
    title: '市推进产业工人队伍建设改革工作评价组赴东城调研',
    districts: ['东城区'],
    unions: ['北京市总工会', '东城区总工会', '慈爱嘉工会'],
    firstEventType: 'inspection',
  },
  '003.2': {
    title: '首都职工志愿服务成果展示活动举行',
    districts: ['石景山区'],
    unions: ['北京市总工会', '石景山区总工会', '金隅集团工会', '北京公交集团工会'],
    firstEventType: 'volunteer',
  },
  '003.3': {
    title: '上门义诊',
    districts: [],
    unions: ['北京建博海公司工会'],
    firstEventType: 'care',
    campaigns: ['我为群众办实事'],
  },
  '003.4': {
    title: '密云太师屯镇总工会举办春季招聘会',
    districts: ['密云区'],
    unions: ['密云区太师屯镇总工会', '密云区总工会'],
    firstEventType: 'job-fair',
    campaigns: ['春送岗位'],
  },
  '004.0': {
    title: '以“产改”凝聚职工推动高质量发展强大合力',
    districts: ['西城区'],
    unions: ['西城区总工会'],
    firstEventType: 'interview',
    campaigns: ['产改'],
  },
  '004.1': {
    title: '昌平区总工会成立7个创新工作室联盟',
    districts: ['昌平区'],
    unions: ['昌平区总工会'],
    firstEventType: 'innovation',
  },
  '004.2': {
    title: '职工乐享趣味游艺',
    districts: [],
    unions: ['北京公交集团北巴传媒公司机关工会'],
    firstEventType: 'culture-sports',
  },
  '004.3': {
    title: '走访慰问 联乡帮扶村',
    districts: ['怀柔区'],
    unions: ['怀柔区总工会'],
    firstEventType: 'care',
  },
  '004.4': {
    title: '天桥街道总工会2000余份礼包送职工',
    districts: ['西城区'],
    unions: ['西城区天桥街道总工会'],
    firstEventType: 'care',
    campaigns: ['送温暖'],
  },
  '004.5': {
    title: '中关村科学城书画摄影大赛受职工好评',
    districts: ['海淀区'],
    unions: [],
    firstEventType: 'culture-sports',
  },
  '004.6': {
    title: '建工装饰工会将贴心关爱送进项目部',
    districts: [],
    unions: ['北京建工装饰集团工会'],
    firstEventType: 'care',
  },
};

const articles = loadSeedArticles();
let facetsByKey: Map<string, Facets>;

beforeAll(() => {
  const extract = createFacetExtractor();
  facetsByKey = new Map(articles.map((a) => [a.key, extract(a)]));
});

function facetsOf(a: SeedArticle): Facets {
  const f = facetsByKey.get(a.key);
  if (!f) throw new Error(`no facets for ${a.key}`);
  return f;
}

describe('facets of the seed articles', () => {
  it('covers all 29 seed articles, in the order the expectations were written', () => {
    expect(articles.map((a) => a.key)).toEqual(Object.keys(EXPECTED));
    for (const a of articles) expect(a.title, a.key).toBe(EXPECTED[a.key]!.title);
  });

  describe.each(articles.map((a) => [a.key, a.title, a] as const))(
    '%s %s',
    (key, _title, article) => {
      const expected = EXPECTED[key]!;

      it('names the districts the article is about, most relevant first', () => {
        expect(facetsOf(article).districts).toEqual(expected.districts);
      });

      it('names exactly the unions in the text, canonically', () => {
        const facets = facetsOf(article);
        expect([...facets.unions].sort()).toEqual([...expected.unions].sort());
        expect(facets.unions).toEqual(facets.unionRefs.map((u) => u.name));
      });

      it(`puts ${expected.firstEventType} first among event types, with evidence`, () => {
        const facets = facetsOf(article);
        expect(facets.eventTypes[0]).toBe(expected.firstEventType);
        expect(facets.eventEvidence.map((e) => e.type)).toEqual(facets.eventTypes);
        for (const e of facets.eventEvidence) expect(e.triggers.length).toBeGreaterThan(0);
      });

      if (expected.campaigns) {
        it('tags the campaigns it mentions', () => {
          expect(facetsOf(article).campaigns).toEqual(expected.campaigns);
        });
      }
    },
  );
});

describe('union relevance order', () => {
  it('puts unions named in a headline first', () => {
    const byKey = (k: string) => facetsOf(articles.find((a) => a.key === k)!).unions;
    expect(byKey('003.4')[0]).toBe('密云区太师屯镇总工会');
    expect(byKey('003.0')[0]).toBe('中华全国总工会');
    expect(byKey('004.6')[0]).toBe('北京建工装饰集团工会');
  });

  it('then orders by how often a union is named', () => {
    const unions = facetsOf(articles.find((a) => a.key === '001.5')!).unions;
    expect(unions).toEqual(['怀柔区怀柔镇总工会', '怀柔区总工会']);
  });

  it('records every printed spelling that was normalised', () => {
    const refs = facetsOf(articles.find((a) => a.key === '003.4')!).unionRefs;
    expect(refs[0]).toEqual({
      name: '密云区太师屯镇总工会',
      level: 'street',
      mentions: ['密云太师屯镇总工会', '密云区太师屯镇总工会', '太师屯镇总工会'],
    });
  });
});
