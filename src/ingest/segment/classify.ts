/**
 * What a single line looks like: a headline, a fragment left by a column
 * break, a subheading inside a story, the opening of a news story. Leads are
 * in leads.ts and credit lines in credit-lines.ts; grouping lines into
 * stories is segment-page.ts's job. Every test here reads one or two lines.
 */
import { endsSentence } from '../normalize/punctuation';
import { parseCreditLine } from './credit-lines';
import { parseLead } from './leads';

/**
 * Headline lines are short and carry no sentence punctuation. A body fragment
 * left by a column break (随后，该地区工会工作人员) usually has a comma or an
 * enumeration mark, which is what keeps it out. A multi-phrase headline (its
 * phrases set apart by a space) may hold 、 or ： (投入142万元 送出清凉包、茶叶),
 * though not at its end (他说：).
 */
export function looksLikeHeadline(text: string): boolean {
  return hasHeadlineShape(text) && !parseLead(text) && !parseCreditLine(text);
}

/** The shape alone, for callers that have already ruled out leads and credits. */
export function hasHeadlineShape(text: string): boolean {
  // Cheap tests before counting characters: this runs on every line.
  if (text.length > 128 || /[，。；！？,;!?]/u.test(text)) return false;
  const length = Array.from(text).length;
  if (length < 2 || length > 64) return false;
  if (/[、：:]/u.test(text) && (!text.includes(' ') || /[、：:]$/u.test(text))) return false;
  return !endsSentence(text);
}

/**
 * A line that could be a title although it has a comma, a colon or ends in
 * ！？ (传承劳模精神，争做时代先锋 / 北京市总工会：… / 冬奥，我们来了！):
 * short, no 。 or ；, quotes balanced, and not a paragraph's opening
 * (据了解，… / 近日，…). segment-page.ts only takes it for a title where a
 * story certainly starts.
 */
export function looksLikeTitle(text: string): boolean {
  // Cheap tests first: this runs on every line of text.
  if (text.length > 80 || !/[，：！？,:!?]/u.test(text)) return false;
  const length = Array.from(text).length;
  if (length < 4 || length > 40) return false;
  // An enumeration (、) or a second comma reads as a sentence, not a title.
  if (/[。；;…、]/u.test(text) || /[，：,:]$/u.test(text)) return false;
  if ((text.match(/[，,]/gu) ?? []).length > 1) return false;
  if (unbalanced(text) || opensLikeParagraph(text) || opensWithTime(text)) return false;
  return !parseLead(text) && !parseCreditLine(text);
}

/** A website's publication line under the title: 2023-02-10 10:26 来源：X 作者：Y. */
export interface MetaLine {
  raw: string;
  source?: string;
  /** 作者 / 文 names (a unit given as 作者 is the source). */
  authors: string[];
  editors: string[];
}

const META_KEY =
  /(稿件来源|信息来源|文章来源|来源|发布时间|发布日期|更新时间|时间|日期|作者|责任编辑|编辑|审核|浏览量|浏览次数|浏览|点击量|点击数|点击|字号|供稿)[：:]\s*/gu;
const META_DATE =
  /(?:^|\s)\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/u;

/**
 * A publication line: a date and/or `来源：` `作者：` `发布时间：` keys, nothing
 * that ends a sentence, no 版 (an e-paper header names its page, and is page
 * furniture, not an article's line).
 */
export function parseMetaLine(text: string): MetaLine | null {
  if (text.length > 120 || !/[\d：:]/u.test(text)) return null; // cheap test first
  if (/[。！？]/u.test(text) || /第?\d+版|版面/u.test(text)) return null;
  const hasDate = META_DATE.test(text);
  const keys = [...text.matchAll(META_KEY)];
  if (!hasDate && keys.length === 0) return null;
  if (!hasDate && keys[0]!.index !== 0) return null;
  const meta: MetaLine = { raw: text, authors: [], editors: [] };
  keys.forEach((k, i) => {
    const end = keys[i + 1]?.index ?? text.length;
    const value = text.slice(k.index + k[0].length, end).trim();
    if (!value) return;
    const key = k[1]!;
    if (/来源|供稿/u.test(key)) meta.source ??= value.replace(/^《(.+)》$/u, '$1');
    else if (key === '作者') meta.authors.push(...value.split(/[\s、，]+/u).filter(Boolean));
    else if (/编辑|审核/u.test(key))
      meta.editors.push(...value.split(/[\s、，]+/u).filter(Boolean));
  });
  // With no key at all, only a line that is just a date (and time) is a publication line.
  if (keys.length === 0 && text.replace(META_DATE, '').trim().length > 12) return null;
  return meta;
}

const SITE_CHROME_START =
  /^(?:(?:您(?:所在|当前)?的?位置|当前位置)[：:]|扫一扫|【?字号[：:]?\s*[大中小]|打印本页|关闭窗口|分享到|分享[：:](?:\s*(?:微信|微博|朋友圈|QQ空间|QQ))*\s*$|热门关键字|ICP备案|京ICP|第\d+版[：:])/u;
/** 中国共产党新闻网>>中国工会新闻, 首页 > 国内新闻 > 北京新闻. */
const BREADCRUMB = /[>＞»]{2}|首页\s*[>＞»]|\s[>＞]\s.*\s[>＞]\s/u;
const SITE_CHROME_ANYWHERE =
  /上一篇|下一篇|上一期|下一期|上一版|下一版|放大 缩小|版面导航|返回首页|返回京工网|版权所有|网站地图|Copyright/u;

/**
 * A website's navigation, tool or footer line (您所在的位置：新闻 > 工会,
 * 扫一扫在手机上打开页面, 3上一篇 下一篇4 2024年2月1日 放大 缩小 默认,
 * 主办：…版权所有©…). It separates what is above from what is below.
 */
export function isSiteChrome(text: string): boolean {
  // Cheap tests first: navigation is short and never ends a sentence with 。
  if (text.length > 120 || text.includes('。')) return false;
  return SITE_CHROME_START.test(text) || SITE_CHROME_ANYWHERE.test(text) || BREADCRUMB.test(text);
}

/** The start of a list item: 一是, 二要, 一、, （一）, 1., 第一, 首先, 其一. */
const LIST_ITEM =
  /^(?:[一二三四五六七八九十]+[是要、]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十]+[，、]|首先|其次|其一|其二|最后)/u;

/** After a line ending in ： or ；, a list item (一是… / （二）…) starts a new paragraph. */
export function startsListItem(before: string, line: string): boolean {
  return /[：；:;]$/u.test(before) && LIST_ITEM.test(line);
}

// ---- evidence for where a story without a lead begins ---------------------

/** Characters a headline does not end on but a sentence cut mid-way often does. */
const FUNCTION_END =
  /[的在和与及对把将被向从为是等并而或由以于让使给也都就还又其该各这那要着得之所即但且若如]$/u;
/** Openings of a paragraph's first clause that a headline does not start with. */
const DISCOURSE_OPENER =
  /^(?:据|随后|此外|同时|近日|日前|目前|今后|下一步|接下来|此次|本次|当天|会上|会议期间|活动中|期间|另外|其中|截至|记者|他们|他|她|该|近年来|随着|通过|按照|根据|针对|对此|因此|但是|而且|并且|如今|与会|座谈中|座谈会上)/u;
const NUMBERED_SUBHEAD =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十]+[，、 ]|[①②③④⑤⑥⑦⑧⑨⑩])/u;

function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return (
    count(/“/gu) !== count(/”/gu) ||
    count(/‘/gu) !== count(/’/gu) ||
    count(/[（(]/gu) !== count(/[）)]/gu) ||
    count(/《/gu) !== count(/》/gu)
  );
}

/**
 * A headline-shaped line that is a piece of a sentence cut by a column break:
 * it ends on a function word, leaves a quote or bracket open, or the next
 * line goes on with punctuation. `loose` skips the function-word test, for
 * places where a story boundary is already certain.
 */
export function isCutSentence(
  line: string,
  next: string | undefined,
  { loose = false }: { loose?: boolean } = {},
): boolean {
  if ((!loose && FUNCTION_END.test(line)) || unbalanced(line)) return true;
  if (next === undefined) return false;
  // 全区2 / 8支合唱队: a number cut in two.
  if (/[0-9.]$/u.test(line) && /^[0-9%]/u.test(next)) return true;
  return /^[，、。；：！？”’）》]/u.test(next);
}

/** A paragraph's opening words (据了解, 随后, 活动中…) rather than a headline. */
export function opensLikeParagraph(line: string): boolean {
  return DISCOURSE_OPENER.test(line);
}

export function isNumberedSubhead(line: string): boolean {
  return NUMBERED_SUBHEAD.test(line);
}

const TIME_CUE =
  /近日|日前|近期|前不久|连日来|今年以来|年初以来|入[春夏秋冬]以来|开春以来|\d{1,2}月(?:份)?以来|(?:春节|元旦|中秋|国庆|端午|“五一”|五一)(?:前夕|期间)|岁末年初|\d{1,2}月\d{1,2}日|\d{1,2}日[上中下]午|\d{1,2}日，|记者[^，。]{0,14}(?:获悉|了解到)/u;
const FIRST_CLAUSE_TIME =
  /^(?:近日|日前|近期|前不久|连日来|今年以来|\d{1,2}月\d{1,2}日[上中下]?午?|\d{1,2}日[上中下]?午?|记者(?:近日|日前))[，,]?/u;

/** A news story's first paragraph says when, early: 近日，…, 2月8日，…, 记者近日从…获悉. */
export function opensLikeNews(text: string): boolean {
  return TIME_CUE.test(text.slice(0, 48));
}

const DATE_FIRST = /^(?:近日|日前|\d{1,2}月\d{1,2}日[上中下]?午?|\d{1,2}日[上中下]?午?)[，,]/u;

/** A news story's first words: its date, then a comma (近日，… / 3月6日，…). */
export function opensNewsStory(text: string): boolean {
  return DATE_FIRST.test(text);
}

/** The first clause is a time: the paragraph certainly starts afresh (近日，… / 12日上午，…). */
export function opensWithTime(text: string): boolean {
  return FIRST_CLAUSE_TIME.test(text);
}

// ---- round 2: brief items, colon kickers, kicker cues ---------------------

const LEAD_IN = /^([^\s，。；！？,;!?：:、]{6,36}) (.+)$/u;

/**
 * A brief column's item: a bold lead-in title, a space, then the item's text
 * opening with its date (学院路街道总工会开设青年职工夜校 近日，海淀区…). The
 * lead-in becomes the item's headline. Only a time-first text counts, so a
 * line that merely holds a space is never split, unless the item above had a
 * lead-in and this line is signed like it (units.ts decides `inColumn`).
 */
export function splitLeadIn(
  text: string,
  /** The item above had a lead-in: in that column any text may follow the title. */
  inColumn = false,
): { title: string; rest: string } | null {
  if (text.length > 2000 || !text.includes(' ')) return null;
  const m = LEAD_IN.exec(text);
  if (!m) return null;
  const [, title, rest] = m as unknown as [string, string, string];
  if (!hasHeadlineShape(title) || opensLikeParagraph(title) || isNumberedSubhead(title))
    return null;
  if (!/[。！？]/u.test(rest)) return null;
  return opensWithTime(rest) || (inColumn && !opensLikeParagraph(rest)) ? { title, rest } : null;
}

/** Verbs and phrases that end a sentence's own introduction (他说：/ 具体如下：), not a kicker. */
const INTRODUCES =
  /(?:说|表示|介绍|指出|强调|认为|提出|要求|问|答|道|到|如下|是|为|有|包括|即|称|写道|坦言|感慨)[：:]$/u;

/**
 * A subtitle that lists what the story is about (集工会服务、技能培训、法律援助于一体):
 * one short phrase with 、 and no other punctuation. Only under a headline and
 * over a story's opening does units.ts take it for one.
 */
export function isListingSubtitle(text: string): boolean {
  if (text.length > 40 || !text.includes('、')) return false;
  if (/[，。；！？,;!?：:“”"]/u.test(text) || /、$/u.test(text)) return false;
  const length = Array.from(text).length;
  return length >= 8 && length <= 30 && !opensLikeParagraph(text) && !opensWithTime(text);
}

/**
 * A kicker ending in ： over the title (拱辰街道总工会： / 全国劳模李娟：):
 * a short name, no other punctuation, not the introduction of a quote.
 */
export function isColonKicker(text: string): boolean {
  if (text.length > 30 || !/[：:]$/u.test(text)) return false;
  const length = Array.from(text).length;
  if (length < 4 || length > 20) return false;
  return /^[\u4e00-\u9fa5A-Za-z0-9“”《》·]+[：:]$/u.test(text) && !INTRODUCES.test(text);
}
