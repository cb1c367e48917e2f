/**
 * The frame a website puts around an article: everything above the title
 * (the site's name, slogan, channel names such as 中工娱乐 or 工会要闻,
 * breadcrumbs, the browser's title line, a page label such as 信息详情),
 * the publication line under the title, and everything after the story's
 * last words (相关阅读 lists, 媒体矩阵, 回到顶部, hotlines, app promotions).
 *
 * A reader finds the title as the headline right above the publication line
 * (a date with a time, 发布时间：…, 来源：X …), and knows that what sits above
 * it is the site, not the story. After the story's last sentence, its credits
 * and its signing unit, the rest is the site again. Only pages that show this
 * frame are read so; e-paper pages (a running head above the first title) and
 * pages of several stories are left to the other passes.
 * See docs/decisions/0015-real-page-conventions.md.
 */
import type { NormalizedLine } from '../normalize/punctuation';
import { endsSentence } from '../normalize/punctuation';
import { hasHeadlineShape, looksLikeTitle, parseMetaLine } from './classify';
import { looksLikeName } from './credit-grammar';
import { parseCreditLine, splitTrailingCredit } from './credit-lines';
import type { FurnitureKind, LineFurniture } from './furniture-lines';
import { parseLead } from './leads';
import {
  hasKickerShape,
  isBareDate,
  isSigningUnit,
  isLabelValueLine,
  isNoticeTitle,
  isOutletName,
  isSalutation,
} from './site-lines';

export interface FrameMark {
  index: number;
  kind: FurnitureKind;
  /** Set when only part of the line is furniture (工会活动 | 标题). */
  found?: LineFurniture;
}

/** The publication line sits within the first lines of a web page. */
const MAX_TOP_LINES = 30;
/** Lines between the title and its publication line (source, author, a label bar). */
const MAX_TITLE_GAP = 4;
/** Channel names and page labels are short; a title over a subtitle is not. */
const MIN_TITLE_CHARS = 8;
const CHANNEL_PREFIX = /^([\u4e00-\u9fa5]{2,8})\s*[|｜]\s*(.+)$/u;
/** 标题 - 工会 - 中工网 / 标题_频道_站点: the browser's title line. */
const BROWSER_TITLE = /\s[-–—|｜_]\s|_[\u4e00-\u9fa5]{2,8}_/u;
const ORGANISATION_END =
  /(?:人民政府|政府|总工会|工会|工会联合会|委员会|集团|公司|医院|大学|学院|学校|中心|网|报社?)$/u;

export interface FrameInput {
  lines: NormalizedLine[];
  found: (LineFurniture | null)[];
  marked: (index: number) => boolean;
}

export function siteFrameMarks({ lines, found, marked }: FrameInput): FrameMark[] {
  const top = topOfFrame(lines, found, marked);
  if (!top) return [];
  const marks: FrameMark[] = [...top.marks];
  const taken = new Set(marks.map((m) => m.index));
  const isMarked = (i: number) => marked(i) || taken.has(i);
  marks.push(...tailOfFrame(lines, isMarked, top));
  return marks;
}

interface Top {
  marks: FrameMark[];
  /** The title line (after a channel prefix is split off). */
  title: number;
  titleText: string;
  anchor: number;
}

function topOfFrame(
  lines: NormalizedLine[],
  found: (LineFurniture | null)[],
  marked: (i: number) => boolean,
): Top | null {
  const limit = Math.min(lines.length, MAX_TOP_LINES);
  for (let i = 0; i < limit; i++) {
    const text = lines[i]!.text;
    if (isPublicationLine(text, found[i])) {
      const top = titleAbove(lines, marked, i);
      if (top) return top;
      continue;
    }
    // The text has begun: a page whose first story has no publication line under its title.
    if (!marked(i) && isProse(text)) return null;
  }
  return null;
}

function isPublicationLine(text: string, found: LineFurniture | null | undefined): boolean {
  if (found?.web) return true;
  if (/^(?:来源|信息来源|稿件来源|文章来源)[：:]/u.test(text))
    return parseCreditLine(text) !== null;
  // A date labelled as the article's (发布时间：2023-05-12 点击数：…) is one.
  if (PUBLISHED_LABEL.test(text) && !isProse(text)) return true;
  const meta = parseMetaLine(text);
  // A bare date is no proof: sites print today's date in their banner too.
  return meta !== null && (meta.source !== undefined || meta.authors.length > 0);
}

const PUBLISHED_LABEL = /(?:^|\s)(?:发布|发表|发稿)(?:时间|日期)\s*[：:]\s*\d{4}/u;

function isProse(text: string): boolean {
  return text.includes('。') || Array.from(text).length > 64;
}

function titleAbove(
  lines: NormalizedLine[],
  marked: (i: number) => boolean,
  anchor: number,
): Top | null {
  const between: number[] = [];
  let title = -1;
  for (let j = anchor - 1; j >= 0 && j >= anchor - 1 - MAX_TITLE_GAP; j--) {
    if (marked(j)) continue;
    const text = lines[j]!.text;
    if (isOutletName(text) || (isLabelValueLine(text) && !parseCreditLine(text))) {
      between.push(j); // 北京青年报客户端, 日期:10-14: the site's, under the title
      continue;
    }
    if (parseCreditLine(text) || parseMetaLine(text) || looksLikeName(text)) continue;
    if (!headlineLike(text) && !channelTitle(text)) return null;
    title = j;
    break;
  }
  if (title < 0) return null;
  const marks: FrameMark[] = between.map((index) => ({ index, kind: 'page-navigation' }));
  let titleText = lines[title]!.text;
  const channel = CHANNEL_PREFIX.exec(titleText);
  if (channel && channelTitle(titleText)) {
    titleText = channel[2]!;
    marks.push({
      index: title,
      kind: 'page-navigation',
      found: {
        kind: 'page-navigation',
        strong: true,
        facts: {},
        rest: titleText,
        text: `${channel[1]} |`,
      },
    });
  }
  // A title over a subtitle, or a kicker over the title, stays with it.
  let groupTop = title;
  while (groupTop > 0 && title - groupTop < 2 && !marked(groupTop - 1)) {
    const above = lines[groupTop - 1]!.text;
    const below = lines[groupTop]!.text;
    const sameGroup =
      hasKickerShape(above) ||
      (headlineLike(above) &&
        !isBrowserTitle(above) &&
        compact(above) !== compact(titleText) &&
        Array.from(above).length >= MIN_TITLE_CHARS &&
        !ORGANISATION_END.test(above) &&
        (below.startsWith('——') || Array.from(below).length >= MIN_TITLE_CHARS));
    if (!sameGroup) break;
    groupTop--;
  }
  for (let k = 0; k < groupTop; k++) {
    if (marked(k)) continue;
    const text = lines[k]!.text;
    // A story's text above the title means this is not one web article's frame.
    if (isProse(text) || parseLead(text)) return null;
    marks.push({ index: k, kind: 'page-navigation' });
  }
  return { marks, title, titleText, anchor };
}

function headlineLike(text: string): boolean {
  return (hasHeadlineShape(text) || looksLikeTitle(text)) && !isBrowserTitle(text);
}

/** 工会活动 | 以花为媒 致敬天使: a channel's name, a bar, then the title. */
function channelTitle(text: string): boolean {
  const title = CHANNEL_PREFIX.exec(text)?.[2];
  return (
    title !== undefined &&
    headlineLike(title) &&
    !/[|｜]/u.test(title) &&
    Array.from(title).length >= MIN_TITLE_CHARS
  );
}

function isBrowserTitle(text: string): boolean {
  return (
    BROWSER_TITLE.test(text) &&
    !/^[\u4e00-\u9fa5“”《》]{2,20} [\u4e00-\u9fa5“”《》]{2,20}$/u.test(text)
  );
}

/** The number of lines after the story's last words that may still be its own: signature and date. */
const MAX_SIGNATURE_LINES = 4;

/**
 * After the story: its last sentence, then its credits (文/X, 图/Y, （X）),
 * a unit signing it, a notice's contact line, signature and date. What
 * follows is the site's.
 */
function tailOfFrame(
  lines: NormalizedLine[],
  marked: (i: number) => boolean,
  top: Top,
): FrameMark[] {
  let end = -1;
  for (let i = lines.length - 1; i > top.anchor; i--) {
    if (marked(i)) continue;
    const text = lines[i]!.text;
    if (endsSentence(text) || splitTrailingCredit(text) || /[。！？]/u.test(text)) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const notice = isNoticeTitle(top.titleText) || startsWithSalutation(lines, marked, top.anchor);
  const marks: FrameMark[] = [];
  let signature = notice ? MAX_SIGNATURE_LINES : 1;
  let closed = false;
  for (let i = end + 1; i < lines.length; i++) {
    if (marked(i)) continue;
    const text = lines[i]!.text;
    if (!closed && parseCreditLine(text)) continue;
    if (!closed && signature > 0 && (notice || isSigningUnit(text)) && !isOutletName(text)) {
      signature--;
      if (isBareDate(text)) closed = true;
      continue;
    }
    closed = true;
    marks.push({ index: i, kind: 'page-navigation' });
  }
  return marks;
}

function startsWithSalutation(
  lines: NormalizedLine[],
  marked: (i: number) => boolean,
  anchor: number,
): boolean {
  for (let i = anchor + 1; i < lines.length; i++) {
    if (marked(i)) continue;
    return isSalutation(lines[i]!.text);
  }
  return false;
}

function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}
