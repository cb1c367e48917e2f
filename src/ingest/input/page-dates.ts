/**
 * Publication dates and page numbers from what the input already says: a date
 * in pages.json (any of the common spellings), or a date and page number in
 * the page's folder and file names (2023-02-10/03.txt, 20230210_03.txt,
 * 2023/02/10/p3.txt, 2023-02-10_p03.txt, 2023-02/2023-02-10_p01.txt,
 * 2023年2月10日/第3版.txt). Pure. Calendar validity is checked with date-fns,
 * so 2023-02-30 is reported instead of silently becoming 2023-03-02.
 */
import { isExists } from 'date-fns';

export interface DateParse {
  /** YYYY-MM-DD, when the text holds a real calendar date. */
  date?: string;
  /** The date as written, when it is shaped like a date but is not one (2023-02-30). */
  impossible?: string;
}

/** Years a newspaper page can plausibly carry; other digit runs are not dates. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, '0');

function check(y: string, m: string, d: string, written: string): DateParse | undefined {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  // Not shaped like a date (a hash, an id, a count): not a date at all.
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) {
    return undefined;
  }
  if (!isExists(year, month - 1, day)) return { impossible: written };
  return { date: `${year}-${pad(month)}-${pad(day)}` };
}

/**
 * Date patterns, each with the year, month and day groups. Separators may be -, _, . or
 * a folder break (the same one twice); digits glued to letters (hashes) never count.
 */
const DATE_PATTERNS: RegExp[] = [
  /(?<![0-9A-Za-z])(\d{4})([-_./])(\d{1,2})\2(\d{1,2})(?![0-9])/g,
  /(?<![0-9A-Za-z])(\d{4})[-_./](\d{1,2})\/(\d{1,2})(?![0-9])/g,
  /(?<![0-9A-Za-z])(\d{4})(\d{2})(\d{2})(?![0-9])/g,
  /(?<![0-9A-Za-z])(\d{4})[-_./](\d{2})(\d{2})(?![0-9])/g,
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/g,
];

interface Found extends DateParse {
  /** Where the date text ends in the searched string (the rightmost one wins). */
  end: number;
  start: number;
}

function findDates(text: string): Found[] {
  const found: Found[] = [];
  for (const pattern of DATE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      // The first pattern captures the separator as group 2.
      const [y, mo, d] = m.length === 5 ? [m[1]!, m[3]!, m[4]!] : [m[1]!, m[2]!, m[3]!];
      const parsed = check(y, mo, d, m[0]);
      if (parsed) found.push({ ...parsed, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.end - b.end || b.start - a.start);
}

/** A date written in pages.json, in any spelling the file names accept. */
export function parseDateText(text: string): DateParse {
  const trimmed = text.trim();
  const whole = findDates(trimmed).find((f) => f.start === 0 && f.end === trimmed.length);
  if (!whole) return {};
  return whole.date ? { date: whole.date } : { impossible: whole.impossible! };
}

/** 第3版 anywhere in a name, whatever surrounds it (劳动午报第3版, 第03版要闻). */
const PAGE_WORD = /第\s*0*(\d{1,3})\s*版/u;
/**
 * One part of a file name that is a page number: 3, 03, p3, P03, page3, A03 (a
 * lettered section's page), 03版, or a number glued to the page's name (p03要闻).
 */
const PAGE_TOKEN = /^(?:page|[a-z])?0*(\d{1,3})(?:版)?\p{Script=Han}*$/iu;

/**
 * The page number a file name (date already taken out) gives: 第N版 anywhere, or
 * the one part of the name that is a number, when every other part is words
 * without digits (a paper's code such as ldwb, the page's name). Two numbers, or
 * digits mixed into other parts (hashes, ids), give no page.
 */
export function pageFromName(name: string): number | undefined {
  const word = PAGE_WORD.exec(name);
  if (word) return Number(word[1]) || undefined;
  const parts = name.split(/[-_.\s]+/u).filter(Boolean);
  const numbers = parts.map((part) => PAGE_TOKEN.exec(part)).filter((m) => m !== null);
  if (numbers.length !== 1) return undefined;
  if (parts.length - 1 !== parts.filter((part) => !/\d/u.test(part)).length) return undefined;
  return Number(numbers[0]![1]) || undefined;
}

export interface PathFacts {
  date?: string;
  page?: number;
  /** Problems to report against the file (an impossible date, folders and name disagreeing). */
  warnings: string[];
}

/**
 * The date and page number a page's path gives. `file` is relative to the input
 * folder with forward slashes. The date nearest the end of the path wins (the
 * file name over its folders); the page number is what remains of the file name
 * once the date is taken out, when that is a page number and nothing else.
 */
export function factsFromPath(file: string): PathFacts {
  const warnings: string[] = [];
  const stem = file.replace(/\.txt$/i, '');
  const found = findDates(stem);
  const real = found.filter((f) => f.date);
  const last = real.at(-1);
  for (const f of found) {
    if (f.impossible && (!last || f.end > last.end)) {
      warnings.push(
        `${file}: the path names the date ${f.impossible}, which is not a calendar date; the page is left undated. Rename the folder or file, or give the date in pages.json.`,
      );
    }
  }
  const other = real.find((f) => f.date !== last?.date);
  if (last && other) {
    warnings.push(
      `${file}: the path names two dates, ${other.date} and ${last.date}; using ${last.date}, the one nearer the file name. Give the date in pages.json to choose.`,
    );
  }

  const nameStart = stem.lastIndexOf('/') + 1;
  let name = stem.slice(nameStart);
  if (last && last.start >= nameStart) {
    name = name.slice(0, last.start - nameStart) + name.slice(last.end - nameStart);
  }
  const page = pageFromName(name);
  return {
    ...(last?.date ? { date: last.date } : {}),
    ...(page ? { page } : {}),
    warnings,
  };
}
