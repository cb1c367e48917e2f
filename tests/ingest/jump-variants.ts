/**
 * Print a long seed story across two pages, as papers do when it does not fit:
 * its first part stays on page 1 and ends with （下转第2版）, the rest is
 * printed on page 2 (another seed page) after （上接第1版）, maybe under its
 * headline printed again. Where to cut is decided from the hand-checked
 * fixtures (the expected paragraphs), not from the parser under test.
 */
import { expectedFor, readSeed, type ExpectedArticle } from './seed-fixtures';

export interface SplitPlan {
  /** The seed page whose story is split, and the story's index on it. */
  from: string;
  story: number;
  /** The seed page the rest is printed on. */
  onto: string;
  /** Cut between two paragraphs, or inside one (the page edge cuts a sentence). */
  cut: 'between-paragraphs' | 'mid-paragraph';
  outMarker: 'inline' | 'own-line';
  inMarker: 'inline' | 'own-line';
  /** Headline over the continuation: the title again, a shortened one, or none. */
  repeat: 'title' | 'shortened' | 'none';
  /** Where on page 2 the rest is printed. */
  place: 'top' | 'middle' | 'bottom';
  numerals?: 'arabic' | 'chinese';
}

export interface SplitPages {
  page1: string;
  page2: string;
  /** The articles both pages must yield, in corpus order: page 1's (the story whole), then page 2's. */
  expected: ExpectedArticle[];
}

/** Index of the line start where `line` is printed, searching from `from`. */
function lineStart(text: string, line: string, from = 0): number {
  const at = text.indexOf(`\n${line}\n`, from - 1);
  if (at < 0) throw new Error(`line not found in seed: ${line}`);
  return at + 1;
}

/** Where paragraph `p` of the story starts in the seed text: a line that opens with its first words. */
function paragraphStart(text: string, story: ExpectedArticle, p: number, from: number): number {
  const opening = story.paragraphs[p]!.slice(0, 8);
  const at = text.indexOf(`\n${opening}`, from);
  if (at < 0) throw new Error(`paragraph ${p} not found in seed: ${opening}`);
  return at + 1;
}

export function splitAcrossPages(plan: SplitPlan): SplitPages {
  const text = readSeed(plan.from);
  const expected = expectedFor(plan.from);
  const story = expected.articles[plan.story]!;
  const next = expected.articles[plan.story + 1];
  if (!next) throw new Error('pick a story followed by another one');

  const storyStart = lineStart(text, story.headlines[0]!);
  const p = Math.floor(story.paragraphs.length / 2);
  let cut = paragraphStart(text, story, p, storyStart);
  if (plan.cut === 'mid-paragraph') cut += 6; // inside the opening words, never after a sentence end
  const end = lineStart(text, next.headlines[0]!, cut);

  const [one, two] = plan.numerals === 'chinese' ? ['一', '二'] : ['1', '2'];
  const out = `（下转第${two}版）`;
  const into = `（上接第${one}版）`;
  const first = text.slice(0, cut).trimEnd();
  const page1 =
    (plan.outMarker === 'inline' ? `${first}${out}` : `${first}\n\n${out}`) +
    `\n\n${text.slice(end)}`;

  const rest = text.slice(cut, end).trim();
  const title = story.title;
  const headline =
    plan.repeat === 'title' ? title : plan.repeat === 'shortened' ? shortened(title) : null;
  const block =
    (headline ? `${headline}\n\n` : '') +
    (plan.inMarker === 'inline' ? `${into}${rest}` : `${into}\n\n${rest}`);

  const target = readSeed(plan.onto);
  const onto = expectedFor(plan.onto);
  const at =
    plan.place === 'top'
      ? lineStart(target, onto.articles[0]!.headlines[0]!)
      : plan.place === 'middle'
        ? lineStart(target, onto.articles[1]!.headlines[0]!)
        : onto.orphanHeadings.length > 0
          ? lineStart(target, onto.orphanHeadings[0]!)
          : target.length;
  const page2 = `${target.slice(0, at).trimEnd()}\n\n${block}\n\n${target.slice(at).trimStart()}`;
  return { page1, page2, expected: [...expected.articles, ...onto.articles] };
}

/** The title cut to its last ten characters, as papers shorten a repeated headline. */
function shortened(title: string): string {
  const chars = Array.from(title);
  return chars.slice(Math.max(0, chars.length - 10)).join('');
}
