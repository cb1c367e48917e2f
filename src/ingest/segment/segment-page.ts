/**
 * Segment a normalised page into raw articles: which lines are the headline
 * group, the lead, the body and the credits of each story, plus what belongs
 * to no story (banner, orphan headings, stray text). Nothing is dropped here:
 * every input line ends up in exactly one of the returned buckets.
 */
import type { NormalizedLine } from '../normalize/punctuation';
import { endsSentence } from '../normalize/punctuation';
import type { Credit, Lead } from './classify';
import { isCreditHead, looksLikeHeadline, parseCreditLine, parseLead } from './classify';

export interface RawArticle {
  kind: 'news' | 'photo';
  headlines: NormalizedLine[];
  lead: (Lead & { line: number }) | null;
  /** Body lines in print order (the lead's text is the first one for news). */
  body: NormalizedLine[];
  credits: (Credit & { line: number })[];
}

export interface SegmentedPage {
  banner: NormalizedLine[];
  articles: RawArticle[];
  orphanHeadings: NormalizedLine[];
  /** Text before the first story that is not a heading: kept in the report. */
  unassigned: NormalizedLine[];
}

type Unit =
  | { type: 'lead'; line: NormalizedLine; lead: Lead }
  | { type: 'credit'; line: NormalizedLine; credit: Credit; raw: NormalizedLine[] }
  | { type: 'headline'; line: NormalizedLine }
  | { type: 'body'; line: NormalizedLine };

const MAX_HEADLINES = 3;
/** A photo item's text is one paragraph, maybe cut once by a column break. */
const MAX_PHOTO_BODY_LINES = { report: 4, plain: 2 };

export function segmentPage(lines: NormalizedLine[], banners: ReadonlySet<string>): SegmentedPage {
  // A banner is only a banner at the top of the page; the same words lower
  // down (a recurring headline, say) are content.
  let top = 0;
  while (top < lines.length && banners.has(lines[top]!.text)) top++;
  const banner = lines.slice(0, top);
  const content = lines.slice(top);

  const units = toUnits(content);
  const starts = findArticleStarts(units);
  const result: SegmentedPage = { banner, articles: [], orphanHeadings: [], unassigned: [] };

  const first = starts[0]?.start ?? units.length;
  for (const unit of units.slice(0, first)) {
    (unit.type === 'headline' ? result.orphanHeadings : result.unassigned).push(unit.line);
  }
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.start ?? units.length;
    const span = units.slice(s.start, end);
    result.articles.push(buildArticle(span, s, result.orphanHeadings));
  });
  return result;
}

function toUnits(lines: NormalizedLine[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = parseLead(line.text);
    if (lead) {
      units.push({ type: 'lead', line, lead });
      continue;
    }
    const credit = parseCreditLine(line.text);
    if (credit) {
      units.push({ type: 'credit', line, credit, raw: [line] });
      continue;
    }
    const next = lines[i + 1];
    if (next && isCreditHead(line.text)) {
      // A credit broken over two lines: 本报记者 崔欣 / 通讯员 宋雅欣 摄影报道
      const joined = parseCreditLine(`${line.text} ${next.text}`);
      if (joined) {
        units.push({ type: 'credit', line, credit: joined, raw: [line, next] });
        i++;
        continue;
      }
    }
    units.push({ type: looksLikeHeadline(line.text) ? 'headline' : 'body', line });
  }
  return units;
}

interface ArticleStart {
  start: number;
  anchor: number;
  kind: 'news' | 'photo';
}

/** Each lead starts a news story; a photo credit with a headline above its text starts a photo item. */
function findArticleStarts(units: Unit[]): ArticleStart[] {
  const starts: ArticleStart[] = [];
  let floor = 0; // units before this belong to an earlier story's anchor
  units.forEach((unit, index) => {
    if (unit.type === 'lead') {
      starts.push({ start: headlineGroupStart(units, index, floor), anchor: index, kind: 'news' });
      floor = index + 1;
    } else if (unit.type === 'credit') {
      const photoStart = photoItemStart(units, index, floor, unit.credit.photoReport);
      if (photoStart !== null) {
        starts.push({ start: photoStart, anchor: index, kind: 'photo' });
      }
      floor = index + 1;
    }
  });
  return starts;
}

/** Walk back over headline-shaped lines directly above `anchor` (at most three). */
function headlineGroupStart(units: Unit[], anchor: number, floor: number): number {
  let start = anchor;
  while (start > floor && anchor - start < MAX_HEADLINES && units[start - 1]!.type === 'headline') {
    start--;
  }
  // A headline-shaped line right after an unfinished sentence is that
  // sentence's tail cut by a column break, not a kicker: leave it to the story above.
  while (start < anchor - 1) {
    const before = units[start - 1];
    if (!before || before.type !== 'body' || endsSentence(before.line.text)) break;
    start++;
  }
  return start;
}

function photoItemStart(
  units: Unit[],
  credit: number,
  floor: number,
  report: boolean,
): number | null {
  const maxBody = report ? MAX_PHOTO_BODY_LINES.report : MAX_PHOTO_BODY_LINES.plain;
  let i = credit - 1;
  let bodyLines = 0;
  while (i >= floor && units[i]!.type === 'body' && bodyLines < maxBody) {
    i--;
    bodyLines++;
  }
  if (bodyLines === 0 || i < floor || units[i]!.type !== 'headline') return null;
  return headlineGroupStart(units, i + 1, floor);
}

function buildArticle(span: Unit[], s: ArticleStart, orphans: NormalizedLine[]): RawArticle {
  const anchorOffset = s.anchor - s.start;
  const article: RawArticle = { kind: s.kind, headlines: [], lead: null, body: [], credits: [] };
  const tail = trailingHeadlines(span);
  span.forEach((unit, offset) => {
    if (offset >= span.length - tail) {
      orphans.push(unit.line);
    } else if (unit.type === 'headline' && isInHeadlineGroup(span, offset, anchorOffset, s.kind)) {
      article.headlines.push(unit.line);
    } else if (unit.type === 'lead' && offset === anchorOffset) {
      article.lead = { ...unit.lead, line: unit.line.no };
      if (unit.lead.rest) article.body.push({ no: unit.line.no, text: unit.lead.rest });
    } else if (unit.type === 'credit') {
      article.credits.push({ ...unit.credit, line: unit.line.no });
    } else {
      article.body.push(unit.line);
    }
  });
  return article;
}

/** The group runs from the span's start up to the lead (news) or the first body line (photo). */
function isInHeadlineGroup(span: Unit[], offset: number, anchor: number, kind: string): boolean {
  const groupEnd = kind === 'news' ? anchor : span.findIndex((u) => u.type !== 'headline');
  return offset < groupEnd;
}

/**
 * Headline-shaped lines at the very end of a story, after a finished sentence,
 * belong to no story: a stray heading (贯彻落实工会十八大精神) or a kicker
 * without a lead. They go to the report as orphan headings.
 */
function trailingHeadlines(span: Unit[]): number {
  let n = 0;
  while (n < span.length && span[span.length - 1 - n]!.type === 'headline') n++;
  const before = span[span.length - 1 - n];
  if (n === 0 || !before || before.type === 'headline') return 0;
  if (before.type === 'body' && !endsSentence(before.line.text)) return 0;
  return n;
}
