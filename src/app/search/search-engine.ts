/**
 * Query side of the sharded search index: which tokens a query needs (cut by
 * the shared tokenizer, as the index was). Matching is in search-match.ts,
 * loaded with the first search. Pure; see docs/decisions/0005-chinese-search.md.
 */
import { queryPhrases, tokenize } from '../../shared/tokenize';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** A lone Han character: the index holds only bigrams of longer runs, so it cannot be looked up. */
export function isSingleCjk(token: string): boolean {
  return token.length === 1 && CJK.test(token);
}

export interface AnalyzedQuery {
  /** The phrases to highlight (NFKC, lower-cased), those with anything searchable. */
  phrases: string[];
  /** Tokens to look up: every token of every phrase, lone Han characters left out. */
  tokens: string[][];
  /** Phrases made only of lone Han characters (如 “沟”): they cannot be searched. */
  tooShort: string[];
}

export function analyzeQuery(query: string): AnalyzedQuery {
  const phrases = queryPhrases(query).filter((p) => tokenize(p).length > 0);
  const tokens: string[][] = [];
  const tooShort: string[] = [];
  // The tokens of each phrase, as search-shards.ts queryTokens cuts them.
  phrases.forEach((phrase) => {
    const usable = [...new Set(tokenize(phrase))].filter((t) => !isSingleCjk(t));
    if (usable.length === 0) tooShort.push(phrase);
    else tokens.push(usable);
  });
  return { phrases, tokens, tooShort };
}
