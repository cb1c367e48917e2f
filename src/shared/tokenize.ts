/**
 * One tokenizer for the search index (built at ingest time) and for queries
 * (in the browser), so both are always cut the same way.
 *
 * Chinese has no spaces and word segmenters disagree on place names
 * (Intl.Segmenter splits 门头沟 and 海淀), so CJK runs are cut into
 * overlapping character bigrams: 门头沟 → 门头, 头沟. A query matches when all of
 * its bigrams occur; the caller then checks the exact phrase for precision.
 * Latin letters and digits form whole lower-cased words.
 */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
// Han runs and runs of other letters/digits are separate: 12351平台 → 12351 | 平台.
export const RUN =
  /[\u3400-\u9fff\uf900-\ufaff]+|(?:(?![\u3400-\u9fff\uf900-\ufaff])[\p{L}\p{N}])+/gu;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    if (!CJK.test(run)) {
      tokens.push(run.toLowerCase());
      continue;
    }
    const chars = Array.from(run);
    if (chars.length === 1) {
      tokens.push(run);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

/** The phrases of a query: whitespace separates phrases, each must occur. */
export function queryPhrases(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/\s+/u)
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p.length > 0);
}
