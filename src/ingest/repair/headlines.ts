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

interface HeadlineLine {
  no: number;
  text: string;
}

/** 成立7个 / 近百家 / 首批…的: a line ending where no headline can end. */
const NUMBER_MEASURE_END =
  /(?:\d+|[一二三四五六七八九十百千万两几数近余多]+)[个家项名位条场次件所座支批类套台处户]$/u;
const FUNCTION_WORD_END = /[的和与及在为把被向对将从给以跟同]$/u;
const MAX_JOINED = 40;

/**
 * A column break inside a headline (昌平区总工会成立7个 / 创新工作室联盟) leaves
 * two lines where the first cannot stand alone: it ends in a number and its
 * measure word with a short phrase after it, or in a function word, or the
 * second is a word or two. Those lines are one headline; the joins are returned
 * for the report. Kickers (ending in ：), subtitles (——…) and lines of two
 * phrases are left as printed.
 */
export function joinBrokenHeadlines<L extends HeadlineLine>(
  lines: L[],
): { lines: L[]; joins: { line: number; seam: string }[] } {
  if (lines.length < 2) return { lines, joins: [] };
  const out: L[] = [];
  const joins: { line: number; seam: string }[] = [];
  for (const line of lines) {
    const above = out.at(-1);
    if (above && brokenAfter(above.text, line.text)) {
      out[out.length - 1] = { ...above, text: above.text + line.text };
      joins.push({ line: line.no, seam: `${above.text.slice(-6)}|${line.text.slice(0, 6)}` });
    } else out.push(line);
  }
  return { lines: out, joins };
}

function brokenAfter(first: string, second: string): boolean {
  if (first.includes(' ') || second.includes(' ') || /[：:]$/u.test(first)) return false;
  if (second.startsWith('——') || /^[，。、；：！？”）]/u.test(second)) return false;
  const length = Array.from(second).length;
  if (Array.from(first).length + length > MAX_JOINED) return false;
  if (FUNCTION_WORD_END.test(first) || length <= 2) return true;
  return NUMBER_MEASURE_END.test(first) && length <= 10;
}
