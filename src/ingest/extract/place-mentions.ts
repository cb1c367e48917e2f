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
    });
    if (inForeignAddress || match.value.kind === 'foreign') foreignEnd = match.end;
    i = match.end;
  }
  return mentions;
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
