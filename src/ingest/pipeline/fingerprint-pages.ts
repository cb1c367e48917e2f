/**
 * Each page's bytes hash and first line (for banner detection), before any
 * page is parsed: the banners are part of every page's cache key. A page whose
 * size, times and inode are those the previous build recorded is not read
 * again — unless it was modified within two seconds of that build's start,
 * when a same-second edit could hide behind an unchanged time (as git does).
 */
import { readFileSync, statSync } from 'node:fs';
import type { PageRecord } from '../cache/build-record';
import { digest } from '../cache/fingerprint';
import { firstLineOf } from '../input/banners';
import type { PageRef } from '../input/list-pages';
import { PageFailure } from './prepare-page';

const RACY_MS = 2000;

export interface PageFingerprint {
  stat: PageRecord['stat'];
  bytes: string;
  firstLine: string | null;
  /** Read and hashed now (not taken from the previous build's record). */
  hashed: boolean;
}

export function fingerprintPage(
  page: PageRef,
  previous: PageRecord | undefined,
  previousStart: number,
): PageFingerprint {
  let stat;
  try {
    const s = statSync(page.path);
    stat = { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
  } catch (error) {
    throw new PageFailure(`${page.file}: cannot be read (${(error as Error).message}).`);
  }
  if (
    previous &&
    previous.stat.size === stat.size &&
    previous.stat.mtimeMs === stat.mtimeMs &&
    previous.stat.ctimeMs === stat.ctimeMs &&
    previous.stat.ino === stat.ino &&
    Math.max(stat.mtimeMs, stat.ctimeMs) < previousStart - RACY_MS
  ) {
    return { stat, bytes: previous.bytes, firstLine: previous.firstLine, hashed: false };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(page.path);
  } catch (error) {
    throw new PageFailure(`${page.file}: cannot be read (${(error as Error).message}).`);
  }
  return { stat, bytes: digest(bytes), firstLine: firstLineOf(bytes), hashed: true };
}
