/**
 * Page furniture, taken off a normalised page before it is segmented: the
 * running head (date, 版次, page name, paper), e-paper and website navigation,
 * the editors' line and site footer, and 本版导读 lists. None of it may become
 * a headline or body text; all of it goes to the report, and the header's
 * date, page number, page name and paper become the page's metadata when
 * pages.json has none. See docs/decisions/0008-page-furniture.md.
 *
 * Strong furniture (a line that can only be furniture) is taken anywhere;
 * weak furniture (a paper's name, a bare date, a lone 返回) only in the run of
 * furniture at the very top or bottom of the page. Banners are left in place
 * for segmentPage, which strips them at the top.
 */
import type { NormalizedLine } from '../normalize/punctuation';
import { endsSentence } from '../normalize/punctuation';
import { parseLead } from './leads';
import { siteFrameMarks } from './site-frame';
import { isCaptionLine } from './site-lines';
import { parseCreditLine } from './credit-lines';
import { mayHoldMarker, parseJumpIn, parseJumpOut } from './jump-markers';
import {
  classifyFurnitureLine,
  guideHeading,
  isChromeSymbols,
  isMarkedGuideItem,
  splitTrailingEditors,
  type FurnitureKind,
  type HeaderFacts,
  type LineFurniture,
} from './furniture-lines';

export type { FurnitureKind, HeaderFacts } from './furniture-lines';

export interface FurnitureLine {
  /** The input line it was printed on. */
  no: number;
  text: string;
  kind: FurnitureKind;
}

export interface PageFurniture {
  /** The page without its furniture, for segmentation. */
  lines: NormalizedLine[];
  furniture: FurnitureLine[];
  /** What the header lines say about the page (first date, 版次, page name, paper). */
  header: HeaderFacts;
}

const NO_BANNERS: ReadonlySet<string> = new Set();
const NAV_LIST_LABEL = /版面导航|标题导航|本版标题/u;
const PAGE_NAME = /^[\u4e00-\u9fa5·]{2,8}$/u;
const BARE_PAGE_NUMBER = /^\d{1,3}$/u;
/** 6 地方工会: a page line, the page's number and name alone (工人日报 prints it under the date). */
const PAGE_LINE = /^(\d{1,2}) ([\u4e00-\u9fa5·]{2,8})$/u;
const MAX_LISTED_TITLE = 40;

interface Mark {
  kind: FurnitureKind;
  found: LineFurniture | null;
  facts: HeaderFacts;
}

export function readFurniture(
  lines: NormalizedLine[],
  banners: ReadonlySet<string> = NO_BANNERS,
): PageFurniture {
  const found = lines.map((l) => classifyFurnitureLine(l.text));
  const marks: (Mark | null)[] = lines.map(() => null);
  const mark = (i: number, kind: FurnitureKind, facts: HeaderFacts = found[i]?.facts ?? {}) => {
    marks[i] = { kind, found: found[i] ?? null, facts };
  };
  const later = new LaterLines(lines);

  found.forEach((f, i) => {
    if (f?.strong) mark(i, f.kind);
  });
  markGuides(lines, marks, mark, later);
  markTopRun(lines, found, marks, mark, banners, later);
  markBottomRun(lines, found, marks, mark);
  const settled = (i: number) => marks[i] !== null || banners.has(lines[i]!.text);
  for (const m of siteFrameMarks({ lines, found, marked: settled })) {
    // Lines above a web title keep what they say about the page (a date, the paper).
    const own = found[m.index];
    marks[m.index] = m.found
      ? { kind: m.kind, found: m.found, facts: {} }
      : { kind: own?.kind ?? m.kind, found: own ?? null, facts: own?.facts ?? {} };
  }
  markCaptions(lines, marks, mark);
  return collect(lines, marks);
}

/**
 * Captions a website export leaves with its pictures: 图为… under a picture's
 * file name or 【图片】, ▲/▼ captions, a scene in brackets. Credits and jump
 * markers in brackets are the story's, and stay.
 */
function markCaptions(
  lines: NormalizedLine[],
  marks: (Mark | null)[],
  mark: (i: number, kind: FurnitureKind) => void,
): void {
  let afterPicture = false;
  for (let i = 0; i < lines.length; i++) {
    const m = marks[i];
    if (m) {
      afterPicture = m.kind === 'picture';
      continue;
    }
    const text = lines[i]!.text;
    if (
      isCaptionLine(text, afterPicture) &&
      !parseCreditLine(text) &&
      !(mayHoldMarker(text) && (parseJumpIn(text) || parseJumpOut(text)))
    ) {
      mark(i, 'picture');
      afterPicture = true;
      continue;
    }
    afterPicture = false;
  }
}

/**
 * 本版导读 (or an e-paper's 标题导航 bar) and the list under it: marked items
 * (·标题 2版), and titles printed again lower on the page.
 */
function markGuides(
  lines: NormalizedLine[],
  marks: (Mark | null)[],
  mark: (i: number, kind: FurnitureKind) => void,
  later: LaterLines,
): void {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const bar = marks[i]?.kind === 'page-navigation' && NAV_LIST_LABEL.test(text);
    if (!bar && (marks[i] || !guideHeading(text))) continue;
    if (!bar) mark(i, 'page-guide');
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (marks[j]) continue;
      const item = lines[j]!.text;
      if (!isMarkedGuideItem(item) && !later.recurs(j)) break;
      mark(j, 'page-guide');
    }
    i = j - 1;
  }
}

/**
 * The run of furniture at the top of the page, where weak furniture counts
 * too: the paper's name, a bare date or 版次, the page's name under its
 * number, and the list of the page's titles an e-paper prints above 版面导航.
 */
function markTopRun(
  lines: NormalizedLine[],
  found: (LineFurniture | null)[],
  marks: (Mark | null)[],
  mark: (i: number, kind: FurnitureKind, facts?: HeaderFacts) => void,
  banners: ReadonlySet<string>,
  later: LaterLines,
): void {
  let chrome = false; // some furniture seen above: page titles listed in it are navigation
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const previous = marks[i - 1];
    if (marks[i]) {
      chrome = true;
      continue;
    }
    if (banners.has(text)) continue;
    const f = found[i];
    if (f) {
      mark(i, f.kind);
    } else if (BARE_PAGE_NUMBER.test(text) && chrome) {
      mark(i, 'page-header', { page: Number(text) });
    } else if ((chrome || i === 0) && isPageLine(text, lines[i + 1])) {
      const [, page, pageName] = PAGE_LINE.exec(text)!;
      mark(i, 'page-header', { page: Number(page), pageName: pageName! });
    } else if (
      isPageNameUnderNumber(text, previous, lines[i + 1]) ||
      isPageNameUnderMasthead(text, marks, i, lines[i + 1])
    ) {
      mark(i, 'page-header', { pageName: text });
    } else if (chrome && listedTitlesEnd(lines, marks, i) > i) {
      const end = listedTitlesEnd(lines, marks, i);
      for (let j = i; j < end; j++) mark(j, 'page-guide');
      i = end - 1;
    } else if (chrome && later.recurs(i) && !endsSentence(text)) {
      mark(i, 'page-guide');
    } else {
      return;
    }
    chrome = true;
  }
}

/** 6 地方工会 at the top of the page, unless a lead follows (then it is a headline). */
function isPageLine(text: string, next: NormalizedLine | undefined): boolean {
  const m = PAGE_LINE.exec(text);
  if (!m || Number(m[1]) === 0) return false;
  return !next || parseLead(next.text) === null;
}

/** 区县工会 under 第3版: the page's name, unless a lead follows (then it is a headline). */
function isPageNameUnderNumber(
  text: string,
  previous: Mark | null | undefined,
  next: NormalizedLine | undefined,
): boolean {
  if (!previous || previous.kind !== 'page-header') return false;
  if (previous.facts.page === undefined || previous.facts.pageName) return false;
  if (!PAGE_NAME.test(text)) return false;
  return !next || parseLead(next.text) === null;
}

/**
 * 劳动午报 / 2025年5月7日 / 职工风采: a masthead over three lines, the paper's
 * name, then the date, then the page's name. The name is furniture when the
 * lines above are the paper and its date alone and a headline (not a lead, not
 * text) follows; a short title over its lead stays a title.
 */
function isPageNameUnderMasthead(
  text: string,
  marks: (Mark | null)[],
  i: number,
  next: NormalizedLine | undefined,
): boolean {
  if (!PAGE_NAME.test(text) || !next || i < 2) return false;
  const above = marks.slice(0, i);
  if (above.some((m) => !m || m.kind !== 'page-header' || m.facts.pageName)) return false;
  const date = marks[i - 1]!.facts;
  if (!date.date || date.paper || date.page !== undefined) return false;
  if (!above.some((m) => m!.facts.paper)) return false;
  return parseLead(next.text) === null && !endsSentence(next.text);
}

/** Short title lines followed by a 版面导航 / 标题导航 bar: the e-paper's list of the page's titles. */
function listedTitlesEnd(lines: NormalizedLine[], marks: (Mark | null)[], from: number): number {
  let j = from;
  while (
    j < lines.length &&
    !marks[j] &&
    Array.from(lines[j]!.text).length <= MAX_LISTED_TITLE &&
    !endsSentence(lines[j]!.text)
  )
    j++;
  const bar = marks[j];
  return bar?.kind === 'page-navigation' && NAV_LIST_LABEL.test(lines[j]!.text) ? j : from;
}

/** The run of furniture at the foot: the paper's name, 关闭 or × count there too. */
function markBottomRun(
  lines: NormalizedLine[],
  found: (LineFurniture | null)[],
  marks: (Mark | null)[],
  mark: (i: number, kind: FurnitureKind) => void,
): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (marks[i]) continue;
    const f = found[i];
    // A bare date at the foot is a notice's signature date, part of its story.
    if (f?.kind === 'page-navigation') mark(i, f.kind);
    else if (f?.facts.paper && !f.facts.date) mark(i, 'page-footer');
    else if (isChromeSymbols(lines[i]!.text)) mark(i, 'page-navigation');
    else return;
  }
}

function collect(lines: NormalizedLine[], marks: (Mark | null)[]): PageFurniture {
  const kept: NormalizedLine[] = [];
  const furniture: FurnitureLine[] = [];
  const header: HeaderFacts = {};
  lines.forEach((line, i) => {
    const m = marks[i];
    if (!m) {
      const split = splitTrailingEditors(line.text);
      if (split) {
        kept.push({ no: line.no, text: split.body });
        furniture.push({ no: line.no, text: split.editors, kind: 'page-footer' });
      } else {
        kept.push(line);
      }
      return;
    }
    furniture.push({ no: line.no, text: m.found?.text ?? line.text, kind: m.kind });
    if (m.found?.rest) kept.push({ no: line.no, text: m.found.rest });
    if (m.kind !== 'page-header' && m.kind !== 'page-navigation') return;
    const f = m.facts;
    if (f.date && !header.date) header.date = f.date;
    if (f.paper && !header.paper) header.paper = f.paper;
    if (f.page !== undefined && header.page === undefined) {
      header.page = f.page;
      if (f.pageName) header.pageName = f.pageName;
    } else if (f.pageName && f.page === undefined && !header.pageName) {
      header.pageName = f.pageName;
    }
  });
  return { lines: kept, furniture, header };
}

/** Which lines are printed again lower on the page (a listed title, then its story). */
class LaterLines {
  private last: Map<string, number> | null = null;
  constructor(private readonly lines: NormalizedLine[]) {}

  recurs(index: number): boolean {
    if (!this.last) {
      this.last = new Map();
      this.lines.forEach((l, i) => this.last!.set(compact(l.text), i));
    }
    return (this.last.get(compact(this.lines[index]!.text)) ?? -1) > index;
  }
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
