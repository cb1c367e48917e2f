/**
 * Page banners (a slogan printed across the top of many pages) are no story's
 * headline. Known ones live in data/banners.json; any other first line that
 * opens at least two pages and 5% of the corpus is treated as a banner too.
 */
import { openSync, readSync, closeSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { decodePage } from '../normalize/decode';
import { endsSentence, normalizePage } from '../normalize/punctuation';
import { parseLead } from '../segment/leads';
import { readFurniture } from '../segment/furniture';

const HEAD_BYTES = 4096;
const MIN_BANNER_SHARE = 0.05;

export function loadKnownBanners(path: string): string[] {
  return z.array(z.string()).parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Reads only the head of each file, so this pre-pass stays cheap on large corpora. */
export function detectBanners(paths: string[], known: string[]): Set<string> {
  return bannersFrom(paths.map(firstLine), known);
}

/** The banners among pages' first lines (null: an unreadable page); the ingest caches first lines. */
export function bannersFrom(firstLines: readonly (string | null)[], known: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const first of firstLines) if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  // Recurring headlines also open pages now and then; a banner opens a real
  // share of them (seeds: every page).
  const minPages = Math.max(2, Math.ceil(firstLines.length * MIN_BANNER_SHARE));
  const banners = new Set(known);
  for (const [line, n] of counts) if (n >= minPages) banners.add(line);
  return banners;
}

function firstLine(path: string): string | null {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return firstLineOf(buffer.subarray(0, n));
  } catch {
    return null; // unreadable pages are reported by the main pass
  } finally {
    closeSync(fd);
  }
}

/**
 * The page's first line of content, from its bytes (only the head is looked
 * at): a banner printed under the running head is still the page's first line
 * of content; a lead or a finished sentence there is a story, never a banner.
 */
export function firstLineOf(bytes: Uint8Array): string | null {
  try {
    const head = bytes.subarray(0, HEAD_BYTES);
    // Cut after the last line feed so a multi-byte character split at the
    // buffer's end can't make valid UTF-8 look like GB18030.
    const cut = bytes.length < HEAD_BYTES ? head.length : head.lastIndexOf(0x0a) + 1;
    const { text } = decodePage(head.subarray(0, cut));
    const first = readFurniture(normalizePage(text).lines).lines[0]?.text;
    return first && !parseLead(first) && !endsSentence(first) ? first : null;
  } catch {
    return null; // undecodable pages are reported by the main pass
  }
}
