/** Loads the seed pages and their hand-checked expectations (tests/fixtures/expected). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');
export const EXPECTED_DIR = join(import.meta.dirname, '../fixtures/expected');
export const BANNERS = new Set(['深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面']);

export interface ExpectedArticle {
  headlines: string[];
  title: string;
  kind: 'news' | 'photo';
  byline: { reporters: string[]; correspondents: string[]; photographers: string[] };
  paragraphs: string[];
  truncated: boolean;
  districts: string[];
  unions: string[];
}
export interface ExpectedPage {
  file: string;
  banner: string[];
  orphanHeadings: string[];
  duplicateBlocksDropped: number;
  articles: ExpectedArticle[];
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function readSeed(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

export function expectedFor(file: string): ExpectedPage {
  return JSON.parse(
    readFileSync(join(EXPECTED_DIR, file.replace(/\.txt$/, '.json')), 'utf8'),
  ) as ExpectedPage;
}

/** The parts of an article the hand-checked fixtures pin down. */
export function structureOf(
  a: Pick<ExpectedArticle, 'headlines' | 'title' | 'kind' | 'byline' | 'paragraphs' | 'truncated'>,
) {
  return {
    headlines: a.headlines,
    title: a.title,
    kind: a.kind,
    byline: {
      reporters: a.byline.reporters,
      correspondents: a.byline.correspondents,
      photographers: a.byline.photographers,
    },
    paragraphs: a.paragraphs,
    truncated: a.truncated,
  };
}
