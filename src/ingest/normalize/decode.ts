/**
 * Turn the raw bytes of a page file into text. Real exports come as UTF-8 with
 * or without BOM, UTF-16 with BOM, or GB18030/GBK (a superset decoder handles
 * both). Binary files are refused with a reason instead of producing mojibake.
 */
export type PageEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: PageEncoding;
}

export class PageDecodeError extends Error {}

export function decodePage(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  assertNotBinary(bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the other encoding Chinese exports use is GB18030 (a superset of GBK/GB2312).
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Text files have no NUL bytes and few C0 control characters; images and archives do. */
function assertNotBinary(bytes: Uint8Array): void {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0)
      throw new PageDecodeError('the file contains NUL bytes: it looks binary, not text');
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new PageDecodeError('the file is mostly control characters: it looks binary, not text');
  }
}
