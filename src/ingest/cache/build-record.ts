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
import type { PageMeta } from '../../shared/schema';
import type { PageSummary } from '../pipeline/prepare-page';
import { readChecked, writeChecked } from './checked-file';

const KIND = 'union-news build record';
const FORMAT = 2;

export interface ByteRange {
  offset: number;
  length: number;
}

export interface PageRecord {
  file: string;
  /** The page's pages.json entry, if any. */
  meta: PageMeta | null;
  /** Stat of the page when it was hashed: unchanged stat, unchanged bytes (see fingerprintPages). */
  stat: { size: number; mtimeMs: number; ctimeMs: number; ino: number };
  bytes: string;
  firstLine: string | null;
  key: string;
  summary: PageSummary;
  /** Key of the page's final report text (its key and the corpus-wide changes to it), and where it is in report.json. */
  reportKey: string;
  report: ByteRange;
}

export interface SegmentRecord {
  key: string;
  dirs: Record<string, string>;
  /** The segment's articles in articles.json, with the separator before it. */
  articlesJson: ByteRange;
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
  /** The folders of the families built whole (facets, ids, search). */
  whole: Record<string, string>;
  /** Every family folder in the build (live and carried), with its size. */
  folders: Record<string, { files: number; bytes: number }>;
  /** Folders of earlier builds carried for readers of their manifests, and since when they are not live. */
  retained: { dir: string; since: number }[];
  articlesJsonBytes: number;
  reportBytes: number;
}

export const recordPath = (builds: string, id: string) => join(builds, `${id}.record`);

export function writeRecord(builds: string, record: BuildRecord): void {
  writeChecked(
    recordPath(builds, record.id),
    KIND,
    FORMAT,
    record.id,
    JSON.stringify(record),
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
    return { record: JSON.parse(read.body) as BuildRecord };
  } catch {
    return { problem: 'not JSON' };
  }
}
