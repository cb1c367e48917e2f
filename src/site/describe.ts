/**
 * The short plain-text description of an article (meta description, og and
 * Twitter cards, JSON-LD, feed summaries): its opening, about 100 characters,
 * ended at a sentence where one ends late enough, else cut with an ellipsis.
 */
import type { Article } from '../shared/schema';

export const DESCRIPTION_CHARS = 100;
/** A sentence end this far in (or later) ends the description there instead of an ellipsis. */
const SENTENCE_MIN = 0.6;
const SENTENCE_END = /[。！？；!?]/u;

export function describeArticle(
  article: Pick<Article, 'paragraphs' | 'title'>,
  max = DESCRIPTION_CHARS,
): string {
  const text = article.paragraphs.join('').replace(/\s+/gu, ' ').trim() || article.title;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  // Keep room for the ellipsis when cutting mid-sentence.
  for (let i = max - 1; i >= Math.floor(max * SENTENCE_MIN); i--) {
    if (SENTENCE_END.test(chars[i]!)) return chars.slice(0, i + 1).join('');
  }
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
