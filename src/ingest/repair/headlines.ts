/**
 * Which line of a headline group is the title. Papers print a kicker (引题)
 * above the title and/or a subtitle (副题) below it. One line: the title.
 * Three: kicker, title, subtitle. Two: the line made of two space-separated
 * phrases is the kicker or subtitle when the other line is a single phrase;
 * otherwise the first line is the title (the usual title + subtitle).
 * See docs/decisions/0001-segmenting-pages.md.
 */
import type { HeadlineRole } from '../../shared/schema';

export function headlineRoles(lines: string[]): HeadlineRole[] {
  if (lines.length <= 1) return lines.map(() => 'title');
  if (lines.length >= 3) {
    return lines.map((_, i) => (i === 0 ? 'kicker' : i === 1 ? 'title' : 'subtitle'));
  }
  const [first, second] = lines as [string, string];
  const twoPhrases = (s: string) => s.includes(' ');
  if (twoPhrases(first) && !twoPhrases(second)) return ['kicker', 'title'];
  return ['title', 'subtitle'];
}

export function titleOf(lines: string[], roles: HeadlineRole[]): string {
  const index = roles.indexOf('title');
  return lines[index] ?? lines[0] ?? '';
}
