/**
 * Canonical text for the later stages: LF line endings, ordinary spaces,
 * ASCII letters and digits, and the full-width Chinese punctuation that the
 * newspaper prints. Exports that use half-width punctuation (, . : ; ? ! ( ) " ')
 * between Chinese characters are brought back to ，。：；？！（）“”‘’, so a page
 * parses the same whichever way it was saved.
 */
const CJK_OR_FULLWIDTH = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’…—·]/u;
const SIMPLE_PAIRS: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

export interface NormalizedLine {
  /** 1-based line number in the file as given, for error messages and the report. */
  no: number;
  text: string;
  /**
   * The line was printed with an indent (ideographic spaces or spaces). Pages that indent
   * their paragraphs leave headlines and the rest of a paragraph cut by a
   * column break unindented, which tells them apart.
   */
  indented?: boolean;
}

const INDENT = /^\ufeff?[\s\u3000\u00a0]/u;

export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** Normalise a whole page; returns its non-empty lines with their line numbers. */
export function normalizePage(text: string): { lines: NormalizedLine[]; halfWidthFixes: number } {
  const out: NormalizedLine[] = [];
  const quotes = { double: false, single: false };
  let halfWidthFixes = 0;
  splitLines(text).forEach((raw, index) => {
    const spaced = normalizeSpacesAndWidth(raw).trim();
    if (spaced === '') return;
    const { text: fixed, fixes } = fixHalfWidthPunctuation(spaced, quotes);
    halfWidthFixes += fixes;
    out.push({ no: index + 1, text: fixed, indented: INDENT.test(raw) });
    // A quote left open at a column break continues on the next line; a
    // finished sentence closes any stray one so one typo cannot flip the page.
    if (endsSentence(fixed)) {
      quotes.double = false;
      quotes.single = false;
    }
  });
  return { lines: out, halfWidthFixes };
}

function normalizeSpacesAndWidth(line: string): string {
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u3000\u00a0\t]/g, ' ')
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/ {2,}/g, ' ');
}

function isCjkish(c: string | undefined): boolean {
  return c !== undefined && CJK_OR_FULLWIDTH.test(c);
}

/**
 * Only punctuation is looked at, through regex passes per line (this runs on
 * every line of every page). Quotes and brackets go first, so that 工作(试点)!"
 * sees （ ） “ ” around the marks decided in the second pass.
 */
const PAIRED = /["'“”‘’()]/g;
const SINGLE = /[,;:?!.]/g;
/**
 * Half-width exports write the ellipsis …… as a run of dots (three per …),
 * and some converters as a run of 。. Decided before single dots, which would
 * otherwise turn the first dot into 。 and leave the rest.
 */
const DOT_RUN = /\.{3,}|。{3,}/g;
const DOT_RUN_TEST = /\.\.\.|。。。/;

function restoreEllipses(line: string): { text: string; fixes: number } {
  if (!DOT_RUN_TEST.test(line)) return { text: line, fixes: 0 };
  let fixes = 0;
  const text = line.replace(DOT_RUN, (run: string, at: number) => {
    const prev = at > 0 ? line[at - 1] : undefined;
    const next = line[at + run.length];
    if (run[0] === '.' && !isCjkish(prev) && !isCjkish(next) && next !== undefined) return run;
    fixes++;
    return '…'.repeat(Math.max(1, Math.round(run.length / 3)));
  });
  return { text, fixes };
}

function fixHalfWidthPunctuation(
  input: string,
  quotes: { double: boolean; single: boolean },
): { text: string; fixes: number } {
  const ellipses = restoreEllipses(input);
  let fixes = ellipses.fixes;
  const line = ellipses.text;
  const paired = line.replace(PAIRED, (c: string, at: number) => {
    const prev = at > 0 ? line[at - 1] : undefined;
    const next = line[at + 1];
    switch (c) {
      case '"':
        fixes++;
        quotes.double = !quotes.double;
        return quotes.double ? '“' : '”';
      case "'":
        if (!isCjkish(prev) && !isCjkish(next)) return c;
        fixes++;
        quotes.single = !quotes.single;
        return quotes.single ? '‘' : '’';
      case '“':
      case '”':
        quotes.double = c === '“';
        return c;
      case '‘':
      case '’':
        quotes.single = c === '‘';
        return c;
      default: // ( )
        if (!isCjkish(prev) && !isCjkish(next)) return c;
        fixes++;
        return SIMPLE_PAIRS[c] ?? c;
    }
  });
  const text = paired.replace(SINGLE, (c: string, at: number) => {
    const prev = at > 0 ? paired[at - 1] : undefined;
    const next = paired[at + 1];
    if (c === '.') {
      if (isAsciiLetter(next) || !(isCjkish(prev) || prev === '%' || prev === ')')) return c;
      fixes++;
      return '。';
    }
    if (!(isCjkish(prev) || isCjkish(next)) || (isDigit(prev) && isDigit(next))) return c;
    fixes++;
    return SIMPLE_PAIRS[c] ?? c;
  });
  return { text, fixes };
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
/** 品牌.2023年 is a sentence end before a year; Inc.com is not. */
function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

const SENTENCE_STOPS = new Set(['。', '！', '？', '!', '?', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》']);

/**
 * True when a line ends a sentence: 。！？… possibly followed by closing
 * quotes/brackets. A scan from the end (this runs several times per line).
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && SENTENCE_STOPS.has(text[i]!);
}
