/**
 * The full-text search index, shared by the ingest (which builds and serializes it
 * into the bundle) and the browser (which loads and queries it).
 * See docs/decisions/0005-chinese-search.md.
 *
 * Both sides cut text with the shared bigram `tokenize`, so a query is always cut
 * the way the index was. A query is a list of phrases (whitespace-separated); an
 * article matches when the index holds ALL bigrams of every phrase (MiniSearch
 * `combineWith: 'AND'`), and then the exact phrase is confirmed in the text we
 * have, so 门头沟 does not match a story with 门头 and 头沟 in different places.
 *
 * Pure module: no Node imports, it runs in the browser.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { queryPhrases, tokenize } from './tokenize';

/** What the ingest hands to `buildSearchIndex`; `title` is optional and boosted when given. */
export interface SearchDoc {
  id: string;
  title?: string;
  headlines: readonly string[];
  paragraphs: readonly string[];
}

/**
 * The text an article can be confirmed against. In the browser the body may not
 * be loaded yet (bodies live in chunks); then only headlines and excerpt are checked.
 */
export interface SearchText {
  headlines: readonly string[];
  excerpt?: string;
  /** `undefined` when the body is not available (not the same as an empty body). */
  paragraphs?: readonly string[];
}

export interface SearchHit {
  id: string;
  score: number;
  /**
   * True when every phrase was found verbatim. False when the bigrams all match
   * but the body was not available to confirm a phrase not found in headlines/excerpt.
   */
  verified: boolean;
}

const FIELDS = ['title', 'headlines', 'body'] as const;

/** Identity: `tokenize` already lower-cases Latin words, and text is NFKC-normalised on extraction. */
const processTerm = (term: string): string => term;

const querySearchOptions: SearchOptions = {
  combineWith: 'AND',
  prefix: false,
  fuzzy: false,
  boost: { title: 3, headlines: 2, body: 1 },
};

export const searchOptions: Options<SearchDoc> = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize,
  processTerm,
  extractField: (doc, field) => {
    switch (field) {
      case 'id':
        return doc.id;
      case 'title':
        return normalize(doc.title ?? '');
      case 'headlines':
        // Joined with a newline: the tokenizer never makes a bigram across it.
        return normalize(doc.headlines.join('\n'));
      case 'body':
        return normalize(doc.paragraphs.join('\n'));
      default:
        return undefined;
    }
  },
  searchOptions: querySearchOptions,
};

// The CJK ranges are the tokenizer's.
const CJK_THEN_OTHER = /([\u3400-\u9fff\uf900-\ufaff])(?=[^\u3400-\u9fff\uf900-\ufaff\s])/gu;
const OTHER_THEN_CJK = /([^\u3400-\u9fff\uf900-\ufaff\s])(?=[\u3400-\u9fff\uf900-\ufaff])/gu;

/**
 * NFKC, then a space wherever CJK meets another script. The shared tokenizer treats
 * a run like `12351平台` as one CJK run and cuts it into bigrams (12, 23, …, 1平),
 * so a query for 12351 or 2023 (as in 2023年) would never match; separating the
 * scripts keeps numbers and Latin words whole. Used for indexed text and queries alike.
 */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(CJK_THEN_OTHER, '$1 ').replace(OTHER_THEN_CJK, '$1 ');
}

/** Builds the index and returns it serialized (JSON); the ingest writes this string to the bundle. */
export function buildSearchIndex(docs: readonly SearchDoc[]): string {
  const index = new MiniSearch<SearchDoc>(searchOptions);
  index.addAll(
    docs.map((d) => ({
      id: d.id,
      title: d.title,
      headlines: d.headlines,
      paragraphs: d.paragraphs,
    })),
  );
  return JSON.stringify(index);
}

export type LoadedSearchIndex = MiniSearch<SearchDoc>;

/** Loads a serialized index; throws if the JSON is not a MiniSearch index. */
export function loadSearchIndex(json: string): LoadedSearchIndex {
  return MiniSearch.loadJSON<SearchDoc>(json, searchOptions);
}

/** True when the phrase is only single CJK characters: the bigram index cannot look it up. */
function isSingleChar(phrase: string): boolean {
  return tokenize(normalize(phrase)).every((t) => Array.from(t).length === 1);
}

/**
 * Searches the index for `query` and confirms each phrase verbatim.
 *
 * `texts` maps article ids (in corpus order) to what is known of their text. Hits are
 * returned best first. An empty or punctuation-only query returns no hits; callers
 * should treat "no phrases" as "no search".
 */
export function searchArticles(
  index: LoadedSearchIndex,
  query: string,
  texts: ReadonlyMap<string, SearchText>,
): SearchHit[] {
  const phrases = searchablePhrases(query);
  if (phrases.length === 0) return [];
  const indexed = phrases.filter((p) => !isSingleChar(p));

  let candidates: { id: string; score: number }[];
  if (indexed.length > 0) {
    candidates = index
      .search(indexed.map(normalize).join(' '), querySearchOptions)
      .map((r) => ({ id: String(r.id), score: r.score }));
  } else {
    // Only single characters: no bigram to look up, so scan the text we have.
    candidates = [...texts.keys()].map((id) => ({ id, score: 0 }));
  }

  const hits: SearchHit[] = [];
  for (const { id, score } of candidates) {
    const text = texts.get(id);
    if (!text) continue;
    const verdict = confirmPhrases(text, phrases);
    if (verdict === 'absent') continue;
    hits.push({ id, score, verified: verdict === 'present' });
  }
  return hits;
}

/** The phrases of a query that contain something searchable (letters, digits or CJK). */
export function searchablePhrases(query: string): string[] {
  return queryPhrases(query).filter((p) => tokenize(p).length > 0);
}

function confirmPhrases(
  text: SearchText,
  phrases: readonly string[],
): 'present' | 'unverified' | 'absent' {
  let unverified = false;
  for (const phrase of phrases) {
    const inSummary =
      text.headlines.some((h) => containsPhrase(h, phrase)) ||
      (text.excerpt !== undefined && containsPhrase(text.excerpt, phrase));
    if (inSummary) continue;
    if (text.paragraphs === undefined) {
      unverified = true;
      continue;
    }
    if (!text.paragraphs.some((p) => containsPhrase(p, phrase))) return 'absent';
  }
  return unverified ? 'unverified' : 'present';
}

/** Whether `text` contains `phrase` (a normalised phrase from `queryPhrases`). */
export function containsPhrase(text: string, phrase: string): boolean {
  return phraseRanges(text, [phrase]).length > 0;
}

/**
 * Where the phrases occur in `text`, as sorted, non-overlapping [start, end) ranges of
 * UTF-16 offsets into the original `text`. Matching is done on the NFKC-normalised,
 * lower-cased text (as the index and `queryPhrases` are), mapped back to the original
 * offsets, so full-width Latin and digits match their ASCII forms.
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
      const last = at + phrase.length - 1;
      raw.push([starts[at]!, ends[last]!]);
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
