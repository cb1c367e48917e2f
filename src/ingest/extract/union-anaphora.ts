/**
 * Names that refer back to a unit named earlier in the article: 该公司工会, 公司
 * 工会, 街道总工会, 该镇总工会, 地区工会, 区总工会, and 市总工会 in a story from
 * another city. Each takes the nearest earlier unit of its kind: a union already
 * read (高丽营镇总工会 … 该镇总工会), a Beijing street or town the gazetteer found
 * (在左家庄街道 … 街道总工会), or, for companies, groups and hospitals, an
 * organisation named in the text (北京建博海公司 … 公司工会). A reference with
 * nothing before it names no union (据该镇总工会介绍 on its own).
 */
import type { UnionLevel } from '../../shared/schema';
import { streetDistrict } from './districts';
import type { PlaceMention } from './place-mentions';
import { isBeijingPlace } from './place-mentions';
import { beijingShi, isGeneric, MUNICIPAL_UNION } from './union-core';
import type { AnaphorKind } from './union-lexicon';
import { ANAPHOR_DETERMINERS } from './union-lexicon';
import type { MentionContext, UnionCandidate, UnionSegmentText } from './union-mention';
import { findNameStart } from './union-name-walk';

export interface PlacedCandidate extends UnionCandidate {
  /** Index of the segment (headlines first, then paragraphs). */
  segment: number;
  /** Offset of the mention in its segment. */
  start: number;
}

interface Antecedent {
  segment: number;
  end: number;
  name: string;
  level: UnionLevel;
  /** For an organisation: its name as printed, so a short form can still merge into a longer one. */
  printedCore?: string;
}

/** The endings of a printed unit that each kind of reference can point back to. */
const UNIT_ENDINGS: Record<Exclude<AnaphorKind, 'district' | 'county'>, readonly string[]> = {
  street: ['街道'],
  town: ['镇', '地区'],
  township: ['乡', '地区'],
  area: ['地区', '镇', '乡'],
  community: ['社区'],
  company: ['公司'],
  group: ['集团', '集团公司', '集团有限公司', '集团有限责任公司'],
  hospital: ['医院', '院'],
  school: ['大学', '学院', '学校', '中学', '小学'],
  bureau: ['局'],
};
/** Organisations also looked for in the text, not only among unions already read. */
const TEXT_WORDS: Partial<Record<AnaphorKind, string>> = {
  company: '公司',
  group: '集团',
  hospital: '医院',
};
const STREET_KINDS = new Set<AnaphorKind>(['street', 'town', 'township', 'area']);

/**
 * Gives every reference its antecedent's name and level, in article order (so a
 * reference can point to one resolved before it). Unresolved references are
 * dropped; the rest of `found` is returned unchanged.
 */
export function resolveAnaphora<T extends PlacedCandidate>(
  found: readonly T[],
  segments: readonly UnionSegmentText[],
  context: MentionContext,
): T[] {
  const kept: T[] = [];
  for (const f of found) {
    if (!f.anaphor) {
      kept.push(f);
      continue;
    }
    const kind = f.anaphor;
    const earlier = kept.filter((k) => before(k.segment, k.start, f));
    const resolved =
      kind === 'city'
        ? cityUnion(f, earlier, segments, context)
        : kind === 'district'
          ? districtUnion(earlier, context)
          : nearest([
              ...fromUnions(kind, earlier),
              ...(STREET_KINDS.has(kind) ? fromStreets(kind, f, segments, context) : []),
              ...(kind === 'county' ? fromCounties(f, segments) : []),
              ...fromText(kind, f, segments),
            ]);
    if (!resolved) continue;
    f.name = resolved.name;
    f.level = resolved.level;
    if (resolved.printedCore !== undefined) {
      // 医院工会 after 友谊医院: the short form 友谊医院 still merges into 北京友谊医院.
      f.printedCore = resolved.printedCore;
      f.strength = 'strong';
    }
    f.anaphor = undefined;
    kept.push(f);
  }
  return kept;
}

function before(segment: number, end: number, f: PlacedCandidate): boolean {
  return segment < f.segment || (segment === f.segment && end <= f.start);
}

function nearest(candidates: readonly Antecedent[]): Antecedent | undefined {
  let best: Antecedent | undefined;
  for (const c of candidates)
    if (!best || c.segment > best.segment || (c.segment === best.segment && c.end > best.end))
      best = c;
  return best;
}

/** 市总工会: Beijing's, unless the story is from another city and names that city's. */
function cityUnion(
  f: PlacedCandidate,
  earlier: readonly PlacedCandidate[],
  segments: readonly UnionSegmentText[],
  context: MentionContext,
): Antecedent {
  const beijing = { segment: 0, end: 0, name: MUNICIPAL_UNION, level: 'municipal' as const };
  if (context.namesBeijing) return beijing;
  const unions = earlier
    .filter((k) => k.name.endsWith('市总工会') && k.name !== MUNICIPAL_UNION)
    .map(asAntecedent);
  const cities = placesBefore(f, segments)
    .filter(({ m }) => m.place.kind === 'foreign' && m.place.level === 'city')
    .map(({ m, segment }) => ({
      segment,
      end: m.end,
      name: `${m.text}${m.text.endsWith('市') ? '' : '市'}总工会`,
      level: 'municipal' as const,
    }));
  // 滨海新区各级工会按照全总、市总…: a county or district of a city names that city.
  const parents = placesBefore(f, segments)
    .filter(
      ({ m }) =>
        m.place.kind === 'foreign' &&
        m.place.level === 'county' &&
        m.place.name?.endsWith('市') === true,
    )
    .map(({ m, segment }) => ({
      segment,
      end: m.end,
      name: `${m.place.kind === 'foreign' ? m.place.name : ''}总工会`,
      level: 'municipal' as const,
    }));
  return nearest([...unions, ...cities]) ?? nearest(parents) ?? beijing;
}

/** 区总工会: the article's district, or the district-tier union named before (静安区总工会). */
function districtUnion(
  earlier: readonly PlacedCandidate[],
  context: MentionContext,
): Antecedent | undefined {
  if (context.topDistrict)
    return { segment: 0, end: 0, name: `${context.topDistrict}总工会`, level: 'district' };
  return nearest(
    earlier.filter((k) => k.level === 'district' && k.name.endsWith('区总工会')).map(asAntecedent),
  );
}

function fromUnions(kind: AnaphorKind, earlier: readonly PlacedCandidate[]): Antecedent[] {
  const endings = kind === 'county' ? ['县'] : UNIT_ENDINGS[kind as keyof typeof UNIT_ENDINGS];
  const tier: UnionLevel =
    kind === 'county'
      ? 'district'
      : STREET_KINDS.has(kind) || kind === 'community'
        ? 'street'
        : 'enterprise';
  return earlier
    .filter(
      (k) =>
        k.level === tier && k.strength !== 'weak' && endings.some((e) => k.printedCore.endsWith(e)),
    )
    .map(asAntecedent);
}

function asAntecedent(k: PlacedCandidate): Antecedent {
  const end = k.start + k.mention.length;
  const antecedent: Antecedent = { segment: k.segment, end, name: k.name, level: k.level };
  if (k.level === 'enterprise') antecedent.printedCore = k.printedCore;
  return antecedent;
}

/** Beijing streets and towns the gazetteer found before the reference (在金盏地区 … 地区工会). */
function fromStreets(
  kind: AnaphorKind,
  f: PlacedCandidate,
  segments: readonly UnionSegmentText[],
  context: MentionContext,
): Antecedent[] {
  const endings = UNIT_ENDINGS[kind as keyof typeof UNIT_ENDINGS];
  const out: Antecedent[] = [];
  for (const { m, previous, segment } of placesBefore(f, segments)) {
    const printed = m.place.kind === 'street' ? (m.place.name ?? m.text) : m.text;
    if (
      !isBeijingPlace(m) ||
      m.listed ||
      m.place.kind !== 'street' ||
      !endings.some((e) => printed.endsWith(e))
    )
      continue;
    const district =
      previous?.place.kind === 'district' && previous.end === m.start
        ? previous.place.district
        : streetDistrict(m, previous, context.districtScores);
    if (district)
      out.push({ segment, end: m.end, name: `${district}${printed}总工会`, level: 'street' });
  }
  return out;
}

/** 该县总工会 in a story from a county elsewhere: that county's. */
function fromCounties(f: PlacedCandidate, segments: readonly UnionSegmentText[]): Antecedent[] {
  return placesBefore(f, segments)
    .filter(
      ({ m }) => m.place.kind === 'foreign' && m.place.level === 'county' && m.text.endsWith('县'),
    )
    .map(({ m, segment }) => ({ segment, end: m.end, name: `${m.text}总工会`, level: 'district' }));
}

/** The nearest company, group or hospital named in the text before the reference. */
function fromText(
  kind: AnaphorKind,
  f: PlacedCandidate,
  segments: readonly UnionSegmentText[],
): Antecedent[] {
  const word = TEXT_WORDS[kind];
  if (!word) return [];
  for (let s = f.segment; s >= 0; s--) {
    const { text, places } = segments[s]!;
    const limit = s === f.segment ? f.start : text.length;
    // lastIndexOf clamps a negative start to 0, so stop explicitly at the text's start.
    let p = limit >= word.length ? text.lastIndexOf(word, limit - word.length) : -1;
    for (; p >= 0; p = p > 0 ? text.lastIndexOf(word, p - 1) : -1) {
      const end = p + word.length;
      const walk = findNameStart(text, end, 0, places);
      if (!walk) continue;
      const core = text.slice(walk.start, end);
      if (core.length < word.length + 2 || isGeneric(core)) continue;
      if (ANAPHOR_DETERMINERS.some((d) => core.startsWith(d))) continue;
      return [
        {
          segment: s,
          end,
          name: `${beijingShi(core)}工会`,
          level: 'enterprise',
          printedCore: core,
        },
      ];
    }
  }
  return [];
}

function placesBefore(
  f: PlacedCandidate,
  segments: readonly UnionSegmentText[],
): { m: PlaceMention; previous: PlaceMention | undefined; segment: number }[] {
  const out: { m: PlaceMention; previous: PlaceMention | undefined; segment: number }[] = [];
  for (let s = 0; s <= f.segment; s++) {
    let previous: PlaceMention | undefined;
    for (const m of segments[s]!.places) {
      if (s === f.segment && m.end > f.start) break;
      out.push({ m, previous, segment: s });
      previous = m;
    }
  }
  return out;
}
