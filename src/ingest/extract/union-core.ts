/**
 * What the text before 工会 names, once its start is known: a fixed form
 * (市总工会, 全国总工会, 中国X工会), a reference back (该公司工会, 街道总工会), a
 * union of a place the gazetteer does not know (永丰街道总工会, 拱辰北大街社区工会
 * 联合会), an industry union (海淀区教育工会, 汽车零部件行业工会联合会), an
 * enterprise or institution (北京奔驰工会, 市自来水集团工会), or nothing (各级工会).
 */
import type { PlaceMention } from './place-mentions';
import { isBeijingPlace } from './place-mentions';
import {
  ANAPHOR_CORES,
  ANAPHOR_DETERMINERS,
  EACH_OF,
  GENERIC_NAME_WORDS,
  GENERIC_PREFIXES,
  INDUSTRY_SUFFIXES,
  INDUSTRY_WORDS,
  NOT_BEIJING_SHI,
  ORGANISATION_WORDS,
  UNKNOWN_PLACE_ENDINGS,
} from './union-lexicon';
import { asPrinted, candidate, reference, type UnionCandidate } from './union-candidate';
import type { MentionContext } from './union-mention';
import type { NameStop } from './union-name-walk';

export const MUNICIPAL_UNION = '北京市总工会';
export const NATIONAL_UNION = '中华全国总工会';
/** 中关村科学城总工会-style names are short; longer ones are prose. */
const MAX_AREA_NAME_LENGTH = 12;
/** 永丰街道, 拱辰北大街社区: the name part of a place the gazetteer does not know. */
const MIN_PLACE_BASE = 2;
const MAX_PLACE_BASE = 6;
/** 北京市总工会政法卫生文化工会, 区总工会机关工会: short names under a federation. */
const MAX_SUB_UNION_NAME = 8;
const NUMERALS = /[0-9０-９一二三四五六七八九十两几多数]/;
/** One-character lead words that, in practice, come right before a place's name. */
const PLACE_LEAD_CHARS = '由在与和及暨向据的';

export interface CoreInput {
  core: string;
  hasZong: boolean;
  /** 工会 or 工会联合会, as printed. */
  suffix: string;
  mention: string;
  places: readonly PlaceMention[];
  coreStart: number;
  /** How the backward walk found the name's start, and the lead word it stopped at. */
  stop: NameStop;
  leadWord?: string | undefined;
  context: MentionContext;
  floorUnion?: UnionCandidate | undefined;
}

export function classifyCore(input: CoreInput): UnionCandidate | null {
  const { core, hasZong, suffix, mention, places, coreStart } = input;
  if (core.endsWith('中国')) return null; // 中国工会十八大 is the movement's congress
  if (hasZong && core === '市')
    return reference('city', MUNICIPAL_UNION, 'municipal', mention, core);
  if (hasZong && (core === '全国' || core === '中华全国'))
    return candidate(NATIONAL_UNION, 'national', mention, core);
  const anaphor = ANAPHOR_CORES.get(withoutDeterminer(core));
  if (anaphor)
    return reference(anaphor, '', anaphor === 'district' ? 'district' : 'street', mention, core);
  if (core.endsWith('机关')) {
    const sub = subUnion(input, true); // 朝阳区总工会机关工会, before 机关 is read as generic
    if (sub) return sub;
  }
  if (isGeneric(core) || PROSE_INSIDE.test(core)) return null;
  if (UNKNOWN_PLACE_ENDINGS.some((e) => core.endsWith(e))) return unknownPlaceUnion(input);

  const beijingRest = afterLeadingPlaces(core, places, coreStart, true);
  if (beijingRest !== core && (beijingRest.length === 0 || isGeneric(beijingRest))) {
    // 丽泽金融商务区首家楼宇工会联合会: "the first such federation" is a kind, its name follows.
    if (KIND_NOT_NAME.test(beijingRest)) return null;
    // 望京科技园楼宇工会联合会: a federation of an area's or a street's buildings is one union …
    if (
      suffix === '工会联合会' &&
      beijingRest.length > 0 &&
      endsInLocalPlace(core, places, coreStart)
    )
      return asPrinted(
        candidate(canonicalPrefix(core, places, coreStart) + suffix, 'street', mention, core),
      );
    return null; // … but 西城区非公有制企业工会 is every such union in the district
  }
  const name = districtShi(beijingShi(core), input.context);
  const hasOrganisationWord = ORGANISATION_WORDS.some((w) => core.includes(w));
  if (core.startsWith('中国') && !hasOrganisationWord)
    return candidate(core + suffix, 'industry', mention, core);
  if (hasZong) {
    // 所在地总工会 cut at 在, 本地总工会: one character is no name.
    if (core.length < 2) return null;
    const known = afterLeadingPlaces(core, places, coreStart, false) !== core;
    // 不辜负市总工会, 感谢区总工会: prose before 市总工会 or 区总工会, not a city or district.
    if (!known && core.endsWith('市') && core.length > 1)
      return reference('city', MUNICIPAL_UNION, 'municipal', '市总工会', '市');
    if (!known && core.endsWith('区') && !ZONE_ENDING.test(core))
      return reference('district', '', 'district', '区总工会', '区');
    return areaUnion(core, name, hasOrganisationWord, mention);
  }
  const placed = beijingRest !== core;
  if (placed && isIndustry(beijingRest))
    return candidate(canonicalPrefix(core, places, coreStart) + suffix, 'industry', mention, core);
  if (name.startsWith('北京市') && !hasOrganisationWord)
    return candidate(name + suffix, 'industry', mention, core); // 北京市教育工会
  const sub = subUnion(input, hasOrganisationWord);
  if (sub) return sub;
  if (core.length < 2) return null;
  // 汽车零部件行业工会联合会 without a place: an industry union, but prose ends in 产业 too (希望产业工会).
  if (isIndustry(core)) return candidate(name + suffix, 'industry', mention, core, 'weak');
  if (!hasOrganisationWord && ABOUT_PEOPLE.test(core)) return null;
  return candidate(
    name + suffix,
    'enterprise',
    mention,
    core,
    hasOrganisationWord ? 'strong' : 'weak',
  );
}

/** 首家, 这家, 第一个: the union is described, not named. */
const KIND_NOT_NAME = /^(?:首家|首个|首批|第一家|第一个|这家|这个|那家|此)/;

/** X区总工会 whose X the gazetteer does not know is a zone (沈北新区, 合肥经开区, 大同市城区) … */
const ZONE_ENDING =
  /(?:新区|开发区|高新区|经开区|保税区|示范区|合作区|功能区|园区|城区|矿区|林区)$/;
/** … and prose cannot be a name: 北京银行党委高度重视工会工作, 集团上届工会. */
const PROSE_INSIDE =
  /(?:党委|党组|党总支|党支部).|上届|本届|新一届|历届|首届|第[一二三四五六七八九十\d]+届|辖区内|相关|有关/;
/**
 * A name without an organisation word must not read like a phrase about people
 * (千余名职工收获工会温暖): counted people, or the people unions serve.
 */
const ABOUT_PEOPLE =
  /[0-9０-９]|[一二三四五六七八九十百千万两几多余]+[名个位人]|职工|会员|群众|劳动者|骑手|快递员/;

/** 两区工会, 三家企业工会: counted groups, not one union; 一科技企业 is "a tech firm". */
const COUNTED =
  /^(?:(?:[两二三四五六七八九十几多数]+|\d+)[个家区地级方所]|一(?:家|个|所|批|些)?[^，。]{0,4}(?:企业|公司|单位|工厂|医院|学校|药企))/;

/** X总工会 whose X the gazetteer does not know: 中关村科学城总工会, 沈北新区总工会. */
function areaUnion(
  core: string,
  name: string,
  hasOrganisationWord: boolean,
  mention: string,
): UnionCandidate | null {
  if (/[0-9０-９]/.test(core) || core.length > MAX_AREA_NAME_LENGTH) return null;
  // 沈北新区, 合肥经开区: a district-tier unit elsewhere; 2 characters (园区, 新区) are words.
  if (/[区县旗]$/.test(core))
    return core.length >= 3
      ? asPrinted(candidate(`${name}总工会`, 'district', mention, core))
      : null;
  return candidate(`${name}总工会`, hasOrganisationWord ? 'enterprise' : 'street', mention, core);
}

/**
 * The union of a street, town, community or village the gazetteer does not
 * know (another city's, or one printed under an unofficial name), as printed:
 * 天津市河北区望海楼街道总工会, 拱辰北大街社区工会联合会.
 */
function unknownPlaceUnion(input: CoreInput): UnionCandidate | null {
  const { core, hasZong, suffix, mention, places, coreStart, stop, leadWord } = input;
  if (stop === 'floor') return null; // prose between two unions
  // 对口联系街道总工会: a one-character lead word may be the end of a word (对口).
  if (stop === 'lead' && leadWord?.length === 1 && !PLACE_LEAD_CHARS.includes(leadWord))
    return null;
  const ending = UNKNOWN_PLACE_ENDINGS.find((e) => core.endsWith(e))!;
  const rest = afterLeadingPlaces(core, places, coreStart, false);
  const base = rest.slice(0, rest.length - ending.length);
  // 王府井地区工会联合会: an area from data/areas.json with a place suffix.
  if (base.length === 0 && endsWithArea(places, coreStart + core.length - ending.length))
    return asPrinted(candidate(`${core}${hasZong ? '总工会' : suffix}`, 'street', mention, core));
  if (
    base.length < MIN_PLACE_BASE ||
    base.length > MAX_PLACE_BASE ||
    NUMERALS.test(base[0]!) ||
    /[0-9０-９]/.test(base) ||
    isGeneric(base) ||
    GENERIC_NAME_WORDS.some((w) => base.endsWith(w))
  )
    return null;
  return asPrinted(candidate(`${core}${hasZong ? '总工会' : suffix}`, 'street', mention, core));
}

/** The last place name the core starts with is an area or a street, not a district. */
function endsInLocalPlace(
  core: string,
  places: readonly PlaceMention[],
  coreStart: number,
): boolean {
  let pos = coreStart;
  let last: PlaceMention | undefined;
  for (;;) {
    const m = places.find((p) => p.start === pos && isNamingPlace(p));
    if (!m || m.end > coreStart + core.length) break;
    last = m;
    pos = m.end;
  }
  return last !== undefined && (last.place.kind === 'area' || last.place.kind === 'street');
}

function endsWithArea(places: readonly PlaceMention[], end: number): boolean {
  return places.some((p) => p.end === end && p.place.kind === 'area' && p.place.district !== null);
}

/** 教育 (海淀区教育工会), 高新技术产业 (朝阳区高新技术产业工会), 汽车零部件行业. */
function isIndustry(rest: string): boolean {
  if (INDUSTRY_SUFFIXES.some((s) => rest.endsWith(s) && rest.length > s.length)) return true;
  return INDUSTRY_WORDS.includes(rest);
}

/**
 * 市总工会政法卫生文化工会, 朝阳区总工会机关工会: a union printed right after the
 * federation it belongs to, named under it.
 */
function subUnion(input: CoreInput, hasOrganisationWord: boolean): UnionCandidate | null {
  const { core, hasZong, suffix, mention, stop, floorUnion } = input;
  if (stop !== 'floor' || !floorUnion || hasZong || floorUnion.strength !== 'sure') return null;
  if (floorUnion.level !== 'municipal' && floorUnion.level !== 'district') return null;
  if (core.length < 2 || core.length > MAX_SUB_UNION_NAME) return null;
  if (!core.includes('机关') && floorUnion.name !== MUNICIPAL_UNION) return null;
  const level = hasOrganisationWord ? 'enterprise' : 'industry';
  return candidate(`${floorUnion.name}${core}${suffix}`, level, mention, core);
}

function withoutDeterminer(core: string): string {
  const d = ANAPHOR_DETERMINERS.find((x) => core.startsWith(x));
  return d ? core.slice(d.length) : core;
}

/** A Beijing place a union's name can start with; 首都机场集团 (an area of no district) is a company. */
function isNamingPlace(p: PlaceMention): boolean {
  return isBeijingPlace(p) && !(p.place.kind === 'area' && p.place.district === null);
}

/** The core without the place names it starts with (only Beijing's when `beijingOnly`). */
export function afterLeadingPlaces(
  core: string,
  places: readonly PlaceMention[],
  coreStart: number,
  beijingOnly: boolean,
): string {
  let pos = coreStart;
  for (;;) {
    const m = places.find((p) => p.start === pos && (!beijingOnly || isNamingPlace(p)));
    if (!m || m.end > coreStart + core.length) break;
    pos = m.end;
  }
  return core.slice(pos - coreStart);
}

/** 朝阳高新技术产业 → 朝阳区高新技术产业: a district's short name is printed in full. */
function canonicalPrefix(core: string, places: readonly PlaceMention[], coreStart: number): string {
  let pos = coreStart;
  let out = '';
  for (;;) {
    const m = places.find((p) => p.start === pos && isNamingPlace(p));
    if (!m || m.end > coreStart + core.length) break;
    out += m.place.kind === 'district' ? m.place.district : m.text;
    pos = m.end;
  }
  return beijingShi(out + core.slice(pos - coreStart));
}

export function isGeneric(core: string): boolean {
  if (GENERIC_PREFIXES.some((p) => core.startsWith(p)) || COUNTED.test(core)) return true;
  if (EACH_OF.test(core)) return true;
  // Made only of generic words: 公司, 子公司, 集团各级, 医院.
  let rest = core;
  while (rest.length > 0) {
    const word = GENERIC_NAME_WORDS.find((w) => rest.startsWith(w));
    if (!word) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/**
 * 区住建委 → 石景山区住建委: a leading 区 before an organisation is the story's
 * district, as a leading 市 is Beijing.
 */
function districtShi(core: string, context: MentionContext): string {
  if (!core.startsWith('区') || core.length < 3 || !context.topDistrict) return core;
  return context.topDistrict + core.slice(1);
}

/** 市自来水集团 → 北京市自来水集团: in this paper a leading 市 is Beijing. */
export function beijingShi(core: string): string {
  if (!core.startsWith('市') || NOT_BEIJING_SHI.some((w) => core.startsWith(w))) return core;
  return `北京${core}`;
}
