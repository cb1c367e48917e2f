/**
 * A big JSON file (articles.json, report.json) written as a sequence of pieces:
 * new text, or byte ranges of the same file in the previous build, copied
 * without parsing or serialising them again. Adjacent ranges are copied in one
 * go; a run that starts the file is copied by the kernel (copyFileSync, then
 * truncate) — the common case when a day's pages are appended at the end.
 */
import {
  closeSync,
  constants,
  copyFileSync,
  ftruncateSync,
  fstatSync,
  openSync,
  readSync,
  renameSync,
  writeSync,
} from 'node:fs';
import type { ByteRange } from '../cache/build-record';

const COPY_CHUNK = 8 * 1024 * 1024;

export class AssembledFile {
  private fd: number | null = null;
  private previousFd: number | null = null;
  /** Bytes written so far, counting copies not yet carried out. */
  offset = 0;
  /** Bytes of the previous file still to copy. */
  private pending: ByteRange | null = null;
  /** Length of the run of the previous file this one starts with (copied or recycled). */
  startRun = 0;

  constructor(
    private readonly path: string,
    /** The previous build's file, whose ranges copy() takes. */
    private readonly previous: string | null,
    /**
     * An older file whose first `bytes` equal the previous file's, which this
     * build may take over (rename, cut, append): see recycle-articles.ts.
     */
    private readonly recycled: { path: string; bytes: number } | null = null,
  ) {}

  /** Appends text; returns where it landed. */
  text(text: string): ByteRange {
    this.flush();
    const offset = this.offset;
    const length = writeSync(this.fd!, text);
    this.offset += length;
    return { offset, length };
  }

  /** Appends bytes of the previous file; returns where they landed. */
  copy(range: ByteRange): ByteRange {
    if (!this.previous) throw new Error(`${this.path}: no previous file to copy from`);
    const offset = this.offset;
    if (this.pending && this.pending.offset + this.pending.length === range.offset) {
      this.pending.length += range.length;
    } else {
      // Nothing pending and nothing written yet: the file is not opened, so a
      // run that starts it can still be copied by the kernel.
      if (this.pending || this.fd !== null) this.flush();
      this.pending = { ...range };
    }
    this.offset += range.length;
    return { offset, length: range.length };
  }

  /** Closes the file; returns its length. */
  close(): number {
    this.flush();
    closeSync(this.fd!);
    if (this.previousFd !== null) closeSync(this.previousFd);
    return this.offset;
  }

  private flush(): void {
    const range = this.pending;
    this.pending = null;
    if (this.fd === null) {
      if (range && range.offset === 0 && this.previous) {
        this.startRun = range.length;
        const kept = this.recycled ? Math.min(this.recycled.bytes, range.length) : 0;
        if (kept > 0) {
          // The older file holds the run's first `kept` bytes: keep those, copy the rest.
          renameSync(this.recycled!.path, this.path);
          this.cut(kept);
          this.fd = openSync(this.path, 'a');
          this.copyRange({ offset: kept, length: range.length - kept });
          return;
        }
        // A reflink where the filesystem has them (btrfs, XFS): no bytes copied at all.
        copyFileSync(this.previous, this.path, constants.COPYFILE_FICLONE);
        this.cut(range.length);
        this.fd = openSync(this.path, 'a');
        return;
      }
      this.fd = openSync(this.path, 'w');
    }
    if (range) this.copyRange(range);
  }

  /** Cuts the file at `length`; it must be at least that long. */
  private cut(length: number): void {
    const fd = openSync(this.path, 'r+');
    try {
      if (fstatSync(fd).size < length) this.short();
      ftruncateSync(fd, length);
    } finally {
      closeSync(fd);
    }
  }

  private copyRange(range: ByteRange): void {
    if (range.length === 0) return;
    this.previousFd ??= openSync(this.previous!, 'r');
    const buffer = Buffer.allocUnsafe(Math.min(COPY_CHUNK, Math.max(1, range.length)));
    for (let done = 0; done < range.length;) {
      const want = Math.min(buffer.length, range.length - done);
      const n = readSync(this.previousFd, buffer, 0, want, range.offset + done);
      if (n === 0) this.short();
      writeSync(this.fd!, buffer, 0, n);
      done += n;
    }
  }

  private short(): never {
    throw new Error(`${this.previous}: shorter than its build record says`);
  }
}
