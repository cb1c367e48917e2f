/**
 * File sizes as served: bytes on disk and gzip -9 of each file on its own
 * (a static host compresses per file, so the sum of per-file gzip sizes is
 * what crosses the wire). Files already gzipped (Pagefind's pf_* files and
 * wasm) are served as they are, so their "gzip" size is their disk size.
 */
import { familyOfFolder } from '../src/ingest/bundle/family-folder';
import {
  closeSync,
  createReadStream,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip, gzipSync } from 'node:zlib';

export interface KindSize {
  kind: string;
  files: number;
  bytes: number;
  gzipBytes: number;
}

const STREAM_ABOVE = 8 * 1024 * 1024;

/** gzip -9 size of one file; big files are streamed so a 200 MB articles.json is fine. */
export async function gzipSize(path: string): Promise<number> {
  const size = statSync(path).size;
  if (isGzip(path)) return size;
  if (size < STREAM_ABOVE)
    return gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }).length;
  let n = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      n += chunk.length;
      done();
    },
  });
  await pipeline(
    createReadStream(path),
    createGzip({ level: constants.Z_BEST_COMPRESSION }),
    counter,
  );
  return n;
}

function isGzip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

/** Sizes of every file under `dir`, grouped by `kindOf` (files it returns null for are skipped). */
export async function sizesByKind(
  dir: string,
  kindOf: (relPath: string) => string | null,
  order: string[],
): Promise<KindSize[]> {
  const kinds = new Map<string, KindSize>(
    order.map((k) => [k, { kind: k, files: 0, bytes: 0, gzipBytes: 0 }]),
  );
  for (const path of walk(dir)) {
    const kind = kindOf(relative(dir, path));
    if (kind === null) continue;
    const entry = kinds.get(kind) ?? { kind, files: 0, bytes: 0, gzipBytes: 0 };
    entry.files++;
    entry.bytes += statSync(path).size;
    entry.gzipBytes += await gzipSize(path);
    kinds.set(kind, entry);
  }
  return [...kinds.values()];
}

/**
 * Our bundle, by family, for either layout the ingest has written: v2
 * (src/shared/archive-bundle.ts: manifest.json plus list-, articles-, ids-,
 * facets- and search-<hash>/ folders, list, articles and search one per segment) or v1 (summaries/search/
 * bodies-N.<hash>.json). articles.json and report.json are downloads for
 * people and tools, not app data.
 */
export function ourKind(rel: string): string | null {
  const [top = rel] = rel.split(/[\\/]/);
  if (top !== rel) return familyOfFolder(top); // a v2 family folder
  if (rel === 'manifest.json') return 'manifest';
  if (rel === 'articles.json' || rel === 'report.json') return rel;
  const v1 = /^(summaries|search|bodies)(-\d+)?\.[0-9a-f]{10}\.json$/.exec(rel);
  return v1 ? v1[1]! : 'other';
}
export const OUR_KINDS = [
  'manifest',
  'list',
  'ids',
  'facets',
  'search',
  'articles',
  'dates',
  'issues',
  'summaries',
  'bodies',
  'other',
  'articles.json',
  'report.json',
];
export const OUR_DOWNLOADS = ['articles.json', 'report.json'];

/**
 * Pagefind's output: the search index proper (entry, pf_meta, pf_index), the
 * filter index, per-result fragments (title, excerpt, full content), and the
 * runtime (pagefind.js, worker, wasm). Its UI widgets are left out: our app
 * draws its own UI, and we don't count our app's code either.
 */
export function pagefindKind(rel: string): string | null {
  if (rel === 'pagefind-entry.json' || rel.endsWith('.pf_meta')) return 'meta';
  if (rel.endsWith('.pf_index')) return 'index';
  if (rel.endsWith('.pf_filter')) return 'filters';
  if (rel.endsWith('.pf_fragment')) return 'fragments';
  if (/^(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(rel)) return 'runtime';
  return null;
}
export const PAGEFIND_KINDS = ['meta', 'index', 'filters', 'fragments', 'runtime'];

export function total(
  sizes: KindSize[],
  kinds: string[],
  exclude = false,
): { files: number; bytes: number; gzipBytes: number } {
  const picked = sizes.filter((s) => kinds.includes(s.kind) !== exclude);
  return {
    files: picked.reduce((n, s) => n + s.files, 0),
    bytes: picked.reduce((n, s) => n + s.bytes, 0),
    gzipBytes: picked.reduce((n, s) => n + s.gzipBytes, 0),
  };
}
