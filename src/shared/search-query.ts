/**
 * A search query as the reader types it: words separated by spaces must all
 * occur (AND), `-word` excludes articles containing the word, and quotes
 * ("…" or “…”) keep a phrase with spaces together (`"app 平台"`, `-"区级工会"`).
 * Each term is folded like the text (search-text.ts). Pure; shared by the app,
 * the tests and the bench.
 */
import { BREAK, foldedCodes } from './search-text';

export interface QueryTerm {
  /** The term in searchableText form: its runs joined by single spaces. */
  phrase: string;
  /** Its folded code points, BREAK between runs. */
  codes: number[];
  /** `-term`: articles containing it are left out. */
  exclude: boolean;
}

/** Opening quotes and what may close them (an IME gives “…”, a keyboard "…"). */
const QUOTES: Record<string, RegExp> = { '"': /"/g, '“': /[”"]/g };

/** The terms of a query, each once, in the order typed; terms with no word character are dropped. */
export function parseQuery(query: string): QueryTerm[] {
  const text = query.normalize('NFKC');
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const push = (raw: string, exclude: boolean) => {
    const codes = foldedCodes(raw);
    if (codes.length === 0) return;
    const phrase = codes.map((c) => (c === BREAK ? ' ' : String.fromCodePoint(c))).join('');
    const key = `${exclude ? '-' : '+'}${phrase}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ phrase, codes, exclude });
  };
  let i = 0;
  while (i < text.length) {
    if (/\s/u.test(text[i]!)) {
      i++;
      continue;
    }
    let exclude = false;
    if (text[i] === '-' && i + 1 < text.length && !/\s/u.test(text[i + 1]!)) {
      exclude = true;
      i++;
    }
    const close = QUOTES[text[i]!];
    if (close !== undefined) {
      close.lastIndex = i + 1;
      const stop = close.exec(text)?.index ?? text.length;
      push(text.slice(i + 1, stop), exclude);
      i = stop + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/u.test(text[end]!)) end++;
    push(text.slice(i, end), exclude);
    i = end;
  }
  return terms;
}

/** The phrases to highlight: the terms that must occur. */
export function highlightPhrases(terms: readonly QueryTerm[]): string[] {
  return terms.filter((t) => !t.exclude).map((t) => t.phrase);
}
