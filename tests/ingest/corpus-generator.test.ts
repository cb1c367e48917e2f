/**
 * The synthetic corpus generator (scripts/corpus) behind the benchmarks: it
 * must be deterministic (bench caches and comparisons rely on it) and its
 * pages must be ones the real ingest reads as intended, or the bench
 * measures the wrong thing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BANNERS } from '../../scripts/corpus/events';
import { createContext, generatePage, writeCorpus } from '../../scripts/corpus/generate';
import { runPage } from './ingest-context';

const temp = mkdtempSync(join(tmpdir(), 'corpus-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

describe('corpus generator', () => {
  it('writes byte-identical corpora for the same seed', () => {
    writeCorpus({ out: join(temp, 'a'), seed: 42, pages: 12 });
    writeCorpus({ out: join(temp, 'b'), seed: 42, pages: 12 });
    const a = files(join(temp, 'a'));
    const b = files(join(temp, 'b'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.size).toBe(12 + 2); // pages + pages.json + corpus.json
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  });

  it('writes different pages for a different seed', () => {
    const ctx1 = createContext(1);
    const ctx2 = createContext(2);
    for (let i = 0; i < 3; i++) {
      expect(
        Buffer.from(generatePage(ctx1, 1, i).bytes).equals(
          Buffer.from(generatePage(ctx2, 2, i).bytes),
        ),
      ).toBe(false);
    }
  });

  it('makes page i the same however many pages are written', () => {
    const ctx = createContext(42);
    const written = files(join(temp, 'a'));
    const page = generatePage(ctx, 42, 7);
    expect(Buffer.from(page.bytes).equals(written.get(page.file)!)).toBe(true);
  });

  it('lists every page in pages.json with its date and page number', () => {
    const manifest = JSON.parse(readFileSync(join(temp, 'a', 'pages.json'), 'utf8')) as {
      file: string;
      date: string;
      page: number;
    }[];
    expect(manifest).toHaveLength(12);
    expect(manifest[0]).toMatchObject({ date: '2019-01-07', page: 1 });
    expect(manifest[8]).toMatchObject({ date: '2019-01-08', page: 1 });
    for (const entry of manifest) expect(files(join(temp, 'a')).has(entry.file)).toBe(true);
  });

  it('makes pages like the seeds: 5–8 stories on about 10 KB', () => {
    const ctx = createContext(5);
    const pages = Array.from({ length: 60 }, (_, i) => generatePage(ctx, 5, i, true));
    for (const p of pages) expect(p.stories.length).toBeGreaterThanOrEqual(5);
    for (const p of pages) expect(p.stories.length).toBeLessThanOrEqual(8);
    const mean = pages.reduce((n, p) => n + p.bytes.length, 0) / pages.length;
    expect(mean).toBeGreaterThan(8_500);
    expect(mean).toBeLessThan(12_500);
  });

  it('yields, through the real ingest, every generated story, spread over the districts', () => {
    const ctx = createContext(11);
    const banners = new Set(BANNERS);
    const districts = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const page = generatePage(ctx, 11, i);
      const { articles, report } = runPage(page.file, page.bytes, banners);
      expect(report.error, page.file).toBeUndefined();
      expect(articles.length, page.file).toBe(page.stories.length);
      expect(articles.filter((a) => a.kind === 'photo').length, page.file).toBe(
        page.stories.filter((s) => s.kind === 'photo').length,
      );
      for (const a of articles) for (const d of a.districts) districts.add(d);
    }
    expect(districts.size).toBeGreaterThanOrEqual(14);
  });
});
