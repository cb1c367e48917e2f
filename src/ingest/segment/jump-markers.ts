/**
 * Jump markers: a story that does not fit its page ends in （下转第2版）, and
 * its remainder on page 2 opens with （上接第1版）. Papers print many forms:
 * （下转2版）, （转第2版）, （下转第二版）, （下转A2版）, 下转第2版 without brackets;
 * （上接第1版）, （接第1版）, （紧接第1版）, 上接第一版. The outgoing marker ends a
 * line (on its own or after the last words); the incoming one opens a line,
 * sometimes after a repeated or shortened headline.
 */
import { looksLikeHeadline } from './classify';
import { PAGE_NUMBER, parsePageNumber } from './page-numbers';

/** 第2版, 2版, A2版, 第二版, and where on that page (第2版左下). */
const REF = `第?\\s*(${PAGE_NUMBER})\\s*版(?:[上下左右中][上下左右中部方侧间]?)?`;
const OUT = new RegExp(
  `^(.*?)\\s*((?:[（(【[]\\s*(?:下转|转至|转到|转)\\s*${REF}\\s*[）)】\\]])|(?:下转\\s*${REF}))$`,
  'u',
);
const IN = new RegExp(
  `^(.*?)\\s*((?:[（(【[]\\s*(?:上接|紧接|承接|接)\\s*${REF}\\s*[）)】\\]])|(?:上接\\s*${REF}))\\s*(.*)$`,
  'u',
);

export interface JumpOut {
  /** The page the story continues on. */
  page: number;
  marker: string;
  /** The words printed before the marker on its line ('' when it stands alone). */
  before: string;
}

export interface JumpIn {
  /** The page the story comes from. */
  page: number;
  marker: string;
  /** A repeated or shortened headline printed before the marker on its line. */
  headline: string;
  /** The story's words after the marker on its line. */
  after: string;
}

/** Cheap test first: this runs on every line of every page. */
export function mayHoldMarker(text: string): boolean {
  return text.includes('版') && (text.includes('转') || text.includes('接'));
}

export function parseJumpOut(text: string): JumpOut | null {
  if (!mayHoldMarker(text)) return null;
  const m = OUT.exec(text);
  if (!m) return null;
  const page = parsePageNumber((m[3] ?? m[4])!.replace(/\s+/g, ''));
  return page === null ? null : { page, marker: m[2]!, before: m[1]!.trim() };
}

export function parseJumpIn(text: string): JumpIn | null {
  if (!mayHoldMarker(text)) return null;
  const m = IN.exec(text);
  if (!m) return null;
  const headline = m[1]!.trim();
  if (headline !== '' && !looksLikeHeadline(headline)) return null;
  const page = parsePageNumber((m[3] ?? m[4])!.replace(/\s+/g, ''));
  return page === null ? null : { page, marker: m[2]!, headline, after: m[5]!.trim() };
}
