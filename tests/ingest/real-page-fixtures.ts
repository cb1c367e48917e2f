/**
 * Hand-written pages in the conventions real union news is printed and
 * published in (tests/fixtures/real-pages), with hand-checked expectations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/shared/schema';

export const REAL_PAGES_DIR = join(import.meta.dirname, '../fixtures/real-pages');

export interface ExpectedRealArticle {
  headlines: string[];
  title: string;
  untitled: boolean;
  kind: 'news' | 'photo';
  byline: {
    reporters: string[];
    correspondents: string[];
    photographers: string[];
    authors: string[];
  };
  source: string | null;
  dateline: string;
  paragraphs: string[];
  truncated: boolean;
  /** Credit and source lines as printed: each must have its line in the report. */
  reported: string[];
}

export interface ExpectedRealPage {
  file: string;
  convention: string;
  articles: ExpectedRealArticle[];
}

export function realPageFiles(): string[] {
  return readdirSync(REAL_PAGES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function readRealPage(file: string): string {
  return readFileSync(join(REAL_PAGES_DIR, file), 'utf8');
}

export function expectedRealPage(file: string): ExpectedRealPage {
  return JSON.parse(
    readFileSync(join(REAL_PAGES_DIR, file.replace(/\.txt$/, '.json')), 'utf8'),
  ) as ExpectedRealPage;
}

/** What the expectations pin down, for an ingested article. */
export function realStructureOf(a: Article) {
  return {
    headlines: a.untitled ? [] : a.headlines,
    title: a.title,
    untitled: a.untitled,
    kind: a.kind,
    byline: {
      reporters: a.byline.reporters,
      correspondents: a.byline.correspondents,
      photographers: a.byline.photographers,
      authors: a.byline.authors,
    },
    source: a.source ?? null,
    dateline: a.dateline,
    paragraphs: a.paragraphs,
    truncated: a.truncated,
  };
}

export function expectedStructureOf(a: ExpectedRealArticle) {
  return {
    headlines: a.headlines,
    title: a.title,
    untitled: a.untitled,
    kind: a.kind,
    byline: a.byline,
    source: a.source,
    dateline: a.dateline,
    paragraphs: a.paragraphs,
    truncated: a.truncated,
  };
}
