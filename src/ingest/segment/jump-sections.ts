/**
 * Segment a page that holds jump markers. A （下转第2版） ends its story: what
 * follows is a new story even if the story stopped mid-sentence (without the
 * marker, a headline after an unfinished sentence would be read as that
 * sentence's tail). A （上接第1版） opens the remainder of a story from another
 * page: its text runs to the next story's start, under the repeated headline
 * printed above the marker, if any. So the page is cut into sections at the
 * markers, each section is segmented as a page of its own, and the text at
 * the head of a continuation section becomes one more raw article.
 *
 * Pages without markers go straight to segmentPage: nothing changes for them.
 */
import type { NormalizedLine } from '../normalize/punctuation';
import { endsSentence } from '../normalize/punctuation';
import { looksLikeHeadline } from './classify';
import { parseCreditLine } from './credit-lines';
import { parseLead } from './leads';
import { mayHoldMarker, parseJumpIn, parseJumpOut } from './jump-markers';
import { segmentPage, type RawArticle, type SegmentedPage } from './segment-page';

export interface PageJump {
  direction: 'out' | 'in';
  /** The page the other part is printed on. */
  page: number;
  /** The marker as printed, e.g. （下转第2版）. */
  marker: string;
  line: number;
  /** The raw article (and so the article) it belongs to; null when no story is next to it. */
  article: number | null;
}

interface Section {
  lines: NormalizedLine[];
  /** Set when the section opens with （上接第N版）: the remainder of a story from page N. */
  continuation: { page: number; marker: string; line: number; headlines: NormalizedLine[] } | null;
  /** Set when the section ends with （下转第N版）. */
  out: { page: number; marker: string; line: number } | null;
}

const MAX_HEADLINES = 3;
const NO_BANNERS: ReadonlySet<string> = new Set();

export function segmentWithJumps(
  lines: NormalizedLine[],
  banners: ReadonlySet<string>,
): { page: SegmentedPage; jumps: PageJump[] } {
  if (!lines.some((l) => mayHoldMarker(l.text) && (parseJumpIn(l.text) || parseJumpOut(l.text)))) {
    return { page: segmentPage(lines, banners), jumps: [] };
  }
  const sections = cutAtMarkers(lines, banners);
  const page: SegmentedPage = {
    banner: [],
    articles: [],
    orphanHeadings: [],
    unassigned: [],
    siteChrome: [],
  };
  const jumps: PageJump[] = [];
  sections.forEach((section, k) => {
    const seg = segmentPage(section.lines, k === 0 ? banners : NO_BANNERS);
    page.banner.push(...seg.banner);
    page.siteChrome.push(...seg.siteChrome);
    const before = page.articles.length;
    if (section.continuation) {
      const c = section.continuation;
      // A segmenter that reads leading text without a headline as a story of
      // its own (an untitled story) has found the continued text itself.
      const opening = seg.articles[0];
      const untitled = opening && opening.headlines.length === 0 && !opening.lead;
      if (untitled) seg.articles.shift();
      const first = firstLineOf(seg.articles[0]);
      const head = [
        ...seg.orphanHeadings,
        ...seg.unassigned,
        ...(untitled
          ? [
              ...opening.body,
              ...opening.credits.map((c) => ({ no: c.lines[0]!, text: c.credit.raw })),
            ]
          : []),
      ]
        .filter((l) => l.no < first)
        .sort((a, b) => a.no - b.no);
      const article = continuationArticle(c.headlines, head);
      if (article) page.articles.push(article);
      else page.orphanHeadings.push(...c.headlines);
      jumps.push({
        direction: 'in',
        page: c.page,
        marker: c.marker,
        line: c.line,
        article: article ? before : null,
      });
      page.orphanHeadings.push(...seg.orphanHeadings.filter((l) => l.no >= first));
    } else {
      page.orphanHeadings.push(...seg.orphanHeadings);
      page.unassigned.push(...seg.unassigned);
    }
    page.articles.push(...seg.articles);
    if (section.out) {
      const last = page.articles.length - 1;
      jumps.push({
        direction: 'out',
        page: section.out.page,
        marker: section.out.marker,
        line: section.out.line,
        article: last >= before ? last : null,
      });
    }
  });
  return { page, jumps };
}

function cutAtMarkers(lines: NormalizedLine[], banners: ReadonlySet<string>): Section[] {
  const sections: Section[] = [];
  let current: Section = { lines: [], continuation: null, out: null };
  for (const line of lines) {
    let text = line.text;
    const jumpIn = parseJumpIn(text);
    if (jumpIn) {
      const headlines = takeRepeatedHeadline(current.lines, banners);
      sections.push(current);
      if (jumpIn.headline) headlines.push({ no: line.no, text: jumpIn.headline });
      current = {
        lines: [],
        continuation: { page: jumpIn.page, marker: jumpIn.marker, line: line.no, headlines },
        out: null,
      };
      text = jumpIn.after;
    }
    const jumpOut = text === '' ? null : parseJumpOut(text);
    if (jumpOut) {
      if (jumpOut.before) current.lines.push({ no: line.no, text: jumpOut.before });
      current.out = { page: jumpOut.page, marker: jumpOut.marker, line: line.no };
      sections.push(current);
      current = { lines: [], continuation: null, out: null };
    } else if (text !== '') {
      current.lines.push(text === line.text ? line : { no: line.no, text });
    }
  }
  sections.push(current);
  return sections;
}

/**
 * Headline-shaped lines right above （上接第1版）: the story's headline printed
 * again, maybe shortened. A line right after an unfinished sentence is that
 * sentence's tail, as in segmentPage; a banner is never a headline.
 */
function takeRepeatedHeadline(
  lines: NormalizedLine[],
  banners: ReadonlySet<string>,
): NormalizedLine[] {
  let start = lines.length;
  while (
    start > 0 &&
    lines.length - start < MAX_HEADLINES &&
    looksLikeHeadline(lines[start - 1]!.text) &&
    !banners.has(lines[start - 1]!.text)
  )
    start--;
  const before = lines[start - 1];
  if (start < lines.length && before && isBody(before.text) && !endsSentence(before.text)) start++;
  return lines.splice(start);
}

/** A line segmentPage reads as body text (not a headline, lead or credit). */
function isBody(text: string): boolean {
  return !looksLikeHeadline(text) && !parseLead(text) && !parseCreditLine(text);
}

/** The continued text: body lines, and credit lines (本报记者 X 摄) as credits. */
function continuationArticle(
  headlines: NormalizedLine[],
  lines: NormalizedLine[],
): RawArticle | null {
  const article: RawArticle = {
    kind: 'news',
    headlines,
    lead: null,
    secondLeads: [],
    body: [],
    credits: [],
    meta: [],
  };
  for (const line of lines) {
    const credit = parseCreditLine(line.text);
    if (credit) article.credits.push({ credit, lines: [line.no], position: 'end' });
    else article.body.push(line);
  }
  return article.body.length > 0 ? article : null;
}

function firstLineOf(article: RawArticle | undefined): number {
  if (!article) return Infinity;
  return Math.min(
    article.headlines[0]?.no ?? Infinity,
    article.lead?.line ?? Infinity,
    article.body[0]?.no ?? Infinity,
    article.credits[0]?.lines[0] ?? Infinity,
  );
}
