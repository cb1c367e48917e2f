/**
 * People in a byline, from every credit a story prints: the lead bracket, a
 * byline line above the text, names at the end, photo credits. 记者 / 实习记者
 * are reporters, 通讯员 correspondents, 文/X and bare names authors, 图/X and
 * whoever signs 摄 photographers; 摄影报道 names writers who also took the photos.
 */
import type { Byline } from '../../shared/schema';
import { readCredit, type CreditPeople } from '../segment/credit-grammar';

const ROLE_WORD = /^((?:本报|特约)?(?:实习)?记者|通讯员|摄影)\s*/u;

export function emptyByline(): Byline {
  return { reporters: [], correspondents: [], photographers: [], authors: [], raw: [] };
}

/**
 * Parse `记者 周美玉 通讯员 王星月` (spaces optional) into roles, reading any
 * word as a name. The fallback for a lead bracket the credit grammar cannot
 * read, so its names are not lost.
 */
export function parseCreditPeople(text: string): { reporters: string[]; correspondents: string[] } {
  const reporters: string[] = [];
  const correspondents: string[] = [];
  let role: 'reporter' | 'correspondent' = 'reporter';
  let rest = text.trim();
  while (rest.length > 0) {
    const roleMatch = ROLE_WORD.exec(rest);
    if (roleMatch) {
      role = roleMatch[1] === '通讯员' ? 'correspondent' : 'reporter';
      rest = rest.slice(roleMatch[0].length);
      continue;
    }
    const nameMatch = /^([^\s、，,]+)[\s、，,]*/u.exec(rest);
    if (!nameMatch) break;
    // A name glued to the next role word (记者周美玉通讯员王星月) is cut at that word.
    const glued = /^(.+?)((?:本报|特约)?(?:实习)?记者|通讯员)/u.exec(nameMatch[1]!);
    const name = glued ? glued[1]! : nameMatch[1]!;
    (role === 'reporter' ? reporters : correspondents).push(name);
    rest = rest.slice(glued ? name.length : nameMatch[0].length);
  }
  return { reporters, correspondents };
}

/** The people in a lead bracket (本报讯（记者 X 通讯员 Y）); bare names there are authors. */
export function leadCreditPeople(credit: string): CreditPeople {
  const read = readCredit(credit, { bare: 'author', units: true });
  if (read) return read;
  const loose = parseCreditPeople(credit);
  return { ...loose, photographers: [], authors: [], editors: [], units: [] };
}

/**
 * How a credit counts: `words` as its roles say (a lead, a byline line,
 * names at the end); `photo` (摄) names photographers only; `photo-report`
 * (摄影报道) names writers who are also the photographers.
 */
export type CreditKind = 'words' | 'photo' | 'photo-report';

const merge = (a: string[], b: string[]) => [...a, ...b.filter((n) => !a.includes(n))];

export function addToByline(
  byline: Byline,
  people: CreditPeople,
  raw: string,
  kind: CreditKind,
): Byline {
  const everyone = [
    ...people.reporters,
    ...people.correspondents,
    ...people.authors,
    ...people.photographers,
  ];
  const writes = kind !== 'photo';
  return {
    reporters: writes ? merge(byline.reporters, people.reporters) : byline.reporters,
    correspondents: writes
      ? merge(byline.correspondents, people.correspondents)
      : byline.correspondents,
    photographers:
      kind === 'words'
        ? merge(byline.photographers, people.photographers)
        : merge(byline.photographers, everyone),
    authors: writes ? merge(byline.authors, people.authors) : byline.authors,
    raw: [...byline.raw, raw],
  };
}
