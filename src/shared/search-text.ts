/**
 * What search sees of a text, the same in the ingest (index), the app (queries,
 * highlighting) and the tests (brute-force scans). See
 * docs/decisions/0010-exact-search.md.
 *
 * - Each character is folded on its own: NFKC, then lower-cased, so full-width
 *   ＡＰＰ and １２３５１ are app and 12351.
 * - Letters (any script, Han included), digits and combining marks are *word*
 *   characters; everything else (punctuation, symbols, spaces) only separates
 *   runs of word characters, and any number of them counts as one break.
 *
 * A phrase matches a text when the text's runs, joined by single spaces, contain
 * the phrase's runs joined the same way: 知识竞赛 matches inside 职工知识竞赛决赛,
 * and a phrase with punctuation or spaces (“工会，职工”, "app 平台") matches
 * those words next to each other with any punctuation or spacing in between.
 * A phrase never spans two headlines or paragraphs.
 */

/** A break between runs in a folded code sequence. */
export const BREAK = -1;

const WORD = /^[\p{L}\p{N}\p{M}]$/u;
/** BMP code point → its folding when it is one code point (or BREAK); 0: not computed; −2: several. */
const simple = new Int32Array(0x10000);
const complex = new Map<number, readonly number[]>();
const MANY = -2;

/** The folded code points one code point becomes, BREAK for a non-word character. */
export function foldCodePoint(code: number): readonly number[] {
  const one = code < 0x10000 ? simple[code]! : MANY;
  if (one !== 0 && one !== MANY) return [one];
  let folded = complex.get(code);
  if (folded) return folded;
  folded = Array.from(String.fromCodePoint(code).normalize('NFKC').toLowerCase(), (ch) =>
    WORD.test(ch) ? ch.codePointAt(0)! : BREAK,
  );
  if (code < 0x10000) simple[code] = folded.length === 1 ? folded[0]! : MANY;
  if (folded.length !== 1 || code >= 0x10000) complex.set(code, folded);
  return folded;
}

/**
 * The folded word characters of `text` as code points, with one BREAK between
 * runs (none at the start or the end). Appends to `out` and returns it.
 */
export function foldedCodes(text: string, out: number[] = []): number[] {
  const from = out.length;
  let brk = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let one = simple[code]!;
    if (one === 0 || one === MANY || (code >= 0xd800 && code < 0xdc00)) {
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
        code = text.codePointAt(i)!;
        if (code > 0xffff) i++;
      }
      const folded = foldCodePoint(code);
      if (folded.length === 1) one = folded[0]!;
      else {
        for (const c of folded) {
          if (c === BREAK) brk = out.length > from;
          else {
            if (brk) out.push(BREAK);
            brk = false;
            out.push(c);
          }
        }
        continue;
      }
    }
    if (one === BREAK) brk = out.length > from;
    else {
      if (brk) out.push(BREAK);
      brk = false;
      out.push(one);
    }
  }
  return out;
}

/** The runs of `text` joined by single spaces: what phrases are looked for in. */
export function searchableText(text: string): string {
  return foldedCodes(text)
    .map((c) => (c === BREAK ? ' ' : String.fromCodePoint(c)))
    .join('');
}

/**
 * Where phrases (in searchableText form) occur in `text`, as sorted,
 * non-overlapping [start, end) UTF-16 offsets into the original text.
 */
export function phraseRanges(text: string, phrases: readonly string[]): [number, number][] {
  const wanted = phrases.filter((p) => p.length > 0);
  if (wanted.length === 0 || text.length === 0) return [];
  // The folded text with, for each of its UTF-16 units, the original range it came from.
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWord = -1;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    for (const c of foldCodePoint(code)) {
      if (c === BREAK) {
        if (lastWord >= 0 && folded[folded.length - 1] !== ' ') {
          folded += ' ';
          starts.push(i);
          ends.push(i + width);
        }
        continue;
      }
      const s = String.fromCodePoint(c);
      for (let k = 0; k < s.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
      folded += s;
      lastWord = folded.length;
    }
    i += width;
  }
  const raw: [number, number][] = [];
  for (const phrase of wanted) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
      raw.push([starts[at]!, ends[at + phrase.length - 1]!]);
    }
  }
  raw.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of raw) {
    const prev = merged[merged.length - 1];
    if (prev && range[0] < prev[1]) prev[1] = Math.max(prev[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
