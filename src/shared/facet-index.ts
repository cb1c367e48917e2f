/**
 * Per-facet value ids of every article (bundle v2), so the app can count and
 * filter with typed arrays instead of objects. File: 'UNF1', u32 article
 * count, then per article (in corpus order) a varint count and that many
 * varint value ids. Decoded into CSR form: values of article i are
 * values[offsets[i] .. offsets[i + 1]).
 */
import { ByteReader, ByteWriter } from './varint';

const MAGIC = [0x55, 0x4e, 0x46, 0x31]; // UNF1

export interface FacetColumn {
  offsets: Uint32Array;
  values: Uint32Array;
}

export function encodeFacetColumn(perArticle: readonly (readonly number[])[]): Uint8Array {
  const w = new ByteWriter();
  for (const b of MAGIC) w.byte(b);
  w.u32(perArticle.length);
  for (const ids of perArticle) {
    w.varint(ids.length);
    for (const id of [...ids].sort((a, b) => a - b)) w.varint(id);
  }
  return w.result();
}

export function decodeFacetColumn(bytes: Uint8Array): FacetColumn {
  const r = new ByteReader(bytes);
  const magic = r.take(4);
  if (MAGIC.some((b, i) => magic[i] !== b)) throw new Error('not a facet index (bad magic)');
  const n = r.u32();
  const offsets = new Uint32Array(n + 1);
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const count = r.varint();
    for (let k = 0; k < count; k++) values.push(r.varint());
    offsets[i + 1] = values.length;
  }
  return { offsets, values: Uint32Array.from(values) };
}
