import { describe, expect, it } from 'vitest';
import { expectedFor, readSeed, seedFiles, structureOf } from './seed-fixtures';
import { runPage } from './ingest-context';
import { utf8 } from './page-variants';

describe.each(seedFiles())('seed page %s', (file) => {
  const expected = expectedFor(file);
  const { articles, report } = runPage(file, utf8(readSeed(file)));

  it('finds every article with exactly its headlines, byline and repaired paragraphs', () => {
    expect(articles.map((a) => structureOf(a))).toEqual(expected.articles.map(structureOf));
  });

  it('tags each article with the districts it is about', () => {
    expect(articles.map((a) => a.districts)).toEqual(expected.articles.map((a) => a.districts));
  });

  it('names the unions in each article by their canonical full names', () => {
    const sorted = (xs: string[]) => [...xs].sort();
    expect(articles.map((a) => sorted(a.unions))).toEqual(
      expected.articles.map((a) => sorted(a.unions)),
    );
  });

  it('reports the banner, orphan headings and dropped repeats instead of losing them', () => {
    expect(report.banner).toEqual(expected.banner);
    expect(report.orphanHeadings).toEqual(expected.orphanHeadings);
    const repeatedLines = report.dropped
      .filter((d) => d.kind === 'duplicate-block')
      .reduce((n, d) => n + (/lines ([\d, ]+)/.exec(d.reason)?.[1]?.split(',').length ?? 0), 0);
    expect(repeatedLines).toBe(expected.duplicateBlocksDropped);
    expect(report.error).toBeUndefined();
  });

  it('gives every article a URL-safe id that is stable across runs', () => {
    const again = runPage(file, utf8(readSeed(file)));
    expect(again.articles.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    for (const a of articles) expect(a.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  });
});
