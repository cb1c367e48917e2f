/**
 * Federations named without 工会: 全总 (中华全国总工会), 市总 (北京市总工会, or the
 * city's own in a story from elsewhere), 通州区总 / 区总 (a district's). The
 * same letters occur in ordinary words (健全总体, 城市总体规划, 海淀区总面积,
 * 区总工程师), so an abbreviation counts only at the start of a name (after
 * punctuation or a lead word) and not before the characters that make such words.
 */
import type { PlaceMention } from './place-mentions';
import { isBeijingPlace } from './place-mentions';
import { NATIONAL_UNION } from './union-core';
import type { UnionLevel } from '../../shared/schema';
import { candidate, reference, type UnionCandidate } from './union-candidate';
import { findNameStart } from './union-name-walk';

/** After 总, these make 总体, 总结, 总量, 总经理, 总部 … rather than 总工会. */
const NOT_AFTER_ZONG = new Set(
  '体结量额数和计值之共经监裁队部理长面人产规书则务局站署会院师包价成汇分决动督支指重参行编司',
);

export interface AbbreviationHit {
  /** Where the printed abbreviation starts. */
  start: number;
  candidate: UnionCandidate;
}

const NO_HITS: AbbreviationHit[] = [];

/** @param placesByEnd the segment's place mentions keyed by end offset (built only if needed) */
export function readAbbreviations(
  text: string,
  places: readonly PlaceMention[],
  placesByEnd: () => ReadonlyMap<number, PlaceMention>,
): AbbreviationHit[] {
  let hits = NO_HITS;
  for (let i = text.indexOf('总', 1); i >= 0; i = text.indexOf('总', i + 1)) {
    const unit = text.charCodeAt(i - 1);
    if (unit !== QUAN && unit !== SHI && unit !== QU && unit !== XIAN) continue;
    if (text.startsWith('工会', i + 1) || text.startsWith('工程', i + 1)) continue;
    if (NOT_AFTER_ZONG.has(text[i + 1] ?? '')) continue;
    const hit = readOne(text, i, places, placesByEnd());
    if (hit) (hits === NO_HITS ? (hits = []) : hits).push(hit);
  }
  return hits;
}

const QUAN = '全'.charCodeAt(0);
const SHI = '市'.charCodeAt(0);
const QU = '区'.charCodeAt(0);
const XIAN = '县'.charCodeAt(0);

function readOne(
  text: string,
  zong: number,
  places: readonly PlaceMention[],
  placeByEnd: ReadonlyMap<number, PlaceMention>,
): AbbreviationHit | null {
  const unit = text[zong - 1];
  const sure = (start: number, name: string, level: UnionLevel, kind?: 'city' | 'district') => {
    const mention = text.slice(start, zong + 1);
    const core = text.slice(start, zong);
    const c = kind
      ? reference(kind, name, level, mention, core)
      : candidate(name, level, mention, core);
    return { start, candidate: c };
  };
  const place = placeByEnd.get(zong);
  if (
    place &&
    (unit === '区' || unit === '县') &&
    startsName(text, chainStart(place, placeByEnd), places)
  ) {
    if (!isBeijingPlace(place)) return sure(place.start, `${place.text}总工会`, 'district');
    if (place.place.kind === 'district')
      return sure(place.start, `${place.place.district}总工会`, 'district');
    return null;
  }
  if (unit === '全' && startsName(text, zong - 1, places))
    return sure(zong - 1, NATIONAL_UNION, 'national');
  if (unit === '市') {
    if (text.slice(zong - 3, zong - 1) === '北京' && startsName(text, zong - 3, places))
      return sure(zong - 3, '北京市总工会', 'municipal');
    if (startsName(text, zong - 1, places)) {
      return sure(zong - 1, '北京市总工会', 'municipal', 'city');
    }
  }
  if (unit === '区' && startsName(text, zong - 1, places)) {
    return sure(zong - 1, '', 'district', 'district');
  }
  return null;
}

/** Where the place names printed back to back before `place` start (北京 + 通州区). */
function chainStart(place: PlaceMention, placeByEnd: ReadonlyMap<number, PlaceMention>): number {
  let start = place.start;
  for (let m = placeByEnd.get(start); m; m = placeByEnd.get(start)) start = m.start;
  return start;
}

function startsName(text: string, at: number, places: readonly PlaceMention[]): boolean {
  if (at <= 0) return at === 0;
  return findNameStart(text, at, 0, places)?.start === at;
}
