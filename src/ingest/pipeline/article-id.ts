import { createHash } from 'node:crypto';

/**
 * Ids are stable across rebuilds of the same page and URL-safe: a hash of the
 * page file and what identifies the story on it (headlines and opening words),
 * so re-ordering stories on a page or re-saving it in another encoding keeps links alive.
 */
export function articleId(file: string, headlines: string[], firstParagraph: string): string {
  return createHash('sha256')
    .update(`${file}\n${headlines.join('\n')}\n${firstParagraph.slice(0, 40)}`)
    .digest('base64url')
    .slice(0, 12);
}
