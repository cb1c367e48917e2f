/**
 * The seed articles as the extractor receives them: headlines and repaired
 * paragraphs from the hand-checked fixtures in tests/fixtures/expected (one
 * JSON per seed page, written by reading the seeds, not by running the ingest).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../fixtures/expected/', import.meta.url));

export interface SeedArticle {
  /** e.g. "003.4": seed page prefix and article index. */
  key: string;
  title: string;
  headlines: string[];
  paragraphs: string[];
}

interface FixturePage {
  articles: { title: string; headlines: string[]; paragraphs: string[] }[];
}

export function loadSeedArticles(): SeedArticle[] {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    const page = JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as FixturePage;
    return page.articles.map((a, i) => ({
      key: `${file.slice(0, 3)}.${i}`,
      title: a.title,
      headlines: a.headlines,
      paragraphs: a.paragraphs,
    }));
  });
}
