/**
 * Sorted integer lists (posting lists, facet value ids) as delta-encoded
 * LEB128 varints: small on disk, smaller gzipped, and decoded in one pass.
 * Pure; runs in Node (ingest) and the browser (app).
 */
export class ByteWriter {
  private buffer: Uint8Array;
  length = 0;

  /** Posting lists are mostly tiny, so the index builder starts them small. */
  constructor(initialSize = 256) {
    this.buffer = new Uint8Array(initialSize);
  }

  byte(b: number): void {
    if (this.length === this.buffer.length) {
      const bigger = new Uint8Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length++] = b;
  }

  varint(n: number): void {
    if (n < 0x80 && this.length < this.buffer.length) {
      this.buffer[this.length++] = n;
      return;
    }
    while (n >= 0x80) {
      this.byte((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    this.byte(n);
  }

  bytes(bs: Uint8Array): void {
    if (this.length + bs.length > this.buffer.length) {
      const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bs.length));
      bigger.set(this.buffer.subarray(0, this.length));
      this.buffer = bigger;
    }
    this.buffer.set(bs, this.length);
    this.length += bs.length;
  }

  u32(n: number): void {
    this.byte(n & 0xff);
    this.byte((n >>> 8) & 0xff);
    this.byte((n >>> 16) & 0xff);
    this.byte((n >>> 24) & 0xff);
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export class ByteReader {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  varint(): number {
    let n = 0;
    let shift = 0;
    for (;;) {
      if (this.offset >= this.bytes.length)
        throw new RangeError('varint runs past the end of the data');
      const b = this.bytes[this.offset++]!;
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
      shift += 7;
    }
  }

  u32(): number {
    const b = this.bytes;
    const o = this.offset;
    if (o + 4 > b.length) throw new RangeError('u32 runs past the end of the data');
    this.offset += 4;
    return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;
  }

  take(n: number): Uint8Array {
    if (this.offset + n > this.bytes.length)
      throw new RangeError('block runs past the end of the data');
    const out = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
}

/** Decode a delta-varint list written by PostingWriter. */
export function decodePostings(bytes: Uint8Array): Uint32Array {
  const reader = new ByteReader(bytes);
  const out: number[] = [];
  let last = 0;
  while (!reader.done) {
    last += reader.varint();
    out.push(last);
  }
  return Uint32Array.from(out);
}

/** Appends increasing integers as deltas (the first delta is from 0). */
export class PostingWriter {
  readonly writer = new ByteWriter(8);
  last = 0;
  count = 0;
  add(n: number): void {
    this.writer.varint(n - this.last);
    this.last = n;
    this.count++;
  }
}

/** Intersection of two sorted lists. */
export function intersectSorted(a: ArrayLike<number>, b: ArrayLike<number>): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}
