/**
 * Layout of the static bundle the app loads (see docs/decisions/0002-bundle-layout.md).
 * manifest.json is the only file with a fixed name; every other file name carries
 * a content hash, so hosts can cache them forever.
 */
import { z } from 'zod/mini';
import { articleSchema, BUNDLE_VERSION, unionLevelSchema } from './schema';

export const articleSummarySchema = z.extend(z.omit(articleSchema, { paragraphs: true }), {
  excerpt: z.string(),
  /** Index into manifest.files.bodies of the chunk holding this article's paragraphs. */
  bodyChunk: z.int().check(z.nonnegative()),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const summariesFileSchema = z.array(articleSummarySchema);
export const bodiesChunkSchema = z.record(z.string(), z.array(z.string()));
export type BodiesChunk = z.infer<typeof bodiesChunkSchema>;

export const manifestSchema = z.object({
  version: z.int(),
  generatedAt: z.string(),
  articleCount: z.int().check(z.nonnegative()),
  eventTypes: z.array(z.object({ id: z.string(), label: z.string() })),
  unionLevels: z.record(z.string(), unionLevelSchema),
  files: z.object({
    summaries: z.string(),
    search: z.string(),
    bodies: z.array(z.string()),
  }),
});
export type Manifest = z.infer<typeof manifestSchema>;

export { BUNDLE_VERSION };
