/**
 * Finds where an organisation's name starts, walking back from its end (the
 * character before 工会, or the end of 公司 when looking for a company named
 * earlier). Chinese has no spaces, so the name starts after punctuation or a
 * lead word (由, 在, 听取, 近日 …). Two things are not boundaries:
 *  - a lead character inside a place name the gazetteer found (和平里);
 *  - brackets holding a place or 中国 inside a company name
 *    (施耐德（北京）低压电器有限公司, ABB（中国）有限公司).
 */
import type { PlaceMention } from './place-mentions';
import {
  NAME_BRACKET_WORDS,
  NAME_BREAK_CHARS,
  NAME_LEAD_WORDS,
  NAME_WORDS_WITH_LEAD_CHARS,
} from './union-lexicon';

/** Longer than this without a break, the text before 工会 is prose, not a name. */
export const MAX_NAME_LENGTH = 24;
/** The longest bracketed part kept inside a name: （北京）, （中国）, （ABB）. */
const MAX_BRACKET_CONTENT = 6;

/** How the walk stopped: at punctuation, a lead word, the previous name's end, or the text's start. */
export type NameStop = 'break' | 'lead' | 'floor' | 'start';

export interface NameStart {
  start: number;
  stop: NameStop;
  /** For a `lead` stop: the lead word the name follows (成立了 in X成立了工会联合会 is not a name's start). */
  leadWord?: string;
}

const leadWordsByLastUnit = indexByLastUnit(NAME_LEAD_WORDS);
const breakUnits = new Uint8Array(0x10000);
for (const ch of NAME_BREAK_CHARS) breakUnits[ch.charCodeAt(0)] = 1;
const FULL_CLOSE = 0xff09; // ）
const HALF_CLOSE = 0x29; // )

/**
 * @param end the name ends right before this index
 * @param floor the name cannot reach back past this index
 * @returns null when no boundary is found within MAX_NAME_LENGTH (prose)
 */
export function findNameStart(
  text: string,
  end: number,
  floor: number,
  places: readonly PlaceMention[],
): NameStart | null {
  let start = end;
  while (end - start <= MAX_NAME_LENGTH) {
    if (start <= floor) return { start, stop: start === 0 ? 'start' : 'floor' };
    const before = text.charCodeAt(start - 1);
    if (before === FULL_CLOSE || before === HALF_CLOSE) {
      const open = before === FULL_CLOSE ? '（' : '(';
      const openAt = bracketInsideName(text, start - 1, open, floor, places);
      if (openAt >= 0) {
        start = openAt;
        continue;
      }
    }
    if (breakUnits[before] === 1) return { start, stop: 'break' };
    const lead = leadWordEndingAt(text, start);
    if (lead !== undefined && !insidePlace(places, start) && !insideNameWord(text, start))
      return { start, stop: 'lead', leadWord: lead };
    start--;
  }
  return null;
}

/** The index of the opening bracket when `（…）` ending at `close` belongs to a name, else -1. */
function bracketInsideName(
  text: string,
  close: number,
  open: string,
  floor: number,
  places: readonly PlaceMention[],
): number {
  const openAt = text.lastIndexOf(open, close - 1);
  if (openAt < floor || openAt < 1 || close - openAt - 1 > MAX_BRACKET_CONTENT) return -1;
  const content = text.slice(openAt + 1, close);
  if (content.length === 0) return -1;
  // The name must go on before the bracket: 施耐德（北京）, not a bracket after punctuation.
  if (breakUnits[text.charCodeAt(openAt - 1)] === 1) return -1;
  const isPlace = places.some((p) => p.start === openAt + 1 && p.end === close);
  if (isPlace || NAME_BRACKET_WORDS.includes(content) || /^[A-Za-z]+$/.test(content)) return openAt;
  return -1;
}

/** A lead character at `pos - 1` that belongs to a word like 协和 or 在线. */
function insideNameWord(text: string, pos: number): boolean {
  for (const w of NAME_WORDS_WITH_LEAD_CHARS)
    for (let k = 1; k <= w.length && k <= pos; k++) if (text.startsWith(w, pos - k)) return true;
  return false;
}

function insidePlace(places: readonly PlaceMention[], pos: number): boolean {
  return places.some((m) => m.start < pos && pos < m.end);
}

function leadWordEndingAt(text: string, pos: number): string | undefined {
  if (pos === 0) return undefined;
  const words = leadWordsByLastUnit[text.charCodeAt(pos - 1)];
  if (!words) return undefined;
  let longest: string | undefined;
  for (const w of words)
    if (pos >= w.length && text.startsWith(w, pos - w.length) && w.length > (longest?.length ?? 0))
      longest = w;
  return longest;
}

/** Words grouped by their last code unit, in an array indexed by that unit (faster than a Map). */
function indexByLastUnit(words: readonly string[]): (string[] | undefined)[] {
  const index = new Array<string[] | undefined>(0x10000).fill(undefined);
  for (const w of words) (index[w.charCodeAt(w.length - 1)] ??= []).push(w);
  return index;
}
