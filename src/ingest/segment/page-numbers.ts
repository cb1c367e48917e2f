/**
 * Numbers as papers print them in running heads and jump markers: 第3版,
 * 第03版, A3版, 第三版, 第十二版, and dates in Arabic or Chinese numerals
 * (2023年2月10日, 二〇二三年二月十日). Shared by the furniture and jump stages.
 */

const DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 三 → 3, 十二 → 12, 二十 → 20, 二十三 → 23, 一百零五 → 105; null for anything else. */
export function chineseCount(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in DIGIT) {
      digit = DIGIT[c]!;
    } else if (c === '十' || c === '百') {
      const unit = c === '十' ? 10 : 100;
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

/** 二〇二三 → 2023: Chinese numerals read digit by digit, as years are printed. */
export function chineseDigits(text: string): number | null {
  let n = 0;
  for (const c of text) {
    const d = DIGIT[c];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return text === '' ? null : n;
}

/** A page number as printed (03, 3, 三, 十二); the section letter of A3 is not part of it. */
export function parsePageNumber(text: string): number | null {
  const digits = text.replace(/^[A-Za-z]\s*/, '');
  const n = /^\d+$/.test(digits) ? Number(digits) : chineseCount(digits);
  return n !== null && n > 0 && n < 1000 ? n : null;
}

/** A page number inside a regex: 3, 03, A3, 三, 十二. */
export const PAGE_NUMBER = '[A-Za-z]?\\s*(?:\\d{1,5}|[一二三四五六七八九十]{1,3})';

/** YYYY-MM-DD for a real calendar date in a plausible range, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date written with Chinese numerals: 二〇二三年二月十日. */
export function chineseDate(year: string, month: string, day: string): string | null {
  const y = chineseDigits(year);
  const m = chineseCount(month);
  const d = chineseCount(day);
  return y === null || m === null || d === null ? null : isoDate(y, m, d);
}
