/**
 * The seed pages' stories as raw material for recombination. We read the
 * hand-checked parse of the seeds (tests/fixtures/expected) rather than
 * parsing seeds/*.txt again: a third segmenter here could disagree with both
 * the fixtures and the ingest, and the corpus would then test our parser, not theirs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const REPO_ROOT = join(import.meta.dirname, '../..');
export const MATERIAL_DIR = join(REPO_ROOT, 'tests/fixtures/expected');

const fixtureSchema = z.object({
  articles: z.array(
    z.object({
      headlines: z.array(z.string()).min(1),
      kind: z.enum(['news', 'photo']),
      paragraphs: z.array(z.string()),
      truncated: z.boolean(),
    }),
  ),
});

export interface SeedStory {
  headlines: string[];
  kind: 'news' | 'photo';
  /** Whole paragraphs only: a truncated story's last fragment is left out. */
  paragraphs: string[];
}

export interface Material {
  news: SeedStory[];
  photos: SeedStory[];
  /** Files read, in order: the bench hashes them into its cache key. */
  files: string[];
}

let cached: Material | null = null;

export function loadMaterial(): Material {
  if (cached) return cached;
  const files = readdirSync(MATERIAL_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(MATERIAL_DIR, f));
  const news: SeedStory[] = [];
  const photos: SeedStory[] = [];
  for (const file of files) {
    const page = fixtureSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    for (const a of page.articles) {
      const paragraphs = a.truncated ? a.paragraphs.slice(0, -1) : a.paragraphs;
      if (paragraphs.length === 0) continue;
      (a.kind === 'photo' ? photos : news).push({
        headlines: a.headlines,
        kind: a.kind,
        paragraphs,
      });
    }
  }
  if (news.length < 10 || photos.length < 2)
    throw new Error(`${MATERIAL_DIR}: too few seed stories to build a corpus from`);
  cached = { news, photos, files };
  return cached;
}

/** Sentences of a paragraph, each keeping its 。！？ and any closing quote. */
export function sentences(paragraph: string): string[] {
  return paragraph.match(/[^。！？]+[。！？]+[”’）]*|[^。！？]+$/gu) ?? [paragraph];
}
