/**
 * One synthetic story as structured data (headlines, byline, paragraphs);
 * render.ts decides how it is printed (column breaks, repeats, cuts).
 * News stories are a templated headline and lead for an event kind, then
 * body paragraphs recombined from seed stories of that kind, rewritten for
 * the story's district, town, year and figures.
 */
import {
  EVENTS,
  GENERIC_HEADLINES,
  GENERIC_LEADS,
  GROUPS,
  PHOTO_HEADLINES,
  PHOTO_TEXTS,
  THEMES,
  TRADES,
  type EventTemplate,
} from './events';
import { sentences, type Material, type SeedStory } from './material';
import { personName, type Desk } from './names';
import { beijingDistricts, ENTERPRISES, FIRM_WORDS, INDUSTRIES, type District } from './places';
import type { Random } from './prng';
import { Rewriter } from './rewrite';

export interface NewsStory {
  kind: 'news';
  headlines: string[];
  /** A kicker printed apart from the title, several blank lines above it (seed 003). */
  kickerGap: boolean;
  /** Inside the lead's brackets: 记者 周美玉 通讯员 王星月 */
  credit: string;
  paragraphs: string[];
  /** A photo credit: appended to the last paragraph (trailing) or on its own line. */
  photoCredit?: { text: string; trailing: boolean };
  district: string;
}

export interface PhotoStory {
  kind: 'photo';
  headlines: string[];
  paragraphs: [string];
  /** One line, or two when the credit is broken like seed 004's 崔欣 / 宋雅欣. */
  creditLines: string[];
  district: string;
}

export type Story = NewsStory | PhotoStory;

/** Corpus-wide inputs: the same for every page of one seed. */
export interface CorpusContext {
  material: Material;
  desk: Desk;
  /** Seed news stories per event id (by trigger words), and those of no kind. */
  byEvent: Map<string, SeedStory[]>;
  generic: SeedStory[];
}

/** Per-page state: seed paragraphs already printed on this page are not printed again. */
export interface PageState {
  year: number;
  month: number;
  used: Set<string>;
}

const CN_ORDINALS = ['二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function makeCorpusContext(material: Material, desk: Desk): CorpusContext {
  const byEvent = new Map<string, SeedStory[]>();
  const generic: SeedStory[] = [];
  for (const story of material.news) {
    const text = story.headlines.join('') + story.paragraphs.join('');
    const kinds = EVENTS.filter((e) => e.triggers.some((t) => text.includes(t)));
    for (const e of kinds) byEvent.set(e.id, [...(byEvent.get(e.id) ?? []), story]);
    if (kinds.length === 0) generic.push(story);
  }
  return { material, desk, byEvent, generic };
}

/** Bigger districts (more streets and towns) get more stories, as in the paper. */
function pickDistrict(rng: Random): District {
  return rng.weighted(beijingDistricts().map((d) => [d, d.towns.length] as const));
}

function enterprise(rng: Random, district: District): string {
  return rng.chance(0.7)
    ? rng.pick(ENTERPRISES)
    : `北京${district.short}${rng.pick(FIRM_WORDS)}${rng.pick(INDUSTRIES)}有限公司`;
}

function slotFiller(rng: Random, district: District, town: string, ent: string, page: PageState) {
  const union = rng.weighted([
    [`${district.name}总工会`, 0.45],
    [`${town}总工会`, 0.3],
    [`${ent}工会`, 0.25],
  ] as const);
  const slots: Record<string, string> = {
    d: district.name,
    ds: district.short,
    t: town,
    t2: rng.pick(district.towns),
    u: union,
    e: ent,
    y: String(page.year),
    m: String(rng.int(1, page.month)),
    n1: String(rng.int(2, 9)),
    n2: String(rng.int(10, 60)),
    n3: String(rng.int(100, 900)),
    n4: String(rng.int(1000, 5000)),
    cn: rng.pick(CN_ORDINALS),
    theme: rng.pick(THEMES),
    trade: rng.pick(TRADES),
    group: rng.pick(GROUPS),
    name: personName(rng),
  };
  return (template: string) =>
    template.replace(/\{(\w+)\}/gu, (_, key: string) => {
      const value = slots[key];
      if (value === undefined)
        throw new Error(`story template: unknown slot {${key}} in ${template}`);
      return value;
    });
}

function byline(rng: Random, desk: Desk): string {
  const reporter = rng.chance(0.1)
    ? `实习记者 ${rng.pick(desk.interns)}`
    : `记者 ${rng.pick(desk.reporters)}`;
  if (rng.chance(0.6)) return reporter;
  const correspondents = rng.chance(0.15)
    ? `${personName(rng)} ${personName(rng)}`
    : personName(rng);
  return `${reporter} 通讯员 ${correspondents}`;
}

/** Body paragraphs from seed stories, in their order, until the story has about `budget` characters. */
function body(
  rng: Random,
  sources: SeedStory[],
  page: PageState,
  rewriter: Rewriter,
  budget: number,
): string[] {
  const pool = sources.flatMap((s) =>
    s.paragraphs
      .slice(1)
      .map((text, i) => ({ key: `${s.headlines[0]}#${i + 1}`, text, source: s })),
  );
  const out: string[] = [];
  let chars = 0;
  for (const p of pool) {
    if (chars >= budget || out.length >= 6) break;
    if (page.used.has(p.key) || rng.chance(0.25)) continue;
    page.used.add(p.key);
    let text = p.text;
    // Sometimes end this paragraph with the second half of another one of the
    // same story, not printed yet: a new paragraph in the same voice.
    const partners = pool.filter((o) => o.source === p.source && !page.used.has(o.key));
    if (partners.length > 0 && rng.chance(0.3)) {
      const other = rng.pick(partners);
      page.used.add(other.key);
      const a = sentences(text);
      const b = sentences(other.text);
      text = [...a.slice(0, Math.max(1, a.length >> 1)), ...b.slice(b.length >> 1)].join('');
    }
    out.push(rewriter.rewrite(text));
    chars += text.length;
  }
  return out;
}

export function makeNewsStory(
  rng: Random,
  ctx: CorpusContext,
  page: PageState,
  budget: number,
): NewsStory {
  const district = pickDistrict(rng);
  const town = rng.pick(district.towns);
  const ent = enterprise(rng, district);
  const fill = slotFiller(rng, district, town, ent, page);
  const rewriter = new Rewriter(rng, { district, town, enterprise: ent, year: page.year });
  const event: EventTemplate | null = rng.chance(0.75) ? rng.pick(EVENTS) : null;
  const kin = event ? (ctx.byEvent.get(event.id) ?? []) : [];

  let headlines: string[];
  let lead: string;
  let sources: SeedStory[];
  let kickerGap = false;
  if (event) {
    headlines = [fill(rng.pick(event.headlines))];
    if (rng.chance(0.25)) headlines.push(fill(rng.pick(event.subtitles)));
    if (rng.chance(0.06)) {
      headlines.unshift(rng.pick(THEMES));
      kickerGap = rng.chance(0.5);
    }
    lead = fill(rng.pick(event.leads));
    // Stories of the same kind first, then a random one, so short kinds still fill their budget.
    sources = [...rng.sample(kin, kin.length), rng.pick(ctx.material.news)];
  } else {
    const seed = rng.pick(ctx.generic);
    headlines = rng.chance(0.8)
      ? [fill(rng.pick(GENERIC_HEADLINES))]
      : seed.headlines.map((h) => rewriter.rewrite(h));
    lead = rng.chance(0.5) ? rewriter.rewrite(seed.paragraphs[0]!) : fill(rng.pick(GENERIC_LEADS));
    sources = [seed, rng.pick(ctx.generic)];
  }
  const paragraphs = [lead, ...body(rng, sources, page, rewriter, budget - lead.length)];
  if (event && rng.chance(0.5)) paragraphs.push(fill(rng.pick(event.closings)));

  const story: NewsStory = {
    kind: 'news',
    headlines,
    kickerGap,
    credit: byline(rng, ctx.desk),
    paragraphs,
    district: district.name,
  };
  if (rng.chance(0.08)) {
    const who = rng.chance(0.3)
      ? `实习记者 ${rng.pick(ctx.desk.interns)}`
      : `本报记者 ${rng.pick(ctx.desk.reporters)}`;
    story.photoCredit = { text: `${who} 摄`, trailing: rng.chance(0.5) };
  }
  return story;
}

export function makePhotoStory(rng: Random, ctx: CorpusContext, page: PageState): PhotoStory {
  const district = pickDistrict(rng);
  const town = rng.pick(district.towns);
  const ent = enterprise(rng, district);
  const fill = slotFiller(rng, district, town, ent, page);
  const rewriter = new Rewriter(rng, { district, town, enterprise: ent, year: page.year });
  const seed = rng.pick(ctx.material.photos);
  const headline = rng.chance(0.1)
    ? rewriter.rewrite(seed.headlines.at(-1)!)
    : fill(rng.pick(PHOTO_HEADLINES));
  const text = rng.chance(0.4)
    ? rewriter.rewrite(seed.paragraphs[0]!)
    : fill(rng.pick(PHOTO_TEXTS));

  const photographer = rng.pick(ctx.desk.reporters);
  const correspondents = rng.weighted([
    ['', 0.5],
    [personName(rng), 0.35],
    [`${personName(rng)} ${personName(rng)}`, 0.15],
  ] as const);
  const creditLines = !correspondents
    ? [`本报记者 ${photographer} 摄影报道`]
    : rng.chance(0.25)
      ? [`本报记者 ${photographer}`, `通讯员 ${correspondents} 摄影报道`]
      : [`本报记者 ${photographer} 通讯员 ${correspondents} 摄影报道`];
  return {
    kind: 'photo',
    headlines: [headline],
    paragraphs: [text],
    creditLines,
    district: district.name,
  };
}
