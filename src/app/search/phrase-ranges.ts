/**
 * Where query phrases occur in a text, for highlighting. Matching is on the
 * NFKC-normalised, lower-cased text (as queries are, see queryPhrases), mapped
 * back to offsets in the original, so full-width Latin and digits match their
 * ASCII forms. Pure.
 */

/** Whether `text` contains `phrase` (a normalised phrase from `queryPhrases`). */
export function containsPhrase(text: string, phrase: string): boolean {
  return phraseRanges(text, [phrase]).length > 0;
}

/**
 * Sorted, non-overlapping [start, end) ranges of UTF-16 offsets into `text`
 * where any of the phrases occurs.
 */
export function phraseRanges(text: string, phrases: readonly string[]): [number, number][] {
  const wanted = phrases.filter((p) => p.length > 0);
  if (wanted.length === 0 || text.length === 0) return [];
  const { folded, starts, ends } = fold(text);
  const raw: [number, number][] = [];
  for (const phrase of wanted) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(phrase, from);
      if (at < 0) break;
      raw.push([starts[at]!, ends[at + phrase.length - 1]!]);
      from = at + 1;
    }
  }
  raw.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of raw) {
    const prev = merged[merged.length - 1];
    if (prev && range[0] <= prev[1]) prev[1] = Math.max(prev[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * NFKC + lower-case, one code point at a time, remembering for each UTF-16 unit of
 * the folded string which original code point it came from.
 */
function fold(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = ch.normalize('NFKC').toLowerCase();
    for (let i = 0; i < f.length; i++) {
      starts.push(offset);
      ends.push(offset + ch.length);
    }
    folded += f;
    offset += ch.length;
  }
  return { folded, starts, ends };
}
