/**
 * Reads the union named by one occurrence of 工会 in a piece of text, or decides
 * that it names none (各级工会, 工会经费, 中国工会十八大). The name's start is found
 * by walking back from 工会: first through place names (朝阳区金盏地区总工会 →
 * a street union in 朝阳区), otherwise to punctuation or a lead word (听取慈爱嘉工会).
 * What the name then is (industry, enterprise, a reference back such as
 * 该公司工会) is decided in union-core.ts.
 */
import { streetDistrict } from './districts';
import type { PlaceMention } from './place-mentions';
import { isBeijingPlace } from './place-mentions';
import { classifyCore, MUNICIPAL_UNION } from './union-core';
import { asPrinted, candidate, type UnionCandidate } from './union-candidate';
import { FACILITY_AFTER, FOUNDING_VERBS, NOT_A_UNION_AFTER } from './union-lexicon';

const NOT_A_UNION_AFTER_FIRST = new Set(NOT_A_UNION_AFTER.map((w) => w[0]!));

/** Words that end an organisation's name, so a place right after them starts a branch's name. */
const ORGANISATION_ENDINGS = ['公司', '集团', '局', '银行', '分行'];
import { findNameStart } from './union-name-walk';

export { MUNICIPAL_UNION, NATIONAL_UNION } from './union-core';

export interface UnionSegmentText {
  text: string;
  places: readonly PlaceMention[];
}

export interface MentionContext {
  /** The district the article is most about, for a bare 区总工会. */
  topDistrict: string | undefined;
  districtScores: ReadonlyMap<string, number>;
  /** The article names Beijing itself (not only 经开区 or CBD, which exist elsewhere too). */
  namesBeijing: boolean;
  /** Districts whose names the article printed in an address outside Beijing (长春市朝阳区). */
  districtsElsewhere: ReadonlySet<string>;
}

export type { UnionCandidate } from './union-candidate';

/**
 * @param at index of 工会 in `segment.text`
 * @param floor the name cannot reach back past this index (the end of the previous 工会)
 * @param placeByEnd the segment's place mentions keyed by end offset
 * @param floorUnion the union read at the previous 工会, when its name ended at `floor`
 */
export function readUnionAt(
  segment: UnionSegmentText,
  at: number,
  floor: number,
  placeByEnd: ReadonlyMap<number, PlaceMention>,
  context: MentionContext,
  floorUnion?: UnionCandidate,
): UnionCandidate | null {
  const text = segment.text;
  const after = at + 2;
  if (text.startsWith('系统', after)) return null; // 工会系统: the union system, not one union
  if (
    NOT_A_UNION_AFTER_FIRST.has(text[after] ?? '') &&
    NOT_A_UNION_AFTER.some((w) => text.startsWith(w, after))
  )
    return null;
  const isFederation = text.startsWith('联合会', after);
  const suffix = isFederation ? '工会联合会' : '工会';
  const mentionEnd = isFederation ? after + 3 : after;
  const hasZong = at > 0 && text[at - 1] === '总';
  const coreEnd = hasZong ? at - 1 : at;

  const chain = placeChainEndingAt(coreEnd, floor, placeByEnd);
  if (chain.length > 0 && !insideOrganisationName(text, chain[0]!.start)) {
    const read = fromPlaceChain(
      chain,
      hasZong,
      suffix,
      text.slice(chain[0]!.start, mentionEnd),
      context,
    );
    // 回天地区工会服务站, 清河街道工会驿站: a facility named after the union, not the union at work.
    if (read && FACILITY_AFTER.some((w) => text.startsWith(w, mentionEnd))) return null;
    if (read !== undefined) return read;
  }

  const walk = findNameStart(text, coreEnd, floor, segment.places);
  if (!walk) return null;
  const core = text.slice(walk.start, coreEnd);
  if (core.length === 0) {
    // 街道工委副书记、总工会主席: the chair of a federation (the street's), not of an employer's union.
    if (hasZong) return null;
    if (text[walk.start - 1] === '、' && CHAIR_AFTER.test(text.slice(mentionEnd, mentionEnd + 5)))
      return employerUnion(segment, walk.start - 1, floor, suffix, context);
    return foundedUnion(segment, walk.start, floor, suffix, context);
  }
  if (core.endsWith('兼')) return employerUnion(segment, coreEnd - 1, floor, suffix, context);
  if (core === '区' && text.slice(walk.start - 2, walk.start) === '市、') return null; // 市、区总工会: both levels in general
  const read = classifyCore({
    core,
    hasZong,
    suffix,
    mention: text.slice(walk.start, mentionEnd),
    places: segment.places,
    coreStart: walk.start,
    stop: walk.stop,
    leadWord: walk.leadWord,
    context,
    floorUnion,
  });
  if (read && FACILITY_AFTER.some((w) => text.startsWith(w, mentionEnd))) return null;
  if (read && (walk.stop === 'start' || walk.stop === 'break')) read.clauseStart = true;
  return read;
}

/** 工会主席, 工会副主席: the title that follows a person's other post (…党委书记兼工会主席). */
const CHAIR_AFTER = /^(?:常务)?副?主席/;
/** A post printed right before 兼 or 、 in front of 工会主席. */
const POST_AT_END =
  /(?:党委|党总支|党支部|党组|纪委)?(?:常务)?副?(?:书记|总经理|经理|董事长|主任|院长|校长|局长|处长|部长|厂长|站长|所长|行长|总裁)$/;

/**
 * 施耐德（北京）低压电器有限公司党委书记兼工会主席, 北京某集团党委副书记、工会主席:
 * the person chairs the union of the organisation named before their other post.
 */
function employerUnion(
  segment: UnionSegmentText,
  postEnd: number,
  floor: number,
  suffix: string,
  context: MentionContext,
): UnionCandidate | null {
  const before = segment.text.slice(Math.max(floor, postEnd - 12), postEnd);
  const post = POST_AT_END.exec(before);
  if (!post) return null;
  const read = nameEndingAt(segment, postEnd - post[0].length, floor, suffix, context);
  return read && !read.anaphor && read.strength === 'strong' ? read : null;
}

/** The name printed right before `end` (walked back to where it starts), read as a union with `suffix`. */
function nameEndingAt(
  segment: UnionSegmentText,
  end: number,
  floor: number,
  suffix: string,
  context: MentionContext,
): UnionCandidate | null {
  const walk = findNameStart(segment.text, end, floor, segment.places);
  if (!walk || end - walk.start < 2) return null;
  const core = segment.text.slice(walk.start, end);
  return classifyCore({
    core,
    hasZong: false,
    suffix,
    mention: core + suffix,
    places: segment.places,
    coreStart: walk.start,
    stop: walk.stop,
    leadWord: walk.leadWord,
    context,
  });
}

/** 联东U谷园成立了工会联合会: the subject of 成立 names the new union. */
function foundedUnion(
  segment: UnionSegmentText,
  verbEnd: number,
  floor: number,
  suffix: string,
  context: MentionContext,
): UnionCandidate | null {
  const last = segment.text[verbEnd - 1];
  if (last !== '立' && last !== '了' && last !== '建') return null; // the last characters of FOUNDING_VERBS
  const before = segment.text.slice(Math.max(floor, verbEnd - 3), verbEnd);
  const verb = FOUNDING_VERBS.find((v) => before.endsWith(v));
  if (!verb) return null;
  const read = nameEndingAt(segment, verbEnd - verb.length, floor, suffix, context);
  return read?.anaphor ? null : read;
}

/**
 * A union named by place names printed back to back. Undefined when the chain
 * does not settle it (an area that needs Beijing in an article that does not
 * name it, an area spanning districts): the caller then reads the name as text.
 */
function fromPlaceChain(
  chain: readonly PlaceMention[],
  hasZong: boolean,
  suffix: string,
  mention: string,
  context: MentionContext,
): UnionCandidate | null | undefined {
  const last = chain[chain.length - 1]!;
  const printed = chain.map((m) => m.text).join('');
  const place = last.place;
  if (!chain.every(isBeijingPlace)) {
    // 福建省总工会: named as printed; provinces and cities sit at the municipal tier.
    const level = place.kind === 'foreign' && place.level !== 'county' ? 'municipal' : 'district';
    return asPrinted(
      candidate(`${printed}${hasZong ? '总工会' : suffix}`, level, mention, printed),
    );
  }
  switch (place.kind) {
    case 'root':
      // 北京工会12351 and 北京市工会系统 are services and the system, not a union.
      return hasZong ? candidate(MUNICIPAL_UNION, 'municipal', mention, printed) : null;
    case 'district':
      // 长春市朝阳区 … 朝阳区总工会: the district printed in an address elsewhere is that one.
      if (context.districtsElsewhere.has(place.district))
        return asPrinted(candidate(`${printed}总工会`, 'district', mention, printed));
      return candidate(`${place.district}总工会`, 'district', mention, printed);
    case 'street': {
      const previous = chain.length > 1 ? chain[chain.length - 2] : undefined;
      const district =
        districtBefore(chain) ?? streetDistrict(last, previous, context.districtScores) ?? '';
      // 建国门工会 → 东城区建国门街道总工会: a bare base takes its official suffix.
      return candidate(`${district}${place.name ?? last.text}总工会`, 'street', mention, printed);
    }
    case 'area': {
      if (place.district === null || (place.needsBeijing && !context.namesBeijing))
        return undefined;
      // 经开区总工会 → 北京经济技术开发区总工会, 中关村科学城总工会.
      if (hasZong || place.unionLevel === 'district')
        return candidate(`${place.name}总工会`, place.unionLevel, mention, printed);
      // 中关村延庆园工会联合会, 丽泽商务区工会: as printed, and free to merge into a
      // fuller name in the story (北京丽泽金融商务区管理委员会工会).
      return candidate(`${printed}${suffix}`, 'street', mention, printed, 'strong');
    }
    default:
      return null;
  }
}

/**
 * 中国铁路北京局集团有限公司北京西站: a place printed right after an organisation
 * word is the name of that organisation's branch, read as a whole name.
 */
function insideOrganisationName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  return ORGANISATION_ENDINGS.some((w) => before.endsWith(w));
}

/** The place names printed back to back that end exactly at `end` (密云 + 太师屯镇). */
function placeChainEndingAt(
  end: number,
  floor: number,
  placeByEnd: ReadonlyMap<number, PlaceMention>,
): PlaceMention[] {
  const chain: PlaceMention[] = [];
  let m = placeByEnd.get(end);
  while (m && m.start >= floor) {
    chain.unshift(m);
    m = placeByEnd.get(m.start);
  }
  return chain;
}

function districtBefore(chain: readonly PlaceMention[]): string | undefined {
  for (let i = chain.length - 2; i >= 0; i--) {
    const p = chain[i]!.place;
    if (p.kind === 'district') return p.district;
  }
  return undefined;
}
