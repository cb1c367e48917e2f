/**
 * One reading of a union name in the text, before the article-wide steps
 * (references back, short forms, printed forms) settle the final names.
 *
 * Every candidate is built by `candidate()` with all fields present, so the
 * objects share one shape: the extractor creates one for most 工会 in the
 * corpus, and mixed shapes made the code that reads them measurably slower.
 */
import type { UnionLevel } from '../../shared/schema';
import type { AnaphorKind } from './union-lexicon';

export type Strength = 'sure' | 'strong' | 'weak';

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
  strength: Strength;
  /** For enterprises: the name without 工会, as printed (before 市 → 北京市). */
  printedCore: string;
  /**
   * Set when the name refers back to a unit named earlier (该公司工会, 街道总工会,
   * 区总工会, 市总工会 in a story from another city); unions.ts resolves it.
   */
  anaphor: AnaphorKind | 'city' | undefined;
  /** The name opens its clause (after punctuation or at the start), as a headline's subject does. */
  clauseStart: boolean;
  /**
   * Named as printed rather than canonically (a union outside Beijing, a street
   * the gazetteer does not know): 相山区总工会 is then merged into the fuller
   * 安徽省淮北市相山区总工会 printed in the same story.
   */
  asPrinted: boolean;
}

export function candidate(
  name: string,
  level: UnionLevel,
  mention: string,
  printedCore: string,
  strength: Strength = 'sure',
): UnionCandidate {
  return {
    name,
    level,
    mention,
    strength,
    printedCore,
    anaphor: undefined,
    clauseStart: false,
    asPrinted: false,
  };
}

/** The same candidate, marked as named as printed. */
export function asPrinted(c: UnionCandidate): UnionCandidate {
  c.asPrinted = true;
  return c;
}

/** A candidate that refers back to an earlier unit and gets its name from it. */
export function reference(
  kind: AnaphorKind | 'city',
  name: string,
  level: UnionLevel,
  mention: string,
  printedCore: string,
): UnionCandidate {
  const c = candidate(name, level, mention, printedCore);
  c.anaphor = kind;
  return c;
}
