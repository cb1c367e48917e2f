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
  if (second.startsWith('——')) return ['title', 'subtitle'];
  const twoPhrases = (s: string) => s.includes(' ');
  if (twoPhrases(first) && !twoPhrases(second)) return ['kicker', 'title'];
  if (isKickerPhrase(first)) return ['kicker', 'title'];
  return ['title', 'subtitle'];
}

/**
 * A first line that names a topic rather than reports (引题): it ends in ：
 * (拱辰街道总工会：), or is a campaign or column phrase (春风行动进行时, 关注新就业形态
 * 劳动者, 喜迎“五一”, 工会加强年 基层在行动). Print sets it apart by type size;
 * a text export keeps only these words, so they are listed here.
 */
const KICKER_PHRASE =
  /[：:]$|(?:进行时|在行动|系列报道|之[一二三四五六七八九十]|走基层)$|^(?:关注|聚焦|喜迎|礼赞|致敬|迎接|庆祝|献礼|奋进|走进|点赞|直击|探访|回眸|追梦|新春走基层|我为群众办实事)/u;

/**
 * The unions' four seasonal campaigns (春送岗位, 夏送清凉, 金秋助学, 冬送温暖), printed
 * alone over a story as its kicker: a title is never only the campaign's name.
 */
const SEASONAL_CAMPAIGN = /^(?:[春夏秋冬]送[\u4e00-\u9fa5]{2}|金秋助学|两节送温暖)$/u;

export function isKickerPhrase(line: string): boolean {
  return (
    Array.from(line).length <= 16 && (KICKER_PHRASE.test(line) || SEASONAL_CAMPAIGN.test(line))
  );
}

export function titleOf(lines: string[], roles: HeadlineRole[]): string {
  const index = roles.indexOf('title');
  return lines[index] ?? lines[0] ?? '';
}
