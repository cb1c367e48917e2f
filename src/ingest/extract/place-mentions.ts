/**
 * Finds place names in one piece of text with a leftmost-longest scan over the
 * gazetteer. Longest wins, so 朝阳市 (a city in Liaoning) beats 朝阳, and
 * 大兴安岭 beats 大兴. A place that directly follows a place outside Beijing is
 * part of that foreign address (长春市朝阳区, 辽宁朝阳), so it is marked
 * `inForeignAddress` and never counts for a Beijing district.
 *
 * A district's short name on its own (朝阳, 大兴) is skipped where it is not the
 * district: before a place suffix (东城街道 and 朝阳镇 are towns elsewhere in
 * China, Beijing's own are in the gazetteer under their full names) and right
 * after a common surname (王朝阳, 李昌平 are people).
 */
import type { Gazetteer, Place } from './gazetteer';

/** After a bare short district name these make it another place's name (but 镇街 is "towns and streets"). */
const PLACE_SUFFIX_AFTER_SHORT = /^(?:街道|镇(?!街)|乡|村|县|市(?!民|场|级|属|区|里|内))/;
/** First characters of those suffixes, so the regex runs only when one follows. */
const SUFFIX_STARTS = unitSet('街镇乡村县市');
/**
 * Common surnames that are not also prepositions or parts of common words
 * before a place (于, 向, 和, 程 as in 工程 … are left out on purpose).
 */
const SURNAMES = unitSet(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫雷侯龙陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤',
);

function unitSet(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

export interface PlaceMention {
  start: number;
  /** Exclusive end offset. */
  end: number;
  text: string;
  place: Place;
  inForeignAddress: boolean;
  /**
   * One of several places listed as examples (在中关村、望京等地上班, 北京的怀柔
   * 雁栖湖、天津的蓟州和河北的承德等地), or inside a unit's name on a line of a
   * list of units: not what the story is about.
   */
  listed: boolean;
}

export function findPlaces(gazetteer: Gazetteer, text: string): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  let foreignEnd = -1;
  let i = 0;
  while (i < text.length) {
    const match = gazetteer.trie.longestAt(text, i);
    if (!match) {
      i++;
      continue;
    }
    const alias = text.slice(match.start, match.end);
    const guards = gazetteer.notFollowedBy.get(alias);
    if (
      guards?.some((g) => text.startsWith(g, match.end)) ||
      (isShortDistrictName(match.value, alias) &&
        !isDistrictInContext(text, match.start, match.end))
    ) {
      i++;
      continue;
    }
    const inForeignAddress = match.start === foreignEnd;
    mentions.push({
      start: match.start,
      end: match.end,
      text: alias,
      place: match.value,
      inForeignAddress,
      listed: false,
    });
    if (inForeignAddress || match.value.kind === 'foreign') foreignEnd = match.end;
    i = match.end;
  }
  if (mentions.length > 1) markExampleLists(text, mentions);
  return mentions;
}

const CLAUSE_END = /[，。；！？：,;!?:\n]/u;
/** A list of examples closes with 等 (等地, 等区, 等城市, 等地的…). */
const CLOSES_LIST = /^等/u;
/** 等大型居住区和: the list's 等, the kind of place listed, then 和 / 及 / 以及 / 与. */
const JOINED_AFTER_LIST = /^等[\u4e00-\u9fa5]{0,8}?(?:和|及|以及|与)$/u;
/** What may stand between two listed places: 、, 和, 及, a place the gazetteer does not know (的蓟州和). */
const LIST_GAP = /^[\u4e00-\u9fa5、]{0,6}$/u;

/**
 * Places joined by 、 into a list closed by 等 (中关村、望京等地; 北京的怀柔雁栖湖、
 * 天津的蓟州和河北的承德、秦皇岛等地) are examples: each is marked `listed`.
 * One pass over the mentions; each clause is read once.
 */
function markExampleLists(text: string, mentions: PlaceMention[]): void {
  let first = 0;
  while (first < mentions.length) {
    // The run of mentions inside one clause, joined by list marks.
    let last = first;
    let commas = 0;
    while (last + 1 < mentions.length) {
      const gap = text.slice(mentions[last]!.end, mentions[last + 1]!.start);
      if (CLAUSE_END.test(gap) || !LIST_GAP.test(gap)) break;
      if (gap.includes('、')) commas++;
      last++;
    }
    const after = text.slice(mentions[last]!.end, mentions[last]!.end + 1);
    if (last > first && commas > 0 && CLOSES_LIST.test(after)) {
      // 朝阳区望京、酒仙桥等: a district printed in full before the list is its scope.
      const head = mentions[first]!;
      const scope =
        head.place.kind === 'district' &&
        head.text === head.place.district &&
        mentions[first + 1]!.start === head.end;
      for (let k = scope ? first + 1 : first; k <= last; k++) mentions[k]!.listed = true;
      // 回龙观、天通苑等大型居住区和城市副中心: a place joined on after the list's
      // kind of place is one more example of the same list.
      const joined = mentions[last + 1];
      if (joined && JOINED_AFTER_LIST.test(text.slice(mentions[last]!.end, joined.start))) {
        joined.listed = true;
        last++;
      }
    }
    first = last + 1;
  }
}

/**
 * A line of a list of units (北京城市副中心站综合交通枢纽工程总承包部, 郑晓东 北京公交集团
 * 第四客运分公司驾驶员): no sentence mark, ending in what a unit or a post ends in.
 * The places in it name the units, not where the story happens.
 */
export function isListOfUnitsLine(text: string): boolean {
  if (text.length > 60 || /[，。；！？,;!?：:]/u.test(text)) return false;
  return /(?:部|公司|集团|队|班|组|站|院|所|中心|局|厂|科|处|室|馆|店|段|车间|工会|委员会|学校|医院|员|师|长|主管|经理)$/u.test(
    text,
  );
}

function isShortDistrictName(place: Place, alias: string): boolean {
  return place.kind === 'district' && alias !== place.district;
}

function isDistrictInContext(text: string, start: number, end: number): boolean {
  if (start > 0 && SURNAMES[text.charCodeAt(start - 1)] === 1) return false;
  if (end >= text.length || SUFFIX_STARTS[text.charCodeAt(end)] !== 1) return true;
  return !PLACE_SUFFIX_AFTER_SHORT.test(text.slice(end, end + 2));
}

/** True when the mention counts for Beijing (not foreign, not inside a foreign address). */
export function isBeijingPlace(m: PlaceMention): boolean {
  return !m.inForeignAddress && m.place.kind !== 'foreign';
}

/** A Beijing mention that, on its own, shows the article is about Beijing (not 经开区, CBD). */
export function showsBeijing(m: PlaceMention): boolean {
  return isBeijingPlace(m) && !(m.place.kind === 'area' && m.place.needsBeijing);
}
