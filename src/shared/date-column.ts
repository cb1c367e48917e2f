/**
 * The publication date of every article as a compact column (bundle family
 * `dates-<hash>/dates.bin`), for the timeline, the date filter and date order.
 *
 * File: 'UND1', u32 first corpus position, u32 article count, then per article
 * a varint: 0 = undated, else zigzag(day − previous day) + 1, where days count
 * from 1970-01-01 and "previous" is the last dated article before it in the
 * file (0 at its start). Pages come in date order, so nearly every value is
 * 1 (same day as the one before): well under a byte per article once gzipped.
 * A file covers one range of positions, so the column can be written per
 * segment of the archive. Pure; Node and browser.
 */
import { ByteReader, ByteWriter } from './varint';

/** No date (in decoded day arrays; the same as periods.ts NO_DAY). */
const NO_DAY = -1;

const MAGIC = [0x55, 0x4e, 0x44, 0x31]; // UND1

export interface DateColumnPart {
  /** Corpus position of the first article in this part. */
  start: number;
  /** Day number per article of the part, NO_DAY when undated. */
  days: Int32Array;
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

export function encodeDateColumn(start: number, days: ArrayLike<number>): Uint8Array {
  const w = new ByteWriter(16 + days.length);
  for (const b of MAGIC) w.byte(b);
  w.u32(start);
  w.u32(days.length);
  let prev = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    if (day === NO_DAY) {
      w.varint(0);
      continue;
    }
    w.varint(zigzag(day - prev) + 1);
    prev = day;
  }
  return w.result();
}

export function decodeDateColumn(bytes: Uint8Array): DateColumnPart {
  const r = new ByteReader(bytes);
  const magic = r.take(4);
  if (MAGIC.some((b, i) => magic[i] !== b)) throw new Error('not a date column (bad magic)');
  const start = r.u32();
  const n = r.u32();
  const days = new Int32Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const v = r.varint();
    if (v === 0) {
      days[i] = NO_DAY;
      continue;
    }
    prev += unzigzag(v - 1);
    days[i] = prev;
  }
  if (!r.done) throw new Error('date column has bytes after its last article');
  return { start, days };
}
