/**
 * Bundle v4: laid out so a reader of a 100,000-article archive downloads only
 * what the current view needs (see docs/decisions/0007-scale-bundle.md).
 *
 *   manifest.json                 small; facet totals and the layout below
 *   list-<hash>/<n>.json          list rows of one segment in corpus order, chunkSize per file
 *   articles-<hash>/<b>.json      full articles of one segment, bucketSize consecutive positions per file
 *   ids-<hash>/<s>.json           article id → corpus position (bucketOf(id, shards)), for deep links
 *   facets-<hash>/{district,type,union}.bin, unions.json   facet-index.ts format
 *   search-<hash>/<s>.bin         search index of one unit (a block of 8 segments or a segment): search-index.ts format, shardOfKey(key)
 *   dates-<hash>/dates.bin        publication day of every article (date-column.ts)
 *   issues-<hash>/calendar.json   the issues (days) that exist; <date>.json: one issue's
 *                                 pages and their stories in print order (issue-files.ts)
 *
 * Each family lives in a folder named by the hash of its content, so every
 * file below it is immutable and can be cached forever. The families that grow
 * with the archive (list rows, articles, search index) are cut into segments of corpus
 * positions [k·segmentSize, (k+1)·segmentSize), one folder each (search: one per
 * block of full segments, then per segment): a daily append rewrites only the
 * last segment (docs/decisions/0013-daily-updates.md).
 */
import { z } from 'zod/mini';
import { articleSchema, BUNDLE_VERSION, isoDateSchema, unionLevelSchema } from './schema';

/** One version for the whole bundle (manifest and report); the app refuses any other. */
export const ARCHIVE_BUNDLE_VERSION = BUNDLE_VERSION;

const count = z.number();
const dirName = z.string().check(z.regex(/^[a-z][a-z0-9]*-[0-9a-f]{10}$/));
/** One folder of a segmented family: the corpus positions [start, start + count). */
const segmentSchema = z.object({ start: count, count, dir: dirName });
export type BundleSegment = z.infer<typeof segmentSchema>;

export const unionEntrySchema = z.object({ name: z.string(), level: unionLevelSchema, count });
export type UnionEntry = z.infer<typeof unionEntrySchema>;

/** Publication dates: what the timeline and date order need before any file is fetched. */
export const archiveDatesSchema = z.object({
  /** Articles with a publication date (the others show 日期不详). */
  dated: count,
  first: isoDateSchema,
  last: isoDateSchema,
  /** Dated articles per calendar month, from the first date's month to the last's. */
  months: z.array(count),
  /**
   * Corpus order is date order: the undated articles come first (positions
   * 0 … articleCount − dated − 1) and the dated ones follow, oldest first. Date
   * order then needs no file; otherwise it needs the date column.
   */
  sorted: z.boolean(),
  /** The date column, in files of consecutive positions (`<dir>/dates.bin`). */
  parts: z.array(z.object({ dir: dirName, start: count, count })),
});
export type ArchiveDates = z.infer<typeof archiveDatesSchema>;

export const archiveManifestSchema = z.object({
  version: z.number(),
  generatedAt: z.string(),
  articleCount: count,
  eventTypes: z.array(z.object({ id: z.string(), label: z.string() })),
  facets: z.object({
    district: z.object({ values: z.array(z.string()), counts: z.array(count) }),
    type: z.object({ values: z.array(z.string()), counts: z.array(count) }),
    union: z.object({ distinct: count, top: z.array(unionEntrySchema) }),
  }),
  /** Positions per segment; a multiple of list.chunkSize. */
  segmentSize: count,
  list: z.object({ chunkSize: count, chunks: count, segments: z.array(segmentSchema) }),
  articles: z.object({
    /** Consecutive positions per bucket file within a segment. */
    bucketSize: count,
    segments: z.array(segmentSchema),
    ids: z.object({ dir: dirName, shards: count }),
  }),
  facetIndex: z.object({ dir: dirName }),
  /**
   * The search index, cut into units of corpus positions: disjoint, ascending,
   * together covering [0, articleCount); blocks of whole segments, then single
   * segments (src/ingest/bundle/search-units.ts). Each is its own folder of shards.
   */
  search: z.object({
    segments: z.array(z.extend(segmentSchema, { shards: count })),
  }),
  /** Absent when no article has a date (the seeds): no timeline, no 版面 view. */
  dates: z.optional(archiveDatesSchema),
  /**
   * The issues (days) and their pages: `<dir>/calendar.json`, and each day's
   * `<years[YYYY]>/<date>.json` (a folder per year, so a daily build rewrites
   * only the current year's; without `years`, `<dir>/<date>.json`).
   */
  issues: z.optional(
    z.object({ dir: dirName, count, years: z.optional(z.record(z.string(), dirName)) }),
  ),
});
export type SearchSegment = ArchiveManifest['search']['segments'][number];
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>;

/** What a result-list row shows; facet values are ids into manifest.facets.*.values. */
export const listRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['news', 'photo']),
  truncated: z.boolean(),
  source: z.string(),
  date: z.optional(z.string()),
  district: z.array(z.number()),
  type: z.array(z.number()),
  excerpt: z.string(),
});
export type ListRow = z.infer<typeof listRowSchema>;
export const listChunkSchema = z.array(listRowSchema);

export const articleRecordSchema = z.extend(articleSchema, { index: z.number() });
export type ArticleRecord = z.infer<typeof articleRecordSchema>;
export const articleBucketSchema = z.record(z.string(), articleRecordSchema);

/** One shard of the id directory: article id → corpus position. */
export const idShardSchema = z.record(z.string(), z.number());

export const unionsFileSchema = z.array(unionEntrySchema);

export const DATES_FILE = 'dates.bin';

export const FACET_FILES = {
  district: 'district.bin',
  type: 'type.bin',
  union: 'union.bin',
} as const;
export const UNIONS_FILE = 'unions.json';

/** The segment holding a corpus position (segments are uniform, so no search is needed). */
export function segmentAt(
  segments: readonly BundleSegment[],
  segmentSize: number,
  position: number,
) {
  return segments[Math.floor(position / segmentSize)];
}

/** List chunk n: corpus positions [n × chunkSize, (n + 1) × chunkSize). */
export function listChunkPath(m: ArchiveManifest, n: number): string {
  const position = n * m.list.chunkSize;
  const segment = segmentAt(m.list.segments, m.segmentSize, position);
  if (!segment) throw new RangeError(`list chunk ${n} is past the end of the archive`);
  return `${segment.dir}/${(position - segment.start) / m.list.chunkSize}.json`;
}

/** The bucket file holding the article at a corpus position. */
export function articleBucketPath(m: ArchiveManifest, position: number): string {
  const segment = segmentAt(m.articles.segments, m.segmentSize, position);
  if (!segment) throw new RangeError(`position ${position} is past the end of the archive`);
  return `${segment.dir}/${Math.floor((position - segment.start) / m.articles.bucketSize)}.json`;
}

/** The id-directory shard that knows an article's position. */
export const idShardPath = (m: ArchiveManifest, id: string) =>
  `${m.articles.ids.dir}/${bucketOf(id, m.articles.ids.shards)}.json`;
/** A shard of one search segment (the app queries every segment's). */
export const searchShardPath = (segment: SearchSegment, shard: number) =>
  `${segment.dir}/${shard}.bin`;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Ids are base64url content hashes, so their first characters spread them evenly over shards. */
export function bucketOf(id: string, buckets: number): number {
  let n = 0;
  for (let i = 0; i < 4; i++) n = n * 64 + Math.max(0, B64.indexOf(id[i] ?? 'A'));
  return n % Math.max(1, buckets);
}
