/**
 * What the ingest remembers about a published build, stored beside it in the
 * build store (<store>/builds/<id>.record, never inside the published folder):
 * every page's fingerprint and summary, where each segment's folders and each
 * page's report text are, and which older folders the build carries for
 * readers of older manifests. The next build compares against it to parse only
 * new and changed pages, reuse unchanged segments, and copy unchanged bytes of
 * articles.json and report.json instead of serialising them again.
 *
 * Checked like a cache entry (checked-file.ts): a damaged record means a full
 * build, never a wrong one.
 */
import { join } from 'node:path';
import type { HeadlineRole, UnionLevel } from '../../shared/schema';
import type { PageFacts } from '../input/list-pages';
import type { ArticleSummary, PageSummary, StorySummary } from '../pipeline/prepare-page';
import { readChecked, writeChecked } from './checked-file';

const KIND = 'union-news build record';
const FORMAT = 6;

export interface ByteRange {
  offset: number;
  length: number;
}

export interface PageRecord {
  file: string;
  /** The page's pages.json entry and what its path says, if any. */
  meta: PageFacts | null;
  /** Stat of the page when it was hashed: unchanged stat, unchanged bytes (see fingerprintPages). */
  stat: { size: number; mtimeMs: number; ctimeMs: number; ino: number };
  bytes: string;
  firstLine: string | null;
  key: string;
  /** After the corpus-wide join (join-continuations.ts) when `joinKey` is set. */
  summary: PageSummary;
  /** The key of the issue the page was joined with (its pages' keys), if it was. */
  joinKey?: string;
  /** Key of the page's final report text (its key and the corpus-wide changes to it), and where it is in report.json. */
  reportKey: string;
  report: ByteRange;
}

export interface SegmentRecord {
  key: string;
  dirs: Record<string, string>;
  /** Per family, what its manifest entries say besides the folder (search: shard count). */
  facts: Record<string, Record<string, number>>;
  /** The segment's articles in articles.json, with the separator before it. */
  articlesJson: ByteRange;
}

/** A search unit (a block of segments or one segment, bundle/search-units.ts): its manifest entry and key. */
export interface SearchUnitRecord {
  /** Over its segments' keys. */
  key: string;
  start: number;
  count: number;
  dir: string;
  shards: number;
}

export interface BuildRecord {
  id: string;
  /** When the build started hashing pages (a page modified after this is hashed again). */
  startedAt: number;
  publishedAt: number;
  input: string;
  /** Input-level warnings (pages.json problems): part of report.json. */
  warnings: string[];
  layoutKey: string;
  /** What every page key was made of, to say why pages were parsed again. */
  keys: { code: string; data: string; banners: string };
  banners: string[];
  pages: PageRecord[];
  segments: SegmentRecord[];
  search: SearchUnitRecord[];
  /** The folders of the families built whole (facets, ids, dates, issues). */
  whole: Record<string, string>;
  /** Every family folder in the build (live and carried), with its size. */
  folders: Record<string, { files: number; bytes: number }>;
  /** Folders of earlier builds carried for readers of their manifests, and since when they are not live. */
  retained: { dir: string; since: number }[];
  articlesJsonBytes: number;
  /**
   * This build's articles.json starts with `bytes` bytes equal to those of
   * build `build`'s (its predecessor), whose file had `stat` then: the next
   * build may take that file over instead of copying (recycle-articles.ts).
   */
  articlesJsonBase?: { build: string; bytes: number; stat: FileStat };
  reportBytes: number;
}

/** What says a file is the one seen before: size, times, inode (as for pages). */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export const recordPath = (builds: string, id: string) => join(builds, `${id}.record`);

/**
 * On disk, summaries are packed (at 100k articles the record is read and
 * written on every build): facet values by index into one string table, and
 * no titles (only a corpus-wide step that renames an article needs one, and
 * then reads it from the page).
 */
type PackedArticle = [
  id: string,
  hash: string,
  districts: number[],
  types: number[],
  unions: number[],
  /** Headlines, roles and kind (roles and kind as strings): dated articles only. */
  story?: [string[], number[], number] | 0,
  /** The article's own date, when it differs from its page's. */
  date?: string | null,
];
interface PackedSummary extends Omit<PageSummary, 'articles'> {
  articles: PackedArticle[];
}
interface PackedRecord extends Omit<BuildRecord, 'pages'> {
  strings: string[];
  pages: (Omit<PageRecord, 'summary'> & { summary: PackedSummary })[];
}

function pack(record: BuildRecord): PackedRecord {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const pages = record.pages.map((p) => {
    const { articles, ...counts } = p.summary;
    const packed: PackedArticle[] = articles.map((a) => {
      const row: PackedArticle = [
        a.id,
        a.hash,
        a.districts.map(at),
        a.eventTypes.map(at),
        a.unions.flatMap(([name, level]) => [at(name), at(level)]),
      ];
      if (a.story || a.date !== undefined)
        row.push(a.story ? [a.story.headlines, a.story.roles.map(at), at(a.story.kind)] : 0);
      if (a.date !== undefined) row.push(a.date);
      return row;
    });
    return { ...p, summary: { ...counts, articles: packed } };
  });
  return { ...record, strings, pages };
}

function unpack(packed: PackedRecord): BuildRecord {
  const s = packed.strings;
  const pages = packed.pages.map((p) => {
    const { articles, ...counts } = p.summary;
    const summary: PageSummary = {
      ...counts,
      articles: articles.map(([id, hash, d, t, u, story, date]) => {
        const unions: [string, UnionLevel][] = [];
        for (let i = 0; i < u.length; i += 2) unions.push([s[u[i]!]!, s[u[i + 1]!] as UnionLevel]);
        const article: ArticleSummary = {
          id,
          hash,
          districts: d.map((i) => s[i]!),
          eventTypes: t.map((i) => s[i]!),
          unions,
        };
        if (story) {
          const [headlines, roles, kind] = story;
          article.story = {
            headlines,
            roles: roles.map((i) => s[i] as HeadlineRole),
            kind: s[kind] as StorySummary['kind'],
          };
        }
        if (date !== undefined) article.date = date;
        return article;
      }),
    };
    return { ...p, summary };
  });
  const record: BuildRecord & { strings?: string[] } = { ...packed, pages };
  delete record.strings;
  return record;
}

export function writeRecord(builds: string, record: BuildRecord): void {
  writeChecked(
    recordPath(builds, record.id),
    KIND,
    FORMAT,
    record.id,
    JSON.stringify(pack(record)),
    true,
  );
}

/** The record of build `id`, or why it cannot be used. */
export function readRecord(
  builds: string,
  id: string,
): { record: BuildRecord } | { problem: string } {
  const read = readChecked(recordPath(builds, id), KIND, FORMAT, id);
  if (!read.ok) return { problem: read.problem ?? 'missing' };
  try {
    return { record: unpack(JSON.parse(read.body) as PackedRecord) };
  } catch {
    return { problem: 'not JSON' };
  }
}
