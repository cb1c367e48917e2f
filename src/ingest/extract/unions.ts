/**
 * All unions an article names, as canonical UnionRefs, most relevant first
 * (named in a headline first, then by how often they are named).
 *
 * Enterprise names need the whole article: a short form is merged into a longer
 * name whose characters it follows in order (友谊医院工会 → 北京友谊医院工会,
 * 建工装饰工会 → 北京建工装饰集团工会), and a short name without an organisation
 * word (慈爱嘉工会) is kept only if the article also names it as an organisation
 * (北京慈爱嘉养老服务有限公司), printed in a headline, or printed twice. That
 * drops prose that happens to precede 工会 (用涓滴善行汇聚工会大爱).
 *
 * References back (该公司工会, 街道总工会, 区总工会) take the name of the unit
 * named before them (union-anaphora.ts); abbreviations without 工会 (全总, 市总,
 * 通州区总) are read by union-abbreviations.ts.
 */
import type { UnionRef } from '../../shared/schema';
import { streetDistrict } from './districts';
import type { PlaceMention } from './place-mentions';
import { isBeijingPlace } from './place-mentions';
import { readAbbreviations } from './union-abbreviations';
import { resolveAnaphora, type PlacedCandidate } from './union-anaphora';
import { candidate, type UnionCandidate } from './union-candidate';
import { readUnionAt, type MentionContext, type UnionSegmentText } from './union-mention';
import { fullestPrintedName } from './union-full-names';
import { CONFIRMING_ORGANISATION_WORDS, LEGAL_FORM, NAME_BREAK_CHARS } from './union-lexicon';

export interface UnionSegment extends UnionSegmentText {
  inHeadline: boolean;
  /** The credited source unit (（北京邮政工会）): a name there is a name, however short. */
  isCredit?: boolean;
}

interface Found extends PlacedCandidate {
  inHeadline: boolean;
  inCredit: boolean;
  order: number;
}

/**
 * 东城区、西城区总工会: districts listed before a district's union share its
 * 总工会, so each names its own.
 */
function districtsListedBefore(
  text: string,
  start: number,
  placeByEnd: ReadonlyMap<number, PlaceMention>,
  c: UnionCandidate,
  context: MentionContext,
): { district: string; start: number; mention: string }[] {
  if (c.level !== 'district' || c.asPrinted || c.anaphor || !c.mention.endsWith('总工会'))
    return [];
  const listed: { district: string; start: number; mention: string }[] = [];
  for (let at = start; text[at - 1] === '、';) {
    const m = placeByEnd.get(at - 1);
    if (!m || m.place.kind !== 'district' || m.inForeignAddress) break;
    if (context.districtsElsewhere.has(m.place.district)) break;
    listed.unshift({ district: m.place.district, start: m.start, mention: m.text });
    at = m.start;
  }
  return listed;
}

const LISTED_KIND_SUFFIX: Partial<Record<string, string>> = {
  street: '街道',
  town: '镇',
  township: '乡',
  area: '地区',
};

/**
 * 望京、酒仙桥、麦子店等街道总工会: streets or towns listed before a shared
 * 等街道总工会 each name their own union (望京 → 朝阳区望京街道总工会).
 */
function placesListedBefore(
  text: string,
  start: number,
  placeByEnd: ReadonlyMap<number, PlaceMention>,
  c: UnionCandidate,
  context: MentionContext,
): { start: number; candidate: UnionCandidate }[] {
  const suffix = c.anaphor ? LISTED_KIND_SUFFIX[c.anaphor] : undefined;
  if (!suffix || text[start - 1] !== '等') return [];
  const listed: { start: number; candidate: UnionCandidate }[] = [];
  let m = placeByEnd.get(start - 1);
  while (m && isBeijingPlace(m) && (m.place.kind === 'street' || m.place.kind === 'area')) {
    const previous = placeByEnd.get(m.start);
    const district =
      m.place.kind === 'area'
        ? m.place.district
        : (streetDistrict(m, previous, context.districtScores) ?? null);
    if (!district) break;
    const printed = m.place.kind === 'street' && m.place.name ? m.place.name : m.text;
    const name = `${district}${printed.endsWith(suffix) ? printed : printed + suffix}总工会`;
    listed.unshift({ start: m.start, candidate: candidate(name, 'street', m.text, m.text) });
    if (text[m.start - 1] !== '、') break;
    m = placeByEnd.get(m.start - 1);
  }
  return listed.length >= 2 ? listed : [];
}

function toFound(c: UnionCandidate, segment: number, start: number, seg: UnionSegment): Found {
  return {
    name: c.name,
    level: c.level,
    mention: c.mention,
    strength: c.strength,
    printedCore: c.printedCore,
    anaphor: c.anaphor,
    clauseStart: c.clauseStart,
    asPrinted: c.asPrinted,
    segment,
    start,
    inHeadline: seg.inHeadline,
    inCredit: seg.isCredit === true,
    order: 0,
  };
}

/** How far after a confirming mention the organisation word may be (慈爱嘉养老服务有限公司). */
const CONFIRM_WINDOW = 16;
const MAX_WEAK_NAME_LENGTH = 10;

export function extractUnions(
  segments: readonly UnionSegment[],
  context: MentionContext,
): UnionRef[] {
  const found: Found[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const text = segment.text;
    const first = found.length;
    let placeByEnd: Map<number, PlaceMention> | undefined;
    const placesByEnd = () => (placeByEnd ??= new Map(segment.places.map((m) => [m.end, m])));
    let floor = 0;
    let previous: Found | undefined;
    for (let at = text.indexOf('工会'); at >= 0; at = text.indexOf('工会', at + 2)) {
      const floorUnion =
        previous && previous.start + previous.mention.length >= floor ? previous : undefined;
      const c = readUnionAt(segment, at, floor, placesByEnd(), context, floorUnion);
      floor = at + 2;
      previous = undefined;
      if (c) {
        const end = text.startsWith('联合会', at + 2) ? at + 5 : at + 2;
        const start = end - c.mention.length;
        // 望京、酒仙桥、麦子店等街道总工会: each listed street's union.
        const listed = placesListedBefore(text, start, placesByEnd(), c, context);
        if (listed.length > 0) {
          for (const l of listed) found.push(toFound(l.candidate, index, l.start, segment));
          previous = found.at(-1);
          continue;
        }
        for (const d of districtsListedBefore(text, start, placesByEnd(), c, context))
          found.push(
            toFound(
              candidate(`${d.district}总工会`, 'district', d.mention, d.mention),
              index,
              d.start,
              segment,
            ),
          );
        previous = found[found.push(toFound(c, index, start, segment)) - 1];
      }
    }
    const hits = readAbbreviations(text, segment.places, placesByEnd);
    for (const hit of hits) found.push(toFound(hit.candidate, index, hit.start, segment));
    if (hits.length > 0) {
      const inSegment = found.splice(first).sort((a, b) => a.start - b.start);
      for (const f of inSegment) found.push(f);
    }
  }
  for (let i = 0; i < found.length; i++) found[i]!.order = i;
  if (found.length === 0) return [];
  const resolved = resolveAnaphora(found, segments, context);
  const kept = resolveEnterprises(resolved, () => segments.map((s) => s.text).join('\n'));
  mergePrintedForms(kept);
  return rank(kept);
}

/** Names kept as printed that must end alike before a shorter one merges into a longer one. */
const SAME_ENDING = 5;

/**
 * 相山区总工会 and 安徽省淮北市相山区总工会, 东城街道总工会 and 广东省东莞市东城街道
 * 总工会: a union named as printed takes the fullest form the story prints, when
 * that form holds its characters in order and ends the same way (a short X工会
 * may end as X总工会).
 */
function mergePrintedForms(found: Found[]): void {
  const printed = [...new Set(found.filter((f) => f.asPrinted).map((f) => f.name))];
  if (printed.length === 0) return;
  // 苏州工业园区工会 in a headline is the 江苏苏州工业园区总工会 the text prints.
  const shortInHeadline = found.filter(
    (f) => !f.asPrinted && f.inHeadline && !/(?:总工会|联合会)$/u.test(f.name),
  );
  if (printed.length < 2 && shortInHeadline.length === 0) return;
  const fullest = new Map<string, Found>();
  const names = new Set([...printed, ...shortInHeadline.map((f) => f.name)]);
  for (const name of names) {
    let best: Found | undefined;
    const asFederation = /(?:总工会|联合会)$/u.test(name) ? name : `${name.slice(0, -2)}总工会`;
    for (const other of found) {
      if (!other.asPrinted || other.name.length <= (best?.name ?? name).length) continue;
      if (
        (other.name.endsWith(name.slice(-SAME_ENDING)) ||
          other.name.endsWith(asFederation.slice(-SAME_ENDING))) &&
        isSubsequence(name, other.name)
      )
        best = other;
    }
    if (best) fullest.set(name, best);
  }
  for (const f of found) {
    if (!f.asPrinted && !shortInHeadline.includes(f)) continue;
    const best = fullest.get(f.name);
    if (!best) continue;
    f.name = best.name;
    f.level = best.level;
  }
}

function resolveEnterprises(found: Found[], fullText: () => string): Found[] {
  const strongCores = [
    ...new Set(found.filter((f) => f.strength === 'strong').map((f) => f.printedCore)),
  ];
  const strongNameOf = new Map(
    found.filter((f) => f.strength === 'strong').map((f) => [f.printedCore, f.name]),
  );
  const kept: Found[] = [];
  let text: string | undefined;
  for (const f of found) {
    if (f.strength === 'sure') {
      kept.push(f);
      continue;
    }
    const longer = fullestExpansion(f.printedCore, strongCores);
    if (longer !== undefined) {
      f.name = strongNameOf.get(longer) ?? f.name;
      f.strength = 'strong';
      kept.push(f);
      continue;
    }
    if (f.strength === 'strong') {
      text ??= fullText();
      completeName(f, text);
      kept.push(f);
      continue;
    }
    if (f.printedCore.length > MAX_WEAK_NAME_LENGTH) continue;
    text ??= fullText();
    const opensHeadline = f.inHeadline && f.clauseStart === true;
    if (
      opensHeadline ||
      f.inCredit ||
      printedTwice(f, found) ||
      namedAsOrganisation(f.printedCore, text)
    )
      kept.push(f);
  }
  return kept;
}

/** 宏岳建工集团工会 → 北京宏岳建工集团有限公司工会: the fullest name the story prints for the unit. */
function completeName(f: Found, text: string): void {
  if (f.level !== 'enterprise' || f.asPrinted) return;
  const full = fullestPrintedName(f.printedCore, text);
  if (!full) return;
  f.name = `${full}${f.name.endsWith('工会联合会') ? '工会联合会' : '工会'}`;
  f.printedCore = full;
}

/** A short name printed as a union twice is a name, not prose that happens to precede 工会. */
function printedTwice(f: Found, found: readonly Found[]): boolean {
  let n = 0;
  for (const g of found) if (g.printedCore === f.printedCore && ++n > 1) return true;
  return false;
}

/**
 * The shortest longer name whose characters include `core` in order. A prefix
 * is a parent, not a spelling (北京公交集团 is not 北京公交集团北巴传媒公司), so
 * prefixes don't count, except before a bare legal form (北京发行集团 is
 * 北京发行集团有限责任公司).
 */
function shortestExpansion(core: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const name of names) {
    if (name.length <= core.length || !isSubsequence(core, name)) continue;
    if (name.startsWith(core) && !LEGAL_FORM.test(name.slice(core.length))) continue;
    if (best === undefined || name.length < best.length) best = name;
  }
  return best;
}

/** Follows expansions to the end: 发行集团 → 北京发行集团 → 北京发行集团有限责任公司. */
function fullestExpansion(core: string, names: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let next = shortestExpansion(core, names); next !== undefined;) {
    found = next;
    next = shortestExpansion(next, names);
  }
  return found;
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Does the article print `core` as part of an organisation's name, not followed by 工会? */
function namedAsOrganisation(core: string, text: string): boolean {
  for (let p = text.indexOf(core); p >= 0; p = text.indexOf(core, p + 1)) {
    const after = p + core.length;
    if (text.startsWith('工会', after)) continue;
    let end = after;
    while (end < text.length && end - after < CONFIRM_WINDOW && !NAME_BREAK_CHARS.has(text[end]!))
      end++;
    const window = text.slice(after, end);
    if (CONFIRMING_ORGANISATION_WORDS.some((w) => window.includes(w))) return true;
  }
  return false;
}

function rank(found: readonly Found[]): UnionRef[] {
  const byName = new Map<
    string,
    { ref: UnionRef; inHeadline: boolean; count: number; first: number; inText: boolean }
  >();
  for (const f of found) {
    let entry = byName.get(f.name);
    if (!entry) {
      entry = {
        ref: { name: f.name, level: f.level, mentions: [] },
        inHeadline: false,
        count: 0,
        first: f.order,
        inText: false,
      };
      byName.set(f.name, entry);
    }
    entry.count++;
    entry.inHeadline ||= f.inHeadline;
    entry.inText ||= !f.inCredit;
    if (!entry.ref.mentions.includes(f.mention)) entry.ref.mentions.push(f.mention);
  }
  // The credited source (（房山区总工会）) confirms a name the story prints; it adds none.
  return [...byName.values()]
    .filter((e) => e.inText)
    .sort(
      (a, b) =>
        Number(b.inHeadline) - Number(a.inHeadline) || b.count - a.count || a.first - b.first,
    )
    .map((e) => e.ref);
}
