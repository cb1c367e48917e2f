/**
 * The data contract between the build-time ingest and the browser app.
 * Both sides import these zod schemas: the ingest validates what it writes,
 * the app validates what it fetches, so neither side casts unknown JSON.
 * Bump BUNDLE_VERSION on any incompatible change; the app refuses other versions.
 */
// zod/mini: the same validation with a tree-shakable API, so the app's first view stays small.
import { z } from 'zod/mini';

/**
 * 4: list rows and article buckets in segments of corpus positions, buckets by
 * position, an id directory (h6-daily), with the dates and issues of v3.
 */
export const BUNDLE_VERSION = 4;

export const headlineRoleSchema = z.enum(['kicker', 'title', 'subtitle']);
export type HeadlineRole = z.infer<typeof headlineRoleSchema>;

export const unionLevelSchema = z.enum([
  'national',
  'industry',
  'municipal',
  'district',
  'street',
  'enterprise',
]);
export type UnionLevel = z.infer<typeof unionLevelSchema>;

export const pageMetaSchema = z.object({
  date: z.optional(z.string()),
  page: z.optional(z.int()),
  pageName: z.optional(z.string()),
  paper: z.optional(z.string()),
});
export type PageMeta = z.infer<typeof pageMetaSchema>;

export const bylineSchema = z.object({
  reporters: z.array(z.string()),
  correspondents: z.array(z.string()),
  photographers: z.array(z.string()),
  /** Writers credited without a reporter role: 文/X, 作者 X, or names in brackets at the end (张衍 桂子). */
  authors: z.array(z.string()),
  /** The credit text exactly as printed, e.g. 本报讯（记者 周美玉）, so nothing is lost. */
  raw: z.array(z.string()),
});
export type Byline = z.infer<typeof bylineSchema>;

export const unionRefSchema = z.object({
  name: z.string(),
  level: unionLevelSchema,
  /** The spellings found in the text that were normalised to `name`. */
  mentions: z.array(z.string()),
});
export type UnionRef = z.infer<typeof unionRefSchema>;

export const eventEvidenceSchema = z.object({
  type: z.string(),
  triggers: z.array(z.string()),
  score: z.number(),
});
export type EventEvidence = z.infer<typeof eventEvidenceSchema>;

/** Where an article's publication date came from. */
export const dateSourceSchema = z.enum(['pages.json', 'path', 'header']);
export type DateSource = z.infer<typeof dateSourceSchema>;

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const articleSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/)),
  /** Where in the input the story was printed: the page file and its place on that page. */
  origin: z.object({
    file: z.string(),
    order: z.int().check(z.nonnegative()),
  }),
  /** Publication date, when the input holds one (absent: 日期不详). */
  date: z.optional(isoDateSchema),
  dateSource: z.optional(dateSourceSchema),
  /** The printed page (版): number, name (版名) and paper, when known. */
  page: z.optional(
    z.object({
      number: z.optional(z.int()),
      name: z.optional(z.string()),
      paper: z.optional(z.string()),
    }),
  ),
  headlines: z.array(z.string()).check(z.minLength(1)),
  headlineRoles: z.array(headlineRoleSchema),
  title: z.string().check(z.minLength(1)),
  /** No headline was printed: the title is taken from the first sentence, which the body keeps. */
  untitled: z.boolean(),
  kind: z.enum(['news', 'photo']),
  byline: bylineSchema,
  /** The outlet or unit the story is credited to (来源：X, 据X报道, （北京邮政工会）), when printed. */
  source: z.optional(z.string()),
  /** The dateline that opened the lead, e.g. 本报讯; empty when the story had none. */
  dateline: z.string(),
  paragraphs: z.array(z.string()),
  truncated: z.boolean(),
  districts: z.array(z.string()),
  unions: z.array(z.string()),
  unionRefs: z.array(unionRefSchema),
  eventTypes: z.array(z.string()),
  eventEvidence: z.array(eventEvidenceSchema),
  campaigns: z.array(z.string()),
  readingMinutes: z.number(),
});
export type Article = z.infer<typeof articleSchema>;

export const eventTypeDefSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  label: z.string(),
  triggers: z.array(z.string()).check(z.minLength(1)),
  /** Triggers in a headline count this many times more than in the body. */
  headlineWeight: z.optional(z.number()),
});
export const eventTaxonomySchema = z.object({
  version: z.int(),
  minScore: z.number(),
  types: z.array(eventTypeDefSchema).check(z.minLength(1)),
});
export type EventTaxonomy = z.infer<typeof eventTaxonomySchema>;

export const repairSchema = z.object({
  kind: z.enum([
    'joined-column-break',
    'credit-moved-to-byline',
    'punctuation-normalised',
    /** The parts of a story printed on two pages (下转第2版 / 上接第1版) made one article. */
    'joined-continuation',
    // a source (来源：X, （北京邮政工会）, 据X报道) moved to the article's source field
    'source-moved',
    // a story printed without a headline: its title is its first sentence
    'untitled-story',
    // 又讯: a second item under one headline kept as a new paragraph of that story
    'second-item-merged',
  ]),
  articleId: z.optional(z.string()),
  detail: z.string(),
  line: z.optional(z.int()),
});
export const droppedSchema = z.object({
  kind: z.enum([
    'duplicate-block',
    'banner',
    'orphan-heading',
    'unassigned-text',
    /** Page furniture: the running head (date, 版次, page name, paper), e-paper
     * navigation, the editors' line at the foot, and 本版导读 lists. */
    'page-header',
    'page-navigation',
    'page-footer',
    'page-guide',
    /** A picture a website export left in the text: its file name (1.png,
     * 微信图片_…), a placeholder (【图片】) or its caption (图为…, ▲…). */
    'picture',
    /** （下转第2版） / （上接第1版）: removed from the text, the parts joined across pages. */
    'jump-marker',
    // a website's publication line (date, 来源, 作者) under a headline
    'publication-line',
    // 责编：X / 编辑：X under a story: not a byline role
    'editor-credit',
    // （完）
    'end-mark',
  ]),
  text: z.string(),
  line: z.int(),
  articleId: z.optional(z.string()),
  reason: z.string(),
});
export const pageReportSchema = z.object({
  file: z.string(),
  encoding: z.string(),
  lines: z.int(),
  articles: z.array(z.string()),
  banner: z.array(z.string()),
  orphanHeadings: z.array(z.string()),
  repairs: z.array(repairSchema),
  dropped: z.array(droppedSchema),
  warnings: z.array(z.string()),
  error: z.optional(z.string()),
  /** What the page's header lines said (date, 版次, page name, paper), when it had any. */
  header: z.optional(pageMetaSchema),
  /** The page's metadata as used for its articles: pages.json first, then the header. */
  page: z.optional(
    z.object({
      date: z.optional(z.string()),
      dateSource: z.optional(dateSourceSchema),
      number: z.optional(z.int()),
      name: z.optional(z.string()),
      paper: z.optional(z.string()),
    }),
  ),
});
export type PageReport = z.infer<typeof pageReportSchema>;
export type Repair = z.infer<typeof repairSchema>;
export type Dropped = z.infer<typeof droppedSchema>;

const pageCounts = z.object({
  /** Not in the previous build. */
  new: z.int(),
  /** Different bytes (or pages.json entry) than in the previous build. */
  changed: z.int(),
  /** In the previous build, gone now: their articles are gone too. */
  removed: z.int(),
  /** Same bytes, parsed again because the pipeline, data files or banners changed. */
  reparsed: z.int(),
  /** Unchanged: their previous results were reused. */
  reused: z.int(),
  /** Of the pages that needed a result: found in the page cache. */
  fromCache: z.int(),
  /** Parsed by this build. */
  parsed: z.int(),
});

export const buildInfoSchema = z.object({
  mode: z.enum(['incremental', 'full']),
  /** Why the build was full, or why pages were parsed again. */
  reasons: z.array(z.string()),
  pages: pageCounts,
  /** Cache entries found damaged or written by something else: parsed again, never trusted. */
  cacheRejected: z.int(),
  /** Corpus-wide decisions, made again on every build over all pages. */
  corpus: z.object({
    banners: z.object({
      detected: z.array(z.string()),
      added: z.array(z.string()),
      removed: z.array(z.string()),
    }),
    /** Stories whose id had to be made distinct (another story in the corpus had it first). */
    duplicateIds: z.int(),
    /**
     * Stories continued on another page: issues whose pages carry jump markers,
     * and those joined again by this build (a page of theirs is new, changed or
     * gone; the others keep the joins the previous build made).
     */
    joins: z.object({ issues: z.int(), joinedAgain: z.int() }),
  }),
  segments: z.object({ total: z.int(), reused: z.int(), written: z.int() }),
  /** What changed on disk: the files a CDN must upload. */
  changed: z.object({ files: z.int(), bytes: z.number() }),
  /** Milliseconds per phase. */
  timings: z.record(z.string(), z.number()),
});
export type BuildInfo = z.infer<typeof buildInfoSchema>;

export const ingestReportSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  generatedAt: z.string(),
  input: z.string(),
  /** Problems with the input as a whole (e.g. a bad pages.json), not with one page. */
  warnings: z.array(z.string()),
  pages: z.array(pageReportSchema),
  totals: z.object({
    pages: z.int(),
    failedPages: z.int(),
    articles: z.int(),
    repairs: z.int(),
    dropped: z.int(),
    warnings: z.int(),
  }),
  /** How this build was made (incremental ingest; docs/decisions/0013-daily-updates.md). */
  build: z.optional(buildInfoSchema),
});
export type IngestReport = z.infer<typeof ingestReportSchema>;
