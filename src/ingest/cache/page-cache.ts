/**
 * The page cache: one file per page parse result (articles and page report,
 * before any corpus-wide step), keyed by everything the result depends on —
 * the page's bytes, file name and pages.json entry, the pipeline's code, the
 * data files and the detected banners (pageKey). Entries are checked on read
 * (checked-file.ts); a bad one is reported and the page parsed again.
 *
 * Layout: <cache dir>/pages/<first character of the key>/<key>.json (64 folders).
 * Default cache dir: node_modules/.cache/union-news-ingest (like other tools'
 * caches: outside anything published, gone with a clean install).
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageMeta } from '../../shared/schema';
import { readChecked, writeChecked } from './checked-file';
import { digest } from './fingerprint';

const KIND = 'union-news page result';
/** Bump when the entry's body format changes (the code fingerprint covers the parser). */
const FORMAT = 2;
const PRUNE_EVERY_MS = 24 * 3600_000;

export const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL('../../../node_modules/.cache/union-news-ingest/', import.meta.url),
);

export interface PageKeyParts {
  code: string;
  data: string;
  banners: string;
  file: string;
  meta: PageMeta | undefined;
  bytes: string;
}

export function pageKey(p: PageKeyParts): string {
  return digest(
    String(FORMAT),
    p.code,
    p.data,
    p.banners,
    p.file,
    JSON.stringify(p.meta ?? null),
    p.bytes,
  );
}

/** A hit is the entry's body: the page result's JSON, checked against its header. */
export type CacheLookup = { hit: true; json: string } | { hit: false; rejected: string | null };

export class PageCache {
  private readonly dir: string;

  constructor(root: string) {
    this.dir = join(root, 'pages');
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 1), `${key}.json`);
  }

  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  get(key: string): CacheLookup {
    const read = readChecked(this.path(key), KIND, FORMAT, key);
    return read.ok ? { hit: true, json: read.body } : { hit: false, rejected: read.problem };
  }

  /** `json` is JSON.stringify(result), which the caller already has (as text or UTF-8). */
  put(key: string, json: string | Uint8Array): void {
    writeChecked(this.path(key), KIND, FORMAT, key, json, false);
  }

  /**
   * Drops entries this build did not use that are older than `maxAgeMs`, so
   * the cache does not grow without bound while another checkout or output
   * sharing it keeps its recent entries. Lists the cache at most once a day
   * (at 100k pages the listing alone costs a build a third of a second).
   */
  prune(used: ReadonlySet<string>, maxAgeMs: number, now = Date.now()): number {
    if (!existsSync(this.dir)) return 0;
    const mark = join(this.dir, '..', 'pruned-at');
    if (existsSync(mark) && now - statSync(mark).mtimeMs < PRUNE_EVERY_MS) return 0;
    let removed = 0;
    for (const sub of readdirSync(this.dir)) {
      for (const name of readdirSync(join(this.dir, sub))) {
        const key = name.replace(/\.json$/, '');
        if (used.has(key)) continue;
        const path = join(this.dir, sub, name);
        try {
          if (now - statSync(path).mtimeMs > maxAgeMs) {
            rmSync(path, { force: true });
            removed++;
          }
        } catch {
          // removed meanwhile by another build
        }
      }
    }
    writeFileSync(mark, new Date(now).toISOString());
    return removed;
  }
}
