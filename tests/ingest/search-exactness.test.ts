/**
 * Search must be exactly right (issue 9): for hundreds of queries, the articles
 * the index finds are the articles whose text contains every term and no
 * excluded one, by a brute-force scan of articles.json — on the seed pages and
 * on a generated corpus, through the real ingest and the real bundle files.
 * The order follows the documented ranking, checked the same way.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/corpus/generate';
import { loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import type { BundleLayout } from '../../src/ingest/bundle/bundle-layout';
import { SearchSegmentBuilder } from '../../src/ingest/bundle/search-index-builder';
import { runIngest } from '../../src/ingest/pipeline/run-ingest';
import { archiveManifestSchema } from '../../src/shared/archive-bundle';
import { searchUnitsOnDisk } from '../../src/ingest/bundle/search-units-on-disk';
import { decodeShard } from '../../src/shared/search-index';
import { runQuery, type SegmentShards } from '../../src/shared/search-match';
import { parseQuery } from '../../src/shared/search-query';
import type { Article } from '../../src/shared/schema';
import { extract } from './ingest-context';
import { SEEDS_DIR } from './seed-fixtures';

const temp = mkdtempSync(join(tmpdir(), 'search-exact-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function ingest(input: string, name: string, layout?: Partial<BundleLayout>) {
  const output = join(temp, name);
  await runIngest({
    input,
    output,
    taxonomy: loadEventTaxonomy(),
    extract,
    bannersFile: join(import.meta.dirname, '../../data/banners.json'),
    keepArticles: false,
    ...(layout ? { layout } : {}),
  });
  const articles = JSON.parse(readFileSync(join(output, 'articles.json'), 'utf8')) as Article[];
  const manifest = archiveManifestSchema.parse(
    JSON.parse(readFileSync(join(output, 'manifest.json'), 'utf8')),
  );
  const segments = searchUnitsOnDisk(output, manifest);
  return { articles, segments, manifest };
}

// ---- The reference: the definition of a match, written out plainly. ----

/** Each character NFKC'd and lower-cased; any run of non-letters/digits is one space. */
const normal = (s: string) =>
  Array.from(s, (ch) => ch.normalize('NFKC').toLowerCase())
    .join('')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();

/** An article's headlines and paragraphs, normalised (once per article). */
const normalised = new WeakMap<Article, string[]>();
function strings(a: Article): string[] {
  let out = normalised.get(a);
  if (!out) normalised.set(a, (out = [...a.headlines, ...a.paragraphs].map(normal)));
  return out;
}

interface Term {
  text: string;
  exclude?: boolean;
}

/** As a reader would type it: quotes around a term with spaces or a leading minus. */
function queryString(terms: Term[]): string {
  return terms
    .map((t) => `${t.exclude ? '-' : ''}${/\s|^-/.test(t.text) ? `"${t.text}"` : t.text}`)
    .join(' ');
}

function bruteForce(articles: Article[], terms: Term[]): number[] {
  const wanted = terms.map((t) => ({ phrase: normal(t.text), exclude: t.exclude ?? false }));
  const active = wanted.filter((t) => t.phrase !== '');
  return articles.flatMap((a, i) => {
    const has = (p: string) => strings(a).some((s) => s.includes(p));
    return active.every((t) => has(t.phrase) !== t.exclude) ? [i] : [];
  });
}

/** Where a phrase occurs in an article: 0 headline group, 1 lead paragraph, 2 further down, and how often. */
function occurrences(a: Article, phrase: string): { tier: number; count: number } {
  let tier = 3;
  let count = 0;
  strings(a).forEach((s, i) => {
    const field = i < a.headlines.length ? 0 : i === a.headlines.length ? 1 : 2;
    for (let at = s.indexOf(phrase); at >= 0; at = s.indexOf(phrase, at + 1)) {
      count++;
      tier = Math.min(tier, field);
    }
  });
  return { tier, count };
}

/** The documented order: more terms in headlines, then in the lead, more occurrences, newer (higher position). */
function bruteForceRanking(articles: Article[], terms: Term[], matches: number[]): number[] {
  const phrases = terms
    .filter((t) => !t.exclude)
    .map((t) => normal(t.text))
    .filter((p) => p !== '');
  const key = (i: number) => {
    const hits = phrases.map((p) => occurrences(articles[i]!, p));
    return [
      hits.filter((h) => h.tier === 0).length,
      hits.filter((h) => h.tier === 1).length,
      hits.reduce((n, h) => n + h.count, 0),
      i,
    ];
  };
  const keys = new Map(matches.map((i) => [i, key(i)]));
  return [...matches].sort((x, y) => {
    const a = keys.get(x)!;
    const b = keys.get(y)!;
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return b[k]! - a[k]!;
    return 0;
  });
}

// ---- Queries ----

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

/**
 * Phrases of 3–5 characters whose every bigram occurs in one article, but never
 * next to each other: what an index of bigrams alone finds by mistake.
 */
function bigramTraps(articles: Article[], limit: number): string[] {
  const traps: string[] = [];
  for (const a of articles) {
    const text = strings(a).join('\n');
    const chars = Array.from(text);
    const bigrams = new Set<string>();
    for (let i = 0; i + 1 < chars.length; i++) bigrams.add(chars[i]! + chars[i + 1]!);
    const byFirst = new Map<string, string[]>();
    for (const b of bigrams) {
      if (/[\s\n]/.test(b)) continue;
      const [x] = Array.from(b);
      byFirst.set(x!, [...(byFirst.get(x!) ?? []), b]);
    }
    for (const ab of bigrams) {
      if (/[\s\n]/.test(ab)) continue;
      const [, b] = Array.from(ab);
      for (const bc of byFirst.get(b!) ?? []) {
        const abc = ab + Array.from(bc)[1];
        if (text.includes(abc)) {
          // Longer: abc occurs, so do c's bigrams, but abcd does not.
          for (const cd of byFirst.get(Array.from(bc)[1]!) ?? []) {
            const abcd = abc + Array.from(cd)[1];
            if (!text.includes(abcd) && traps.length < limit && traps.length % 3 === 2) {
              traps.push(abcd);
            }
          }
          continue;
        }
        if (traps.length < limit) traps.push(abc);
      }
      if (traps.length >= limit) return traps;
    }
  }
  return traps;
}

function queries(articles: Article[], seed: number): Term[][] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const printed = articles.flatMap((a) => [...a.headlines, ...a.paragraphs]);
  const out: Term[][] = [];
  // Random substrings of 1–6 characters, as printed (punctuation, full-width forms and all).
  for (let i = 0; i < 240; i++) {
    const chars = Array.from(pick(printed));
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
  // Names, places, unions, numbers and Latin words from the articles.
  const names = articles.flatMap((a) => [
    ...a.byline.reporters,
    ...a.byline.correspondents,
    ...a.districts,
    ...a.unions,
  ]);
  for (let i = 0; i < 40 && names.length > 0; i++) out.push([{ text: pick(names) }]);
  const words = [
    ...new Set(printed.flatMap((s) => s.match(/[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ]+/g) ?? [])),
  ];
  for (let i = 0; i < 40 && words.length > 0; i++) out.push([{ text: pick(words) }]);
  for (const w of ['奖', '会', '5月', 'APP', 'app', '12351', '１２３５１', '2023年', '职工之家']) {
    out.push([{ text: w }]);
  }
  // Bigram traps, which must find nothing in the article they were made from.
  for (const trap of bigramTraps(articles, 60)) out.push([{ text: trap }]);
  // Several terms (AND), exclusions, quoted phrases spanning punctuation.
  for (let i = 0; i < 40; i++) {
    const a = out[Math.floor(rand() * 240)]![0]!;
    const b = out[Math.floor(rand() * 240)]![0]!;
    out.push(rand() < 0.5 ? [a, b] : [a, { text: b.text, exclude: true }]);
  }
  for (let i = 0; i < 30; i++) {
    const s = pick(printed);
    const m = /[\p{L}\p{N}]{1,3}[，、。：；\s]+[\p{L}\p{N}]{1,3}/u.exec(
      s.slice(Math.floor(rand() * s.length)),
    );
    if (m) out.push([{ text: m[0].replace(/\s+/g, ' ') }]);
  }
  return out;
}

async function checkCorpus(
  input: string,
  name: string,
  seed: number,
  layout?: Partial<BundleLayout>,
) {
  const { articles, segments, manifest } = await ingest(input, name, layout);
  const qs = queries(articles, seed);
  expect(qs.length).toBeGreaterThan(300);
  const differences: string[] = [];
  let nonEmpty = 0;
  for (const terms of qs) {
    const q = queryString(terms);
    const parsed = parseQuery(q);
    if (parsed.length === 0) continue;
    const expected = bruteForce(articles, terms);
    const { matches, ranked } = runQuery(segments, parsed);
    if (expected.length > 0) nonEmpty++;
    if (expected.join() !== [...matches].join()) {
      differences.push(`${q}: index ${matches.length}, text ${expected.length}`);
    } else if (bruteForceRanking(articles, terms, expected).join() !== [...ranked].join()) {
      differences.push(`${q}: ranked differently`);
    }
  }
  expect(differences).toEqual([]);
  expect(nonEmpty).toBeGreaterThan(qs.length / 2);
  return { articles, segments, qs, manifest };
}

describe('exact search, checked against a brute-force scan of articles.json', () => {
  it('on the seed pages: every query finds exactly the articles containing it, in ranked order', async () => {
    await checkCorpus(SEEDS_DIR, 'seeds', 7);
  });

  it('on a generated corpus, with the index in the blocks and segments the ingest writes and in uneven cuts', async () => {
    const corpus = join(temp, 'corpus');
    writeCorpus({ out: corpus, seed: 3, pages: 48 });
    // Segments of 32 positions in blocks of 4, as a daily archive is cut (4,096 and 8 by default).
    const { articles, qs, manifest } = await checkCorpus(corpus, 'generated', 11, {
      segmentSize: 32,
      searchBlock: 4,
    });
    expect(articles.length).toBeGreaterThan(256);
    const units = manifest.search.segments.map((u) => u.count);
    expect(units.slice(0, 2)).toEqual([128, 128]);
    expect(units.length).toBeGreaterThan(2);
    expect(units.slice(2).every((n) => n <= 32)).toBe(true);

    // The same articles as three segments of positions, each built by its own builder.
    const cuts = [0, 97, 180, articles.length];
    const segments: SegmentShards[] = cuts.slice(0, -1).map((start, k) => {
      const builder = new SearchSegmentBuilder(start);
      for (let p = start; p < cuts[k + 1]!; p++) builder.add(p, articles[p]!);
      const shards = new Map([...builder.shards()].map((s) => [s.shard, decodeShard(s.bytes)]));
      return {
        start,
        count: cuts[k + 1]! - start,
        shardCount: builder.shardCount(),
        shard: (n) => shards.get(n),
      };
    });
    for (const terms of qs.slice(0, 150)) {
      const parsed = parseQuery(queryString(terms));
      if (parsed.length === 0) continue;
      expect([...runQuery(segments, parsed).matches], queryString(terms)).toEqual(
        bruteForce(articles, terms),
      );
    }
  });

  it('bigram traps: phrases whose bigrams all occur apart are not found there', async () => {
    const { articles, segments } = await ingest(SEEDS_DIR, 'seeds-traps');
    const traps = bigramTraps(articles, 40);
    expect(traps.length).toBe(40);
    for (const trap of traps) {
      const found = new Set(runQuery(segments, parseQuery(trap)).matches);
      articles.forEach((a, i) => {
        expect(found.has(i), trap).toBe(strings(a).join('\n').includes(trap));
      });
    }
  });
});
