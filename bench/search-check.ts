/**
 * The bench's exactness check of search (issue 9): hundreds of queries run
 * through the bundle's search index exactly as the app runs them, against a
 * brute-force scan of articles.json. Any difference is a bug; the report
 * prints the count (target 0) and the first few. Also the search index's
 * matching time in Node (warm: shards read and decoded once), per query.
 *
 * Queries: random substrings of 1–6 characters as printed, names (reporters,
 * districts, unions), numbers and Latin words, the bench's latency queries,
 * bigram traps (every bigram of the phrase occurs in an article, never next
 * to each other), two terms (AND), an excluded term, phrases spanning
 * punctuation. Seeded, so every run asks the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveManifestSchema, searchShardPath } from '../src/shared/archive-bundle';
import { searchUnitsOnDisk } from '../src/ingest/bundle/search-units-on-disk';
import { gzipSync } from 'node:zlib';
import { runQuery, shardsForTerms } from '../src/shared/search-match';
import { parseQuery } from '../src/shared/search-query';
import { searchableText } from '../src/shared/search-text';
import { QUERIES, stats, type Stats } from './browser-latency';
import { readArticles } from './pagefind';

export interface SearchCheck {
  queries: number;
  /** Queries with at least one match. */
  found: number;
  differences: string[];
  /** Node-side matching time per query (shards on disk read and decoded before). */
  matchMs: Stats;
  /** Search segments in the bundle. */
  segments?: number;
  /** What a cold query downloads from the index: the shards it needs in every segment. */
  coldQueries?: { query: string; files: number; gzipBytes: number }[];
  seconds: number;
}

/** A rare phrase, the commonest words, a single character. */
const COLD_QUERIES = ['知识竞赛', '职工', '总工会', '奖'];

interface Term {
  text: string;
  exclude?: boolean;
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function queryString(terms: Term[]): string {
  return terms
    .map((t) => `${t.exclude ? '-' : ''}${/\s|^-/.test(t.text) ? `"${t.text}"` : t.text}`)
    .join(' ');
}

/** Phrases whose bigrams all occur in the article, never adjacent (what a bigram index finds wrongly). */
function traps(texts: readonly string[], limit: number): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const chars = Array.from(text);
    const byFirst = new Map<string, Set<string>>();
    for (let i = 0; i + 1 < chars.length; i++) {
      if (/\s/.test(chars[i]! + chars[i + 1]!)) continue;
      const set = byFirst.get(chars[i]!) ?? new Set();
      set.add(chars[i + 1]!);
      byFirst.set(chars[i]!, set);
    }
    for (const [a, bs] of byFirst) {
      for (const b of bs) {
        for (const c of byFirst.get(b) ?? []) {
          if (!text.includes(a + b + c)) out.push(a + b + c);
          if (out.length >= limit) return out;
        }
      }
    }
  }
  return out;
}

function makeQueries(
  printed: (i: number) => string[],
  names: string[],
  texts: string[],
  seed: number,
): Term[][] {
  const rand = prng(seed);
  const n = texts.length;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: Term[][] = [];
  for (let i = 0; i < 200; i++) {
    const chars = Array.from(pick(printed(Math.floor(rand() * n))));
    const len = 1 + Math.floor(rand() * 6);
    const at = Math.floor(rand() * Math.max(1, chars.length - len));
    // Quote marks in the text would be query syntax: they stand for any punctuation here.
    out.push([
      {
        text: chars
          .slice(at, at + len)
          .join('')
          .replace(/["“”]/g, '，'),
      },
    ]);
  }
  for (let i = 0; i < 40 && names.length > 0; i++) out.push([{ text: pick(names) }]);
  for (let i = 0; i < 30; i++) {
    const words = printed(Math.floor(rand() * n))
      .join(' ')
      .match(/[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ]+/g);
    if (words) out.push([{ text: pick(words) }]);
  }
  for (const q of [...QUERIES, '奖', '会', '5月', 'APP', '12351', '区级工会加强年', '先进职工之家'])
    out.push([{ text: q }]);
  const sample = Array.from({ length: 20 }, () => texts[Math.floor(rand() * n)]!);
  for (const t of traps(sample, 40)) out.push([{ text: t }]);
  for (let i = 0; i < 40; i++) {
    const a = out[Math.floor(rand() * 200)]![0]!;
    const b = out[Math.floor(rand() * 200)]![0]!;
    out.push(i % 2 === 0 ? [a, b] : [a, { text: b.text, exclude: true }]);
  }
  for (let i = 0; i < 20; i++) {
    const s = pick(printed(Math.floor(rand() * n)));
    const m = /[\p{L}\p{N}]{1,3}[，、。：；\s]+[\p{L}\p{N}]{1,3}/u.exec(s);
    if (m) out.push([{ text: m[0].replace(/\s+/g, ' ') }]);
  }
  return out;
}

export async function checkSearch(outDir: string, seed = 9): Promise<SearchCheck> {
  const started = performance.now();
  const manifest = archiveManifestSchema.parse(
    JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')),
  );
  // Each article's headlines and paragraphs as search sees them, one per line.
  const texts: string[] = [];
  const printedSample = new Map<number, string[]>();
  const names = new Set<string>();
  for await (const a of readArticles(join(outDir, 'articles.json'))) {
    const strings = [...a.headlines, ...a.paragraphs];
    texts.push(strings.map(searchableText).join('\n'));
    if (texts.length % 50 === 1) {
      printedSample.set(texts.length - 1, strings);
      for (const name of [...a.byline.reporters, ...a.districts, ...a.unions]) names.add(name);
    }
  }
  const sampled = [...printedSample.keys()];
  const printed = (i: number) => printedSample.get(sampled[i % sampled.length]!)!;
  const segments = searchUnitsOnDisk(outDir, manifest);

  const queries = makeQueries(printed, [...names], texts, seed);
  const differences: string[] = [];
  const times: number[] = [];
  let found = 0;
  for (const terms of queries) {
    const q = queryString(terms);
    const parsed = parseQuery(q);
    if (parsed.length === 0) continue;
    runQuery(segments, parsed); // warm: shards read, entries decoded
    const t = performance.now();
    const { matches } = runQuery(segments, parsed);
    times.push(performance.now() - t);
    const include = parsed.filter((p) => !p.exclude).map((p) => p.phrase);
    const exclude = parsed.filter((p) => p.exclude).map((p) => p.phrase);
    const expected: number[] = [];
    texts.forEach((text, i) => {
      if (include.every((p) => text.includes(p)) && !exclude.some((p) => text.includes(p)))
        expected.push(i);
    });
    if (expected.length > 0) found++;
    if (expected.length !== matches.length || expected.some((p, i) => matches[i] !== p))
      differences.push(`${q}: index ${matches.length}, text ${expected.length}`);
  }
  const coldQueries = COLD_QUERIES.map((query) => {
    const files = manifest.search.segments.flatMap((seg) =>
      shardsForTerms(parseQuery(query), seg.shards).map((n) => searchShardPath(seg, n)),
    );
    const gzipBytes = files.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length,
      0,
    );
    return { query, files: files.length, gzipBytes };
  });
  return {
    queries: times.length,
    found,
    differences,
    matchMs: stats(times),
    segments: manifest.search.segments.length,
    coldQueries,
    seconds: (performance.now() - started) / 1000,
  };
}
