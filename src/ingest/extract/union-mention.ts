/**
 * Reads the union named by one occurrence of 工会 in a piece of text, or decides
 * that it names none (各级工会, 工会经费, 中国工会十八大). The name's start is found
 * by walking back from 工会: first through place names (朝阳区金盏地区总工会 →
 * a street union in 朝阳区), otherwise to punctuation or a lead word (听取慈爱嘉工会).
 */
import type { UnionLevel } from '../../shared/schema';
import { streetDistrict } from './districts';
import type { PlaceMention } from './place-mentions';
import { isBeijingPlace } from './place-mentions';
import {
  GENERIC_NAME_WORDS,
  GENERIC_PREFIXES,
  NAME_BREAK_CHARS,
  NAME_LEAD_WORDS,
  NOT_BEIJING_SHI,
  ORGANISATION_WORDS,
  UNKNOWN_PLACE_ENDINGS,
} from './union-lexicon';

export const MUNICIPAL_UNION = '北京市总工会';
export const NATIONAL_UNION = '中华全国总工会';
/** Longer than this without a break, the text before 工会 is prose, not a name. */
const MAX_NAME_LENGTH = 24;
/** 中关村科学城总工会-style names are short; longer ones are prose. */
const MAX_AREA_NAME_LENGTH = 12;

export interface UnionSegmentText {
  text: string;
  places: readonly PlaceMention[];
}

export interface MentionContext {
  /** The district the article is most about, for a bare 区总工会. */
  topDistrict: string | undefined;
  districtScores: ReadonlyMap<string, number>;
}

export interface UnionCandidate {
  name: string;
  level: UnionLevel;
  /** The text as printed, e.g. 友谊医院工会. */
  mention: string;
  /**
   * How sure we are an enterprise name is a name: `strong` names contain an
   * organisation word (公司, 集团, 医院); `weak` ones (慈爱嘉, 建工装饰) must be
   * confirmed by the rest of the article. Every other level is `sure`.
   */
  strength: 'sure' | 'strong' | 'weak';
  /** For enterprises: the name without 工会, as printed (before 市 → 北京市). */
  printedCore: string;
}

// Lookup tables built once: the backward walk runs for every 工会 in the corpus.
const leadWordsByLastUnit = indexByLastUnit(NAME_LEAD_WORDS);
const breakUnits = new Uint8Array(0x10000);
for (const ch of NAME_BREAK_CHARS) breakUnits[ch.charCodeAt(0)] = 1;

/**
 * @param at index of 工会 in `segment.text`
 * @param floor the name cannot reach back past this index (the end of the previous 工会)
 * @param placeByEnd the segment's place mentions keyed by end offset
 */
export function readUnionAt(
  segment: UnionSegmentText,
  at: number,
  floor: number,
  placeByEnd: ReadonlyMap<number, PlaceMention>,
  context: MentionContext,
): UnionCandidate | null {
  const text = segment.text;
  const after = at + 2;
  if (text.startsWith('系统', after)) return null; // 工会系统: the union system, not one union
  const isFederation = text.startsWith('联合会', after);
  const suffix = isFederation ? '工会联合会' : '工会';
  const mentionEnd = isFederation ? after + 3 : after;
  const hasZong = at > 0 && text[at - 1] === '总';
  const coreEnd = hasZong ? at - 1 : at;

  const chain = placeChainEndingAt(coreEnd, floor, placeByEnd);
  if (chain.length > 0) {
    return fromPlaceChain(chain, hasZong, text.slice(chain[0]!.start, mentionEnd), context);
  }

  let start = coreEnd;
  let foundStart = false;
  while (coreEnd - start <= MAX_NAME_LENGTH) {
    if (
      start <= floor ||
      breakUnits[text.charCodeAt(start - 1)] === 1 ||
      (endsWithLeadWord(text, start) && !insidePlace(segment.places, start))
    ) {
      foundStart = true;
      break;
    }
    start--;
  }
  if (!foundStart) return null;
  const core = text.slice(start, coreEnd);
  const mention = text.slice(start, mentionEnd);
  if (core === '区' && text.slice(start - 2, start) === '市、') return null; // 市、区总工会: both levels in general
  return classifyCore(core, hasZong, suffix, mention, segment.places, start, context);
}

function classifyCore(
  core: string,
  hasZong: boolean,
  suffix: string,
  mention: string,
  places: readonly PlaceMention[],
  coreStart: number,
  context: MentionContext,
): UnionCandidate | null {
  const sure = (name: string, level: UnionLevel): UnionCandidate => ({
    name,
    level,
    mention,
    strength: 'sure',
    printedCore: core,
  });
  if (core.length === 0 || core.endsWith('中国')) return null; // 中国工会十八大 is the movement's congress
  if (hasZong && core === '市') return sure(MUNICIPAL_UNION, 'municipal');
  if (hasZong && (core === '全国' || core === '中华全国')) return sure(NATIONAL_UNION, 'national');
  if (core === '区')
    return context.topDistrict ? sure(`${context.topDistrict}总工会`, 'district') : null;
  if (isGeneric(core)) return null;
  if (UNKNOWN_PLACE_ENDINGS.some((e) => core.endsWith(e))) return null;
  const rest = afterLeadingPlaces(core, places, coreStart);
  if (rest !== core && (rest.length === 0 || isGeneric(rest))) return null; // 西城区非公有制企业工会

  const name = beijingShi(core);
  const hasOrganisationWord = ORGANISATION_WORDS.some((w) => core.includes(w));
  if (core.startsWith('中国') && !hasOrganisationWord) return sure(core + suffix, 'industry');
  if (hasZong) {
    if (/[0-9０-９]/.test(core) || core.length > MAX_AREA_NAME_LENGTH || core.endsWith('区'))
      return null;
    // 中关村科学城总工会: an area union printed without a known place name.
    return sure(`${name}总工会`, hasOrganisationWord ? 'enterprise' : 'street');
  }
  if (name.startsWith('北京市') && !hasOrganisationWord) return sure(name + suffix, 'industry'); // 北京市教育工会
  if (core.length < 2) return null;
  return {
    name: name + suffix,
    level: 'enterprise',
    mention,
    strength: hasOrganisationWord ? 'strong' : 'weak',
    printedCore: core,
  };
}

function fromPlaceChain(
  chain: readonly PlaceMention[],
  hasZong: boolean,
  mention: string,
  context: MentionContext,
): UnionCandidate | null {
  const last = chain[chain.length - 1]!;
  const printed = chain.map((m) => m.text).join('');
  const sure = (name: string, level: UnionLevel): UnionCandidate => ({
    name,
    level,
    mention,
    strength: 'sure',
    printedCore: printed,
  });
  if (!chain.every(isBeijingPlace)) {
    // 福建省总工会: named as printed; provinces and cities sit at the municipal tier.
    const level =
      last.place.kind === 'foreign' && last.place.level !== 'county' ? 'municipal' : 'district';
    return sure(`${printed}${hasZong ? '总工会' : '工会'}`, level);
  }
  switch (last.place.kind) {
    case 'root':
      // 北京工会12351 and 北京市工会系统 are services and the system, not a union.
      return hasZong ? sure(MUNICIPAL_UNION, 'municipal') : null;
    case 'district':
      return sure(`${last.place.district}总工会`, 'district');
    case 'street': {
      const previous = chain.length > 1 ? chain[chain.length - 2] : undefined;
      const district =
        districtBefore(chain) ?? streetDistrict(last, previous, context.districtScores) ?? '';
      return sure(`${district}${last.text}总工会`, 'street');
    }
    default:
      return null;
  }
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

function afterLeadingPlaces(
  core: string,
  places: readonly PlaceMention[],
  coreStart: number,
): string {
  let pos = coreStart;
  for (;;) {
    const m = places.find((p) => p.start === pos && isBeijingPlace(p));
    if (!m) break;
    pos = m.end;
  }
  return core.slice(pos - coreStart);
}

function isGeneric(core: string): boolean {
  if (GENERIC_PREFIXES.some((p) => core.startsWith(p))) return true;
  // Made only of generic words: 公司, 子公司, 集团各级, 医院.
  let rest = core;
  while (rest.length > 0) {
    const word = GENERIC_NAME_WORDS.find((w) => rest.startsWith(w));
    if (!word) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/** 市自来水集团 → 北京市自来水集团: in this paper a leading 市 is Beijing. */
function beijingShi(core: string): string {
  if (!core.startsWith('市') || NOT_BEIJING_SHI.some((w) => core.startsWith(w))) return core;
  return `北京${core}`;
}

function insidePlace(places: readonly PlaceMention[], pos: number): boolean {
  return places.some((m) => m.start < pos && pos < m.end);
}

function endsWithLeadWord(text: string, pos: number): boolean {
  if (pos === 0) return false;
  const words = leadWordsByLastUnit[text.charCodeAt(pos - 1)];
  if (!words) return false;
  for (const w of words) if (pos >= w.length && text.startsWith(w, pos - w.length)) return true;
  return false;
}

/** Words grouped by their last code unit, in an array indexed by that unit (faster than a Map). */
function indexByLastUnit(words: readonly string[]): (string[] | undefined)[] {
  const index = new Array<string[] | undefined>(0x10000).fill(undefined);
  for (const w of words) (index[w.charCodeAt(w.length - 1)] ??= []).push(w);
  return index;
}
