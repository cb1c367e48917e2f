/**
 * People in a byline: 记者 / 实习记者 are reporters, 通讯员 correspondents,
 * and whoever signs a photo credit (摄 / 摄影报道) is a photographer too.
 */
import type { Byline } from '../../shared/schema';

const ROLE_WORD = /^((?:本报|特约)?(?:实习)?记者|通讯员|摄影)\s*/u;

export function emptyByline(): Byline {
  return { reporters: [], correspondents: [], photographers: [], authors: [], raw: [] };
}

/** Parse `记者 周美玉 通讯员 王星月` (spaces optional) into roles. */
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

/**
 * How a credit counts: a lead bracket names writers; 摄 names photographers
 * only; 摄影报道 (photo and words) names both.
 */
export type CreditKind = 'words' | 'photo' | 'photo-report';

export function addToByline(byline: Byline, people: string, raw: string, kind: CreditKind): Byline {
  const parsed = parseCreditPeople(people);
  const merge = (a: string[], b: string[]) => [...a, ...b.filter((n) => !a.includes(n))];
  const writes = kind !== 'photo';
  return {
    reporters: writes ? merge(byline.reporters, parsed.reporters) : byline.reporters,
    correspondents: writes
      ? merge(byline.correspondents, parsed.correspondents)
      : byline.correspondents,
    photographers:
      kind === 'words'
        ? byline.photographers
        : merge(byline.photographers, [...parsed.reporters, ...parsed.correspondents]),
    authors: byline.authors,
    raw: [...byline.raw, raw],
  };
}
