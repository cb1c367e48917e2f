/**
 * Recognisers for single lines of page furniture, as printed papers and their
 * e-paper and website exports carry them (see docs/decisions/0008-page-furniture.md):
 *
 * - running heads: 2023年2月10日 星期五 第3版 区县工会 · 劳动午报 · 第03版：区县工会 ·
 *   《工人日报》（2023年02月10日 03版） · 第8686期 · 农历癸卯年正月二十;
 * - e-paper and website navigation: 上一版 下一版 · 版面导航 · 返回目录 · 【字体：大 中 小】 ·
 *   分享到 · 打印本页 · 放大 缩小 默认;
 * - the foot of the page: 责任编辑：X 美术编辑：Y 校对：Z · （责任编辑：X） · 版权所有 … ICP备;
 * - website meta lines: 发布时间：… 浏览次数：… (a 来源：/作者： part is the story's, and is kept).
 *
 * Each recogniser looks at one line. Whether a weak match (a paper's name or a
 * bare date on its own) counts depends on where the line sits; furniture.ts decides that.
 */
import { endsSentence } from '../normalize/punctuation';
import { chineseDate, isoDate, PAGE_NUMBER, parsePageNumber } from './page-numbers';
import {
  closeUpSpacedLine,
  isLatinLabel,
  isOriginalTitleNote,
  isPictureLine,
  splitLeadingUrl,
} from './site-lines';

export type FurnitureKind =
  | 'page-header'
  | 'page-navigation'
  | 'page-footer'
  | 'page-guide'
  /** A picture left by a website export: its file name, 【图片】, or its caption. */
  | 'picture';

export interface HeaderFacts {
  date?: string;
  page?: number;
  pageName?: string;
  paper?: string;
}

export interface LineFurniture {
  kind: FurnitureKind;
  /** Strong furniture is furniture anywhere; weak only in the page's top or bottom run. */
  strong: boolean;
  facts: HeaderFacts;
  /** Part of the line that is not furniture (a 来源：X kept for the story), if any. */
  rest?: string;
  /** The furniture part, when only part of the line is furniture. */
  text?: string;
  /**
   * A website's publication line (2023-08-28 09:44, 发布时间：…, 来源：X 作者：Y,
   * 《工人日报》（2023年05月16日 03版）): it sits under a web article's title.
   */
  web?: boolean;
}

// ---------------------------------------------------------------------------
// Running heads and navigation bars: a line made only of such tokens.

const PAPER =
  '(?:劳动午报|工人日报|劳动报|北京日报|北京晚报|北京青年报|人民日报|中工网|首都之窗|千龙网|人民网|新华网|央视网|北京工会网|京工网|陕工网|[\\u4e00-\\u9fa5]{1,6}(?:日报|晚报|午报|晨报|早报|工人报|青年报|法制报|时报|商报))(?:社)?';

/** Navigation words, longest first (alternation takes the first that matches). */
const NAV_DEFINITE = [
  '本版标题导航',
  '上一版',
  '下一版',
  '上一篇',
  '下一篇',
  '上一期',
  '下一期',
  '前一版',
  '后一版',
  '上版',
  '下版',
  '返回目录',
  '返回首页',
  '返回顶部',
  '返回上页',
  '返回版面',
  '返回列表',
  '版面导航',
  '标题导航',
  '版面概览',
  '本版标题',
  '往期回顾',
  '过刊浏览',
  '打印页面',
  '关闭页面',
  '打印本页',
  '打印本文',
  '打印此文',
  '关闭窗口',
  '关闭本页',
  '分享到',
  '收藏本页',
  '加入收藏',
  '语音播报',
  'PDF下载',
  '下载PDF',
  '查看PDF',
  'PDF版',
  '查看版面',
  '电子版',
  '数字报纸',
  '数字报',
  '数字版',
  '全文检索',
  '我要纠错',
  'QQ空间',
  '扫一扫',
  '手机版',
  '客户端',
  '网站地图',
  '联系我们',
  '关于我们',
  '版权声明',
  '隐私政策',
  '官方网站',
  '扫码关注',
];
/** Words that are navigation on a line of their own only at the very top or bottom. */
const NAV_GENERIC = [
  '返回',
  '首页',
  '目录',
  '往期',
  '打印',
  '关闭',
  '分享',
  '收藏',
  '放大',
  '缩小',
  '默认',
  '更多',
  '检索',
  '纠错',
  '朗读',
  '微信',
  '微博',
  '朋友圈',
  '二维码',
  '官网',
  'PDF',
];
const NAV_WORD = new RegExp(`(?:${[...NAV_DEFINITE, ...NAV_GENERIC].join('|')})`, 'uy');
const NAV_DEFINITE_SET = new Set(NAV_DEFINITE);
/** 今天是 opens the website's own clock, not the paper's date. */
const TODAY = /今天是/uy;
/** Arrow icons of e-paper bars; symbol fonts turn ◀ ▶ into 3 and 4 in text exports. */
const ICON = /[◀▶←→«»‹›◄►⇦⇨↑↓▲▼]+|[34](?=上一|下一|上版|下版)/uy;
const ICON_AFTER_NAV = /[34](?![\d年月日.\-/:：])/uy;
const FONT =
  /(?:字体|字号)[:：]?\s*(?:[【[]?\s*[大中小]\s*[】\]]?\s*){1,3}(?:[【[]?默认[】\]]?)?/uy;

const DATE_YMD = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/uy;
const DATE_ISO = /(\d{4})([-./])(\d{1,2})\2(\d{1,2})日?/uy;
const DATE_CN =
  /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/uy;
const TIME = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/uy;
const WEEKDAY = /(?:星期|周|礼拜)[一二三四五六日天]/uy;
const LUNAR = /农历[^\s第版|｜/]{2,10}/uy;
const ISSUE = new RegExp(
  [
    '(?:总)?第\\s*\\d+\\s*期',
    '(?:本报)?(?:今日|本期|共)\\s*\\d+\\s*版',
    '(?:国内统一连续出版物号|统一刊号|刊号)[:：]?\\s*CN\\s*\\d+\\s*-\\s*\\d+(?:/[A-Z]+)?',
    'CN\\s*\\d{2}\\s*-\\s*\\d{4}(?:/[A-Z]+)?',
    '邮发代号[:：]?\\s*\\d+\\s*-\\s*\\d+',
  ].join('|'),
  'uy',
);
const DATE_LABEL = /(?:出版日期|出版时间|发布时间|发布日期|发表时间|更新时间)\s*[:：]\s*/uy;
const PAGE_LABEL = /(?:版次|版号)\s*[:：]?\s*/uy;
const PAGE_NAME_LABEL = /版名\s*[:：]\s*([\u4e00-\u9fa5A-Za-z·]{1,10})/uy;
const PAGE = new RegExp(`(?:第\\s*)?(${PAGE_NUMBER})\\s*版(?![权面式次])|(头版)`, 'uy');
const PAGE_BARE = new RegExp(`(${PAGE_NUMBER})(?=\\s|$|[|｜])`, 'uy');
/** The page's name after its number: 第3版（区县工会）, 第3版：区县工会, 第3版 区县工会, 第3版要闻. */
const PAGE_NAME_BRACKETED = /\s*[（(]\s*([\u4e00-\u9fa5A-Za-z·]{1,10})\s*[）)]/uy;
const PAGE_NAME_COLON = /\s*[:：]\s*([\u4e00-\u9fa5A-Za-z·]{1,10})/uy;
const PAGE_NAME_SPACED = /\s*([\u4e00-\u9fa5·]{2,8})(?=\s|$|[|｜])/uy;
const COLUMN = /专栏\s*[:：]?/uy;
/** 责编：X 美编：Y inside a running head; one name per role (or names joined by 、). */
const HEAD_EDITOR_LABEL = '(?:本版责编|责任编辑|本版编辑|美术编辑|责编|美编|编辑|校对)';
const HEAD_EDITORS = new RegExp(
  `${HEAD_EDITOR_LABEL}(?:\\s*[:：]\\s*|\\s+)[\\u4e00-\\u9fa5·]{2,4}(?:、[\\u4e00-\\u9fa5·]{2,4})*(?=\\s|$)`,
  'uy',
);
const TRAILING_PAGE_NAME = /^[\u4e00-\u9fa5·]{2,8}$/u;
const TRAILING_NAME_AND_PAGE = /^(?:([\u4e00-\u9fa5·]{2,8})\s+)?(\d{1,2})$/u;
const TRAILING_PAGE_AND_NAME = /^(\d{1,2})\s+([\u4e00-\u9fa5·]{2,8})$/u;
const LEADING_PAGE = /(\d{1,3})\s+(?=\d{4}\s*[年\-./])/uy;
const PAPER_TOKEN = new RegExp(PAPER, 'uy');
const PAPER_ALONE = new RegExp(`^${PAPER}$`, 'u');
const SEPARATORS = /[\s|｜/\\·•:：\-—–_~（）()【】[\]《》〈〉<>「」]+/uy;

/**
 * Characters a running head or navigation bar can open with (after separators
 * and icons): a cheap first test, since most short lines are headlines or text.
 * The paper's name can open with any character, so it is tested by its ending.
 */
const TOKEN_FIRST = new Set([
  ...'0123456789〇○零一二三四五六七八九十', // dates, 版次 in figures
  ...'今出发更星周礼农总第本共国统刊CN邮版头专字', // 今天是, 出版日期…, weekdays, issue, 版次, 头版, 专栏, 字体
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  ...[...NAV_DEFINITE, ...NAV_GENERIC].map((w) => w[0]!),
]);
const LEADING_SEPARATORS = /^[\s|｜/\\·•:：\-—–_~（）()【】[\]《》〈〉<>「」◀▶←→«»‹›◄►⇦⇨↑↓▲▼]*/u;

function mayBeHeadOrNav(text: string): boolean {
  const first = text[LEADING_SEPARATORS.exec(text)![0].length];
  if (first !== undefined && TOKEN_FIRST.has(first)) return true;
  return text.includes('报') || text.includes('网') || text.includes('首都之窗');
}

interface Scan extends HeaderFacts {
  header: boolean;
  headerStrong: boolean;
  nav: number;
  navStrong: boolean;
  today: boolean;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** A page name must not itself be another token (a weekday, a paper, a navigation word). */
function isPageName(name: string): boolean {
  return !(
    at(WEEKDAY, name, 0)?.[0] === name ||
    PAPER_ALONE.test(name) ||
    at(NAV_WORD, name, 0)?.[0] === name ||
    name.startsWith('农历') ||
    name.startsWith('专栏')
  );
}

function readPageName(text: string, pos: number): { name: string; end: number } | null {
  for (const re of [PAGE_NAME_BRACKETED, PAGE_NAME_COLON, PAGE_NAME_SPACED]) {
    const m = at(re, text, pos);
    if (m && isPageName(m[1]!)) return { name: m[1]!, end: pos + m[0].length };
  }
  return null;
}

function readDate(text: string, pos: number): { date: string | null; end: number } | null {
  let m = at(DATE_YMD, text, pos);
  if (m) return { date: isoDate(+m[1]!, +m[2]!, +m[3]!), end: pos + m[0].length };
  m = at(DATE_ISO, text, pos);
  if (m) return { date: isoDate(+m[1]!, +m[3]!, +m[4]!), end: pos + m[0].length };
  m = at(DATE_CN, text, pos);
  if (m) return { date: chineseDate(m[1]!, m[2]!, m[3]!), end: pos + m[0].length };
  return null;
}

/**
 * Read a line as a run of running-head and navigation tokens. Null when any
 * part of it is something else (a headline, a sentence).
 */
function scanHeadOrNav(text: string): Scan | null {
  const s: Scan = { header: false, headerStrong: false, nav: 0, navStrong: false, today: false };
  let hasDate = false;
  let context = false; // weekday, lunar date, time or paper next to a date
  let pos = 0;
  let dates = 0;
  let pages = 0;
  let leadingPage: number | null = null; // 4 2023年2月10日 星期五 …: the page number first
  const setDate = (date: string | null) => {
    hasDate = true;
    s.header = true;
    dates++;
    if (date && !s.date) s.date = date;
  };
  while (pos < text.length) {
    const sep = at(SEPARATORS, text, pos);
    if (sep) {
      pos += sep[0].length;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = at(TODAY, text, pos))) {
      s.today = true;
      s.nav++;
      s.navStrong = true;
      pos += m[0].length;
      continue;
    }
    if ((m = at(DATE_LABEL, text, pos))) {
      const d = readDate(text, pos + m[0].length);
      if (!d) return null;
      setDate(d.date);
      s.headerStrong = true;
      pos = d.end;
      continue;
    }
    const d = readDate(text, pos);
    if (d) {
      setDate(d.date);
      pos = d.end;
      continue;
    }
    if (hasDate && (m = at(TIME, text, pos))) {
      context = true;
      pos += m[0].length;
      continue;
    }
    if ((m = at(WEEKDAY, text, pos)) || (m = at(LUNAR, text, pos))) {
      s.header = true;
      context = true;
      pos += m[0].length;
      continue;
    }
    if ((m = at(ISSUE, text, pos))) {
      s.header = s.headerStrong = true;
      pos += m[0].length;
      continue;
    }
    if ((m = at(PAGE_NAME_LABEL, text, pos))) {
      s.header = true;
      s.pageName ??= m[1]!;
      pos += m[0].length;
      continue;
    }
    const label = at(PAGE_LABEL, text, pos);
    const page = at(PAGE, text, label ? pos + label[0].length : pos);
    const bare = label && !page ? at(PAGE_BARE, text, pos + label[0].length) : null;
    if (page || bare) {
      const start = label ? pos + label[0].length : pos;
      const number = page?.[2] ? 1 : parsePageNumber((page ?? bare)![1]!);
      if (number === null) return null;
      s.header = s.headerStrong = true;
      pos = start + (page ?? bare)![0].length;
      const name = readPageName(text, pos);
      pages++;
      if (s.page === undefined) {
        s.page = number;
        if (name) s.pageName = name.name;
      }
      if (name) pos = name.end;
      continue;
    }
    if ((m = at(HEAD_EDITORS, text, pos))) {
      s.header = true; // 责编：X 美编：Y inside a running head
      pos += m[0].length;
      continue;
    }
    if (pos === 0 && (m = at(LEADING_PAGE, text, pos))) {
      leadingPage = Number(m[1]);
      pos += m[0].length;
      continue;
    }
    if ((m = at(COLUMN, text, pos))) {
      pos += m[0].length;
      continue;
    }
    if ((m = at(FONT, text, pos))) {
      s.nav++;
      s.navStrong = true;
      pos += m[0].length;
      continue;
    }
    if ((m = at(PAPER_TOKEN, text, pos))) {
      s.header = true;
      context = true;
      s.paper ??= m[0].replace(/社$/, '');
      pos += m[0].length;
      continue;
    }
    if ((m = at(ICON, text, pos))) {
      pos += m[0].length;
      continue;
    }
    if ((m = at(NAV_WORD, text, pos))) {
      s.nav++;
      if (NAV_DEFINITE_SET.has(m[0])) s.navStrong = true;
      pos += m[0].length;
      const icon = at(ICON_AFTER_NAV, text, pos);
      if (icon) pos += icon[0].length;
      continue;
    }
    // 4 2023年2月10日 星期五 责编 X 要闻: the page's name closes a head that opened with its number.
    const last = text.slice(pos);
    if ((leadingPage !== null || pages > 0) && TRAILING_PAGE_NAME.test(last) && isPageName(last)) {
      s.pageName ??= last;
      break;
    }
    // 2024年1月24日 星期三 劳动午报 经开区 7: a dated head may close with the page's
    // name and its number, printed at the page's outer edge.
    const tail = hasDate && context ? TRAILING_NAME_AND_PAGE.exec(last) : null;
    if (tail && (tail[1] === undefined || isPageName(tail[1])) && Number(tail[2]) > 0) {
      s.header = s.headerStrong = true;
      pages++;
      if (s.page === undefined) {
        s.page = Number(tail[2]);
        if (tail[1] !== undefined) s.pageName ??= tail[1];
      }
      break;
    }
    // 劳动午报 2024.12.04 星期三 06 区县工会: or the number first, then the name, without 版.
    const numbered = hasDate && context ? TRAILING_PAGE_AND_NAME.exec(last) : null;
    if (numbered && isPageName(numbered[2]!) && Number(numbered[1]) > 0) {
      s.header = s.headerStrong = true;
      pages++;
      if (s.page === undefined) {
        s.page = Number(numbered[1]);
        s.pageName ??= numbered[2]!;
      }
      break;
    }
    return null;
  }
  if (hasDate && context) s.headerStrong = true;
  if (leadingPage !== null) {
    if (!hasDate) return null; // a bare number opens a running head only before its date
    if (pages === 0 && leadingPage > 0) s.page = leadingPage;
    pages++;
    s.headerStrong = true;
  }
  if (s.nav >= 2) s.navStrong = true;
  // 第1版：要闻 第2版：综合新闻 … or 上一期 2023-02-09 下一期 2023-02-11 lists pages or
  // issues to go to: navigation, and none of them is this page's.
  if (pages > 1 || dates > 1) {
    s.nav++;
    s.navStrong = true;
    delete s.page;
    delete s.pageName;
    delete s.date;
    s.headerStrong = false;
  }
  if (!s.header && s.nav === 0) return null;
  return s;
}

// ---------------------------------------------------------------------------
// The foot of the page.

const EDITOR_LABELS =
  '责任编辑|本版责编|本版编辑|本版主编|责任校对|美术编辑|执行编辑|值班编辑|版式设计|版面设计|视觉设计|责编|美编|编辑|校对|版式|审核|审校|审签|初审|二审|三审|终审|编审|组版|排版|制版|监制|主编|设计|策划|统筹';
/** Labels that alone make an editors' line; 设计/策划/统筹/主编/监制 also head story credits. */
const EDITOR_DEFINITE =
  /^(?:责任编辑|本版责编|本版编辑|本版主编|责任校对|美术编辑|执行编辑|值班编辑|版式设计|版面设计|视觉设计|责编|美编|编辑|校对|版式|审核|审校|审签|初审|二审|三审|终审|编审|组版|排版|制版)$/u;
const EDITOR_ALONE = /^(?:责任编辑|本版责编|本版编辑|美术编辑|责编|美编)$/u;
const EDITOR_OPENING = new RegExp(`^[（(【[]?\\s*(?:${EDITOR_LABELS})`, 'u');
const EDITOR_LABEL = new RegExp(`(${EDITOR_LABELS})(?:\\s*[:：]\\s*|\\s+)`, 'gu');
const EDITOR_NAMES =
  /^(?:[\u4e00-\u9fa5·A-Za-z]{1,8}(?:[\s、，,]+[\u4e00-\u9fa5·A-Za-z]{1,8}){0,5})?$/u;
const BRACKETED = /^[（(【[]\s*(.*?)\s*[）)】\]]$/u;
const TRAILING_EDITOR =
  /^(.*?\S)\s*([（(【[]\s*(?:责任编辑|责编|编辑)\s*[:：]\s*[\u4e00-\u9fa5·A-Za-z、 ]{1,30}[）)】\]])$/u;
const SITE_FOOTER =
  /版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|违法和不良信息|不良信息举报|All rights reserved|广告(?:经营)?许可证/iu;
/** The paper's imprint (报尾) and a site's footer: two of these labels on one line. */
const SITE_FOOTER_LABEL =
  /(?:主办|承办|协办|出版|运营管理|运营|技术支持|技术开发|地址|邮编|邮政编码|电话|传真|邮箱|定价|零售价|印刷|发行|社长|总编辑|订阅|投稿邮箱|新闻热线)\s*[:：]/gu;

/** 责任编辑：X 美术编辑：Y 校对：Z, with or without colons, or in brackets at a web article's end. */
export function isEditorsLine(text: string): boolean {
  if (!EDITOR_OPENING.test(text)) return false; // most lines: one anchored test
  const inner = BRACKETED.exec(text)?.[1] ?? text;
  const labels = [...inner.matchAll(EDITOR_LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return false;
  if (!labels.some((m) => EDITOR_DEFINITE.test(m[1]!))) return false;
  // Without a colon, one short label is too weak a sign (审核 通过 is a phrase).
  const colons = labels.some((m) => /[:：]/u.test(m[0]));
  if (!colons && labels.length === 1 && !EDITOR_ALONE.test(labels[0]![1]!)) return false;
  return labels.every((m, i) => {
    const from = m.index + m[0].length;
    const to = labels[i + 1]?.index ?? inner.length;
    return EDITOR_NAMES.test(inner.slice(from, to).trim());
  });
}

function isSiteFooter(text: string): boolean {
  if (SITE_FOOTER.test(text)) return true;
  return text.includes('：') && (text.match(SITE_FOOTER_LABEL)?.length ?? 0) >= 2;
}

// ---------------------------------------------------------------------------
// Website meta lines: 发布时间：2023-02-10 09:30 来源：北京市总工会 浏览次数：128

const META_LABELS =
  '发布时间|发布日期|发表时间|更新时间|出版日期|发布机构|发布单位|发布部门|时间|日期|浏览次数|浏览量|浏览|点击数|点击量|点击|阅读数|阅读量|阅读|访问量|字号|字体|信息来源|稿件来源|文章来源|来源|作者|供稿|撰稿|责任编辑|责编|编辑|校对|审核';
const META_LABEL = new RegExp(`(${META_LABELS})\\s*[:：]`, 'gu');
const META_OPENING = new RegExp(`^[【[]?\\s*(?:${META_LABELS})`, 'u');
const STORY_LABEL = /^(?:信息来源|稿件来源|文章来源|来源|作者|供稿|撰稿)$/u;
const PUBLISHED_LABEL = /^(?:发布时间|发布日期|发表时间|更新时间|出版日期)$/u;
const DATE_ONLY_LABEL = /^(?:时间|日期)$/u;
const COUNTER_LABEL = /^(?:浏览次数|浏览量|浏览|点击数|点击量|点击|阅读数|阅读量|阅读|访问量)$/u;
/** 发布机构：工会 names the site's department that posted the page, not the story's source. */
const POSTER_LABEL = /^(?:发布机构|发布单位|发布部门)$/u;
const FONT_LABEL = /^(?:字号|字体)$/u;
const EDITOR_LABEL_ONLY = /^(?:责任编辑|责编|编辑|校对|审核)$/u;

interface MetaSegment {
  label: string;
  text: string;
  value: string;
}

/** Split a line that opens with a meta label into label：value segments; null if it doesn't. */
function metaSegments(text: string): MetaSegment[] | null {
  if (!META_OPENING.test(text)) return null; // most lines: one anchored test
  const inner = text.replace(/^[【[]\s*/, '');
  const labels = [...inner.matchAll(META_LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return null;
  return labels.map((m, i) => {
    const to = labels[i + 1]?.index ?? inner.length;
    const segment = inner.slice(m.index, to).trim();
    const value = inner
      .slice(m.index + m[0].length, to)
      .replace(/[【[\]】\s]+$/u, '')
      .trim();
    return { label: m[1]!, text: segment.replace(/[【[]$/u, '').trim(), value };
  });
}

/** A value followed by navigation leftovers (【打印】【关闭】) is still that value. */
function valueThenNav(value: string, head: RegExp): boolean {
  const m = at(head, value, 0);
  if (!m) return false;
  const rest = value.slice(m[0].length).trim();
  return rest === '' || scanHeadOrNav(rest)?.header === false;
}

/** The navigation words closing a value (X 打印页面 关闭页面 → ' 打印页面 关闭页面'), or null. */
function trailingNav(value: string): string | null {
  for (let i = value.indexOf(' '); i > 0; i = value.indexOf(' ', i + 1)) {
    const scan = scanHeadOrNav(value.slice(i).trim());
    if (scan && !scan.header && scan.nav > 0) return value.slice(i);
  }
  return null;
}

/** 2023-07-20 作者：X / 2023-04-10 09:54:58来源： 中工网: a date and time opening a meta line. */
const OPENING_DATE_TIME =
  /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}日?|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*/u;

function readMetaLine(text: string, afterDate = false): LineFurniture | null {
  const opening = afterDate ? null : OPENING_DATE_TIME.exec(text);
  if (opening && opening[0].length < text.length) {
    const rest = readMetaLine(text.slice(opening[0].length), true);
    const date = readDate(opening[1]!, 0)?.date;
    if (!rest || !date) return null;
    const dropped = rest.text ?? (rest.rest ? '' : text.slice(opening[0].length));
    return {
      ...rest,
      kind: 'page-header',
      facts: { ...rest.facts, date: rest.facts.date ?? date },
      ...(rest.rest ? { text: `${opening[0].trim()} ${dropped}`.trim() } : {}),
    };
  }
  const segments = metaSegments(text);
  if (!segments) return null;
  const facts: HeaderFacts = {};
  let published = false;
  let counters = false;
  let editors = false;
  let dated = false;
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const s of segments) {
    if (STORY_LABEL.test(s.label)) {
      // 来源：X 打印页面 关闭页面: the site's links after the value are navigation.
      const nav = trailingNav(s.value);
      const value = nav === null ? s.value : s.value.slice(0, -nav.length).trim();
      if (value === '' || Array.from(value).length > 40) return null;
      if (nav === null) kept.push(s.text);
      else {
        kept.push(s.text.slice(0, s.text.length - nav.length).trim());
        dropped.push(nav.trim());
      }
      continue;
    }
    if (PUBLISHED_LABEL.test(s.label) || DATE_ONLY_LABEL.test(s.label)) {
      const d = readDate(s.value, 0);
      if (!d?.date) return null;
      const rest = s.value.slice(d.end).trim();
      if (rest !== '' && !at(TIME, rest, 0) && scanHeadOrNav(rest) === null) return null;
      facts.date ??= d.date;
      if (PUBLISHED_LABEL.test(s.label)) published = true;
      else dated = true;
    } else if (COUNTER_LABEL.test(s.label)) {
      if (!valueThenNav(s.value, /\d*\s*(?:次|人次)?/uy)) return null;
      counters = true;
    } else if (FONT_LABEL.test(s.label)) {
      // 字号：大 中 小, 字号：T T T, 字号：+ - 14
      if (!valueThenNav(s.value, /[大中小默认\sTt|｜【】[\]+\-−\d]*/uy)) return null;
      counters = true;
    } else if (POSTER_LABEL.test(s.label)) {
      if (Array.from(s.value).length > 20) return null;
      counters = true;
    } else if (EDITOR_LABEL_ONLY.test(s.label)) {
      if (!EDITOR_NAMES.test(s.value)) return null;
      editors = true;
    }
    dropped.push(s.text);
  }
  // 时间：/日期： also open lines of a notice (活动时间：…): only with other meta beside them.
  const isMeta =
    published ||
    counters ||
    editors ||
    (dated && segments.length > 1) ||
    (afterDate && kept.length > 0);
  if (!isMeta) return null;
  return {
    kind: facts.date ? 'page-header' : editors ? 'page-footer' : 'page-navigation',
    strong: true,
    facts,
    web: true,
    ...(kept.length > 0 ? { rest: kept.join(' '), text: dropped.join(' ') } : {}),
  };
}

// ---------------------------------------------------------------------------

const CLOSERS = '”’」』）)》';
const SENTENCE_MARKS = '。！？!?…';

/** endsSentence's rule, read from the line's end: this runs on every line of every page. */
function endsWithSentenceMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--;
  return i >= 0 && SENTENCE_MARKS.includes(text[i]!);
}

/** Longer lines are text: site footers and meta lines run long, running heads and bars don't. */
const MAX_FURNITURE_LINE = 160;
const MAX_HEAD_LINE = 80;

/**
 * What a single line is, as furniture, or null. Lines that end a sentence are
 * never furniture: running heads, bars and credits carry no 。！？.
 */
export function classifyFurnitureLine(text: string): LineFurniture | null {
  if (text.length > MAX_FURNITURE_LINE || endsWithSentenceMark(text)) return null;
  if (isEditorsLine(text)) return { kind: 'page-footer', strong: true, facts: {} };
  if (isSiteFooter(text)) return { kind: 'page-footer', strong: true, facts: {} };
  if (BREADCRUMB.test(text)) return { kind: 'page-navigation', strong: true, facts: {} };
  if (isPictureLine(text)) return { kind: 'picture', strong: true, facts: {} };
  if (isOriginalTitleNote(text)) return { kind: 'page-navigation', strong: true, facts: {} };
  const url = splitLeadingUrl(text);
  if (url) return afterUrl(url.url, url.rest);
  const spaced = closeUpSpacedLine(text);
  if (spaced !== null && isSiteFooter(spaced))
    return { kind: 'page-footer', strong: true, facts: {} };
  const meta = readMetaLine(text) ?? readAccountLine(text);
  if (meta) return meta;
  if (isLatinLabel(text)) return { kind: 'page-header', strong: false, facts: {} };
  if (text.length > MAX_HEAD_LINE || !mayBeHeadOrNav(text)) return null;
  const scan = scanHeadOrNav(text);
  if (!scan) return null;
  const facts: HeaderFacts = {};
  if (!scan.today && scan.date) facts.date = scan.date;
  if (scan.page !== undefined) facts.page = scan.page;
  if (scan.pageName) facts.pageName = scan.pageName;
  if (scan.paper) facts.paper = scan.paper;
  const header = scan.header && !scan.today && (scan.headerStrong || scan.nav === 0);
  return {
    kind: header ? 'page-header' : 'page-navigation',
    strong: scan.headerStrong || scan.navStrong,
    facts,
    // 2023-08-28 09:44 or 《工人日报》（2023年05月16日 02版） under a web article's title.
    ...(header && (WEB_TIME.test(text) || WEB_PAPER_CREDIT.test(text)) ? { web: true } : {}),
  };
}

const WEB_TIME = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}/u;
const WEB_PAPER_CREDIT = /^《[^》]{2,12}》\s*[（(]/u;

/** //www.workercn.cn2023-04-10 09:54:58来源： 中工网: the address is chrome, the rest is read on its own. */
function afterUrl(url: string, rest: string): LineFurniture {
  const inner = rest ? classifyFurnitureLine(rest) : null;
  if (!inner) {
    return {
      kind: 'page-navigation',
      strong: true,
      facts: {},
      ...(rest ? { rest, text: url } : {}),
    };
  }
  const kept = inner.rest;
  return {
    ...inner,
    strong: true,
    ...(kept ? { rest: kept, text: `${url} ${inner.text ?? ''}`.trim() } : {}),
  };
}

/** 您当前的位置：首页 > 工会动态 > 基层风采: a website's breadcrumb trail. */
const BREADCRUMB =
  /^(?:您?当前的?位置\s*[:：]\s*)?(?:首页|网站首页|主页)\s*(?:(?:[>＞»›/]|(?<=\s)[-－–—](?=\s))\s*[^>＞»›/。！？]{1,16}\s*)+$/u;

/**
 * 原创 石景山工会 2025年03月08日 17:30 北京: an official account's line
 * under the title (原创, the account, the date and time, the place posted
 * from). It is the article's publication line.
 */
const ACCOUNT_LINE =
  /^(?:原创\s+)?(?:[^\s，。：:；]{1,20}\s+){1,2}(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})\s*\d{1,2}[:：]\d{2}(?:\s+[\u4e00-\u9fa5]{2,4})?$/u;

function readAccountLine(text: string): LineFurniture | null {
  if (text.length > 60 || !/[:：]/u.test(text)) return null;
  const m = ACCOUNT_LINE.exec(text);
  if (!m || (!text.startsWith('原创') && !/\s[\u4e00-\u9fa5]{2,4}$/u.test(text))) return null;
  const date = readDate(m[1]!, 0)?.date;
  return date ? { kind: 'page-header', strong: true, facts: { date }, web: true } : null;
}

/** （责任编辑：X） printed at the end of a web article's last paragraph: split it off. */
export function splitTrailingEditors(text: string): { body: string; editors: string } | null {
  if (!text.endsWith('）') && !text.endsWith(')') && !text.endsWith('】') && !text.endsWith(']'))
    return null;
  const m = TRAILING_EDITOR.exec(text);
  return m ? { body: m[1]!, editors: m[2]! } : null;
}

/** Symbols left by page chrome (× close buttons, rules): nothing a story prints. */
export function isChromeSymbols(text: string): boolean {
  return /^[×✕✖※\-—_=~*·•|｜\s]+$/u.test(text);
}

// ---------------------------------------------------------------------------
// 本版导读 and its list.

const GUIDE_HEADING = /^(?:本版|今日|本期|要闻|版面)?导读(?:\s*[:：]\s*(.*))?$/u;
const GUIDE_BULLET = /^[·•▲△■□◆◇★☆●○►▶▸>》\-—]+\s*/u;
const GUIDE_PAGE_REF = new RegExp(
  `(?:\\s*[（(【[]?\\s*(?:详见|见|转|参见)?\\s*第?\\s*${PAGE_NUMBER}\\s*版\\s*[）)】\\]]?|\\s*P\\s*\\d{1,3}|\\s*[>》→]{1,2}\\s*${PAGE_NUMBER}\\s*版?|\\s*[…·.．]{2,}\\s*(?:[①-⑳]|\\d{1,3}\\s*版?))$`,
  'u',
);

/** 本版导读 / 今日导读 (and items on the same line, 本版导读：…), or null. */
export function guideHeading(text: string): { items: string } | null {
  const m = GUIDE_HEADING.exec(text);
  if (!m) return null;
  const items = m[1] ?? '';
  if (items !== '' && endsSentence(items)) return null; // 导读：近日，… is the story's summary
  return { items };
}

/** A list item of a guide: ·标题 2版, ▲标题（第3版）. A bulleted finished sentence is a brief, not an item. */
export function isMarkedGuideItem(text: string): boolean {
  const bullet = GUIDE_BULLET.test(text);
  const ref = GUIDE_PAGE_REF.exec(text);
  if (!bullet && !ref) return false;
  const core = (ref ? text.slice(0, ref.index) : text).replace(GUIDE_BULLET, '').trim();
  return core !== '' && Array.from(core).length <= 80 && !endsSentence(core);
}
