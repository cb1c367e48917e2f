/**
 * Which Beijing districts an article is ABOUT, not every district it names.
 * A job-fair story from 密云 that lists jobs in six other districts is about
 * 密云; an inspection of 门头沟 and 西城 is about both.
 *
 * Each Beijing place mention adds its segment's weight to its district
 * (headline 5, first paragraph 2, other paragraphs 1; union names such as
 * 昌平区总工会 and areas such as 望京 are mentions too). A district is kept when
 * its score is at least MIN_SCORE and either at least SHARE × the top score or
 * named in a headline or the lead: a lead that sets the scope (对门头沟区、西城区…
 * 进行深入了解) is trusted even when the body then talks mostly about one of them.
 * The best district needs only TOP_MIN_SCORE: a short story that names its
 * place once, in the lead (近日，回龙观地区…), is about that place, and so is one
 * naming two districts there (东城区、西城区总工会联合举办…); three or more named
 * once each are a list. The only district a story names at all counts wherever
 * it is named. Weights
 * and thresholds: docs/decisions/0003-extraction.md and 0009-places-unions.
 */
import type { PlaceMention } from './place-mentions';
import { isBeijingPlace, showsBeijing } from './place-mentions';

export const DISTRICT_WEIGHTS = { headline: 5, lead: 2, body: 1 } as const;
export const DISTRICT_MIN_SCORE = 3;
/** The top district needs only a lead mention, when at most one other district ties with it. */
export const DISTRICT_TOP_MIN_SCORE = 2;
/** More districts than this tied at the top below MIN_SCORE are a list (位于密云、怀柔、延庆…), not a scope. */
export const DISTRICT_MAX_SCOPE = 2;
export const DISTRICT_SHARE_OF_TOP = 0.5;

export type SegmentRole = keyof typeof DISTRICT_WEIGHTS;

export interface PlacedSegment {
  text: string;
  places: readonly PlaceMention[];
  role: SegmentRole;
}

export interface DistrictRanking {
  /** Kept districts, most relevant first. */
  districts: string[];
  /** Every Beijing district mentioned, with its score (for resolving names later). */
  scores: ReadonlyMap<string, number>;
  /** The article names Beijing (a district, street, area or 北京 itself), not only 经开区 or CBD. */
  namesBeijing: boolean;
  /** Districts whose names were printed in an address outside Beijing (长春市朝阳区). */
  elsewhere: ReadonlySet<string>;
}

export function rankDistricts(segments: readonly PlacedSegment[]): DistrictRanking {
  const scores = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  const inHeadlineOrLead = new Set<string>();
  let order = 0;
  const credit = (district: string, role: SegmentRole) => {
    scores.set(district, (scores.get(district) ?? 0) + DISTRICT_WEIGHTS[role]);
    if (!firstSeen.has(district)) firstSeen.set(district, order++);
    if (role !== 'body') inHeadlineOrLead.add(district);
  };

  const namesBeijing = segments.some((s) => s.places.some(showsBeijing));
  // 长春市朝阳区 … 朝阳区各单位: once a district's name was printed as part of an
  // address elsewhere, its later bare mentions are that place too.
  const elsewhere = new Set<string>();
  for (const s of segments)
    for (const m of s.places)
      if (m.inForeignAddress && m.place.kind === 'district') elsewhere.add(m.place.district);
  // Pass 1: names with one district. Ambiguous streets wait for pass 2, so
  // they can be resolved against the districts the article names anyway.
  const pending: { candidates: readonly string[]; role: SegmentRole }[] = [];
  for (const segment of segments) {
    let previous: PlaceMention | undefined;
    for (const m of segment.places) {
      if (isBeijingPlace(m) && !m.listed) {
        if (m.place.kind === 'district') {
          if (!elsewhere.has(m.place.district)) credit(m.place.district, segment.role);
        } else if (m.place.kind === 'area') {
          if (m.place.district && (namesBeijing || !m.place.needsBeijing))
            credit(m.place.district, segment.role);
        } else if (m.place.kind === 'street') {
          const fixed = streetDistrict(m, previous, undefined);
          if (fixed) credit(fixed, segment.role);
          else pending.push({ candidates: m.place.districts, role: segment.role });
        }
      }
      previous = m;
    }
  }
  for (const p of pending) {
    const resolved = pickByScore(p.candidates, scores);
    if (resolved) credit(resolved, p.role);
  }

  let top = 0;
  let atTop = 0;
  for (const s of scores.values()) {
    if (s > top) [top, atTop] = [s, 1];
    else if (s === top) atTop++;
  }
  const share = DISTRICT_SHARE_OF_TOP * top;
  const onlyOne = scores.size === 1;
  const kept = (d: string, s: number) =>
    (s >= DISTRICT_MIN_SCORE && (s >= share || inHeadlineOrLead.has(d))) ||
    (s === top && atTop <= DISTRICT_MAX_SCOPE && (s >= DISTRICT_TOP_MIN_SCORE || onlyOne));
  const districts = [...scores.entries()]
    .filter(([d, s]) => kept(d, s))
    .sort((a, b) => b[1] - a[1] || (firstSeen.get(a[0]) ?? 0) - (firstSeen.get(b[0]) ?? 0))
    .map(([d]) => d);
  return { districts, scores, namesBeijing, elsewhere };
}

/**
 * The district of a street/town mention: its only district; or, for a name in
 * several districts, the one printed right before it (朝阳区八里庄街道); or, when
 * `scores` is given, the candidate the article mentions most. Undefined when
 * the name stays ambiguous.
 */
export function streetDistrict(
  m: PlaceMention,
  previous: PlaceMention | undefined,
  scores: ReadonlyMap<string, number> | undefined,
): string | undefined {
  if (m.place.kind !== 'street') return undefined;
  const candidates = m.place.districts;
  if (candidates.length === 1) return candidates[0];
  if (
    previous &&
    previous.end === m.start &&
    previous.place.kind === 'district' &&
    candidates.includes(previous.place.district)
  ) {
    return previous.place.district;
  }
  return scores ? pickByScore(candidates, scores) : undefined;
}

function pickByScore(
  candidates: readonly string[],
  scores: ReadonlyMap<string, number>,
): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const s = scores.get(c) ?? 0;
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
