/**
 * What a page's jump markers mean for that page alone: each marker goes to the
 * report, and the page's own warnings don't call a story truncated or
 * headline-less when the rest of it, or its headline, is printed on another
 * page. Joining the parts is a corpus-wide step (join-continuations.ts).
 */
import type { Article, Dropped } from '../../shared/schema';
import type { PageJump } from '../segment/jump-sections';

export function jumpDropped(jumps: PageJump[], articles: Article[]): Dropped[] {
  return jumps.map((j) => {
    const article = j.article === null ? undefined : articles[j.article];
    return {
      kind: 'jump-marker',
      text: j.marker,
      line: j.line,
      ...(article ? { articleId: article.id } : {}),
      reason:
        j.direction === 'out'
          ? `the story continues on page ${j.page}`
          : `continues a story from page ${j.page}`,
    };
  });
}

const CUT_AT_PAGE_EDGE = /stops mid-sentence/u;
const NO_HEADLINE = /has no headline/u;

/** The page's warnings about the article at `order`, less those its jump markers explain. */
export function warningsExplainedByJumps(
  warnings: string[],
  jumps: PageJump[],
  order: number,
): string[] {
  const continues = jumps.some((j) => j.article === order && j.direction === 'out');
  const continued = jumps.some((j) => j.article === order && j.direction === 'in');
  return warnings.filter(
    (w) => !(continues && CUT_AT_PAGE_EDGE.test(w)) && !(continued && NO_HEADLINE.test(w)),
  );
}
