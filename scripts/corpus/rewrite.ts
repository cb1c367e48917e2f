/**
 * Move a seed sentence to another place and time: the districts, towns,
 * employers and figures it names are replaced consistently within one story
 * (the first district it names becomes the story's district, 阳坊镇 becomes a
 * town of that district, 友谊医院 the story's employer, 2023年 the issue's
 * year, 300余人 another count). Without this every synthetic story would be
 * about the seeds' six districts, and a seed headline naming no district would
 * be printed verbatim thousands of times.
 */
import type { District } from './places';
import { allTownNames, beijingDistricts } from './places';
import type { Random } from './prng';

export interface StoryPlace {
  district: District;
  town: string;
  /** The employer of the story (北京燃气集团): replaces the employers the seeds name. */
  enterprise: string;
  year: number;
}

/** Employers named in the seed stories, longest spelling first. */
const SEED_EMPLOYERS = [
  '北京公交集团北巴传媒公司',
  '中铁资本保理公司',
  '北京建工装饰集团',
  '北京友谊医院',
  '市自来水集团',
  '北京建博海公司',
  '建工装饰',
  '友谊医院',
];
/** A seed place that is no district or town: 中关村科学城 (in 海淀) becomes the story's district. */
const SEED_AREAS = ['中关村科学城'];

export class Rewriter {
  private readonly districtMap = new Map<string, District>();
  private readonly townMap = new Map<string, string>();
  private readonly numberMap = new Map<string, string>();

  constructor(
    private readonly rng: Random,
    private readonly place: StoryPlace,
  ) {}

  rewrite(text: string): string {
    // One pass over towns and districts together: a replaced town (延庆镇)
    // must not be read again as a district (延庆).
    return text
      .replace(placePattern(), (name) => {
        if (SEED_EMPLOYERS.includes(name)) return this.place.enterprise;
        if (SEED_AREAS.includes(name)) return this.place.district.name;
        if (isTown().has(name)) return this.mapTown(name);
        const target = this.mapDistrict(name.replace(/区$/u, ''));
        return name.endsWith('区') ? target.name : target.short;
      })
      .replace(/\d+(?:\.\d+)?%?/gu, (n) => this.mapNumber(n));
  }

  private mapDistrict(short: string): District {
    let target = this.districtMap.get(short);
    if (!target) {
      // The first district a story names is what it is about; others stay other districts.
      const used = new Set([...this.districtMap.values()].map((d) => d.name));
      target =
        used.size === 0
          ? this.place.district
          : this.rng.pick(beijingDistricts().filter((d) => !used.has(d.name)));
      this.districtMap.set(short, target);
    }
    return target;
  }

  private mapTown(town: string): string {
    let target = this.townMap.get(town);
    if (!target) {
      const used = new Set(this.townMap.values());
      const free = this.place.district.towns.filter((t) => !used.has(t));
      target =
        used.size === 0
          ? this.place.town
          : this.rng.pick(free.length > 0 ? free : this.place.district.towns);
      this.townMap.set(town, target);
    }
    return target;
  }

  /** Years follow the issue date; percentages and hotline-like numbers (5+ digits) stay. */
  private mapNumber(n: string): string {
    if (n.endsWith('%') || n.includes('.') || n.length >= 5) return n;
    if (/^20[12]\d$/u.test(n)) return String(this.place.year - (2023 - Number(n)));
    let target = this.numberMap.get(n);
    if (!target) {
      const digits = n.length;
      target = String(this.rng.int(digits === 1 ? 2 : 10 ** (digits - 1), 10 ** digits - 1));
      this.numberMap.set(n, target);
    }
    return target;
  }
}

let places: RegExp | null = null;
let townSet: Set<string> | null = null;

function isTown(): Set<string> {
  townSet ??= new Set(allTownNames());
  return townSet;
}

/** Towns before districts, and full names before short ones, so 昌平区 is not read as 昌平 + 区. */
function placePattern(): RegExp {
  const districts = beijingDistricts().flatMap((d) => [d.name, d.short]);
  places ??= new RegExp(
    [...SEED_EMPLOYERS, ...SEED_AREAS, ...allTownNames(), ...districts].join('|'),
    'gu',
  );
  return places;
}
