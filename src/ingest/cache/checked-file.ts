/**
 * Files the ingest writes for itself (page cache entries, build records) carry
 * a one-line header: what they are, their format version, the key they were
 * written for, and the CRC-32 and length of the body that follows. A file that
 * was cut short, damaged, written by another version or for another key fails
 * the check and is treated as absent, never trusted.
 *
 * Build records are written to a temporary name and renamed into place; cache
 * entries, one per page and rewritten only with the same content, are written
 * in place: a half-written one (a killed build) fails its check like any
 * damaged one, and the page is parsed again.
 */
import { crc32 } from 'node:zlib';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

interface Header {
  kind: string;
  format: number;
  key: string;
  crc32: number;
  bytes: number;
}

export type CheckedRead = { ok: true; body: string } | { ok: false; problem: string | null };

/** Folders known to exist: a recursive mkdir per write costs more than the write. */
const made = new Set<string>();
let written = 0;

export function writeChecked(
  path: string,
  kind: string,
  format: number,
  key: string,
  body: string | Uint8Array,
  atomic: boolean,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const header: Header = { kind, format, key, crc32: crc32(bytes), bytes: bytes.length };
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  // Unique per process and thread: builds sharing a store never write the same temporary file.
  const tmp = atomic ? `${path}.${process.pid}-${threadId}-${written++}.tmp` : path;
  const data = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bytes]);
  try {
    try {
      writeFileSync(tmp, data);
    } catch (error) {
      // The folder was removed since (another build pruned it): make it again, once.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, data);
    }
    if (atomic) renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** `problem` is null when the file does not exist, else why it was refused. */
export function readChecked(path: string, kind: string, format: number, key: string): CheckedRead {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return { ok: false, problem: null };
  }
  const newline = data.indexOf(0x0a);
  let header: Partial<Header>;
  try {
    header = JSON.parse(data.subarray(0, newline < 0 ? data.length : newline).toString()) as Header;
  } catch {
    return { ok: false, problem: 'no header' };
  }
  if (header.kind !== kind) return { ok: false, problem: `not a ${kind}` };
  if (header.format !== format) return { ok: false, problem: `format ${header.format}` };
  if (header.key !== key) return { ok: false, problem: 'written for another key' };
  const body = data.subarray(newline + 1);
  if (body.length !== header.bytes) return { ok: false, problem: 'length differs' };
  if (crc32(body) !== header.crc32) return { ok: false, problem: 'checksum differs' };
  return { ok: true, body: body.toString() };
}
