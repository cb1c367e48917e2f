/**
 * The daily build's articles.json is the live one's with the last segment's
 * articles rewritten: at 100k, 268 MB of which all but a few MB are copied.
 * Copying costs seconds on a busy disk (no reflinks on ext4). The build before
 * the live one (its predecessor) is deleted at the start of every build, and
 * its articles.json shares a long first run with the live one's — the live
 * build copied that run from it. So the build takes that file over: renames
 * it into its staging folder, cuts it where the shared run ends and appends
 * the rest (assembled-file.ts).
 *
 * The file is taken only if it is the one the live build copied from: the
 * live build's record holds its size, times and inode as they were then (the
 * same trust in an unchanged stat as for pages, fingerprint-pages.ts), and it
 * has no other link (`npm run build` hard-links data files into dist/'s
 * builds; a linked file is never cut). Anything else: the live file is
 * copied as before. The file is taken before the predecessor's deletion
 * starts, to a name the deletion skips; a build that does not use it deletes it.
 */
import { renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildRecord } from '../cache/build-record';
import type { StorePaths } from './build-store';

export interface Recyclable {
  path: string;
  /** Its first `bytes` equal the live build's articles.json. */
  bytes: number;
}

/** Where a build keeps the predecessor's articles.json until it uses it. */
export const recyclePath = (paths: StorePaths, live: string | null) =>
  join(paths.builds, `${live}.recycle`);

export function takeRecyclable(
  paths: StorePaths,
  live: string,
  record: BuildRecord,
): Recyclable | null {
  const to = recyclePath(paths, live);
  // Left by a build that was killed: its stat no longer says anything.
  rmSync(to, { force: true });
  const base = record.articlesJsonBase;
  if (!base || base.build === live || base.build.includes('/')) return null;
  const from = join(paths.builds, base.build, 'articles.json');
  const s = statSync(from, { throwIfNoEntry: false });
  if (
    !s ||
    s.nlink !== 1 ||
    s.size !== base.stat.size ||
    s.mtimeMs !== base.stat.mtimeMs ||
    s.ctimeMs !== base.stat.ctimeMs ||
    s.ino !== base.stat.ino ||
    s.size < base.bytes
  )
    return null;
  try {
    renameSync(from, to);
  } catch {
    return null;
  }
  return { path: to, bytes: base.bytes };
}
