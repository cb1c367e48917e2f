/**
 * Re-save a seed page the ways real exports differ, to check the ingest reads
 * them all the same. Which lines are column-break pieces is decided from the
 * hand-checked fixtures, not from the parser under test.
 */
import iconv from 'iconv-lite';
import type { ExpectedPage } from './seed-fixtures';

const FULL_TO_HALF: Record<string, string> = {
  '，': ',',
  '。': '.',
  '：': ':',
  '；': ';',
  '！': '!',
  '？': '?',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
};

export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

export function crlfWithBom(text: string): Uint8Array {
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'),
    ]),
  );
}

export function gb18030(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

export function halfWidth(text: string): string {
  return text.replace(/[，。：；！？（）“”‘’]/g, (c) => FULL_TO_HALF[c] ?? c);
}

/** Paragraphs separated by single line breaks instead of blank lines. */
export function singleLineBreaks(text: string): string {
  return text.replace(/\n[ \t]*(\n[ \t]*)+/g, '\n');
}

const endsSentence = (s: string) => /[。！？][”’）]*$/.test(s);

/**
 * Undo the printed column breaks (pieces the fixtures show as one paragraph)
 * and cut long lines at other places, after a non-final character, with a
 * varying number of blank lines.
 */
export function movedColumnBreaks(text: string, expected: ExpectedPage): string {
  const paragraphs = expected.articles.flatMap((a) => a.paragraphs);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    while (
      i + 1 < lines.length &&
      !endsSentence(line) &&
      isBrokenPair(line, lines[i + 1]!.trim(), paragraphs)
    ) {
      line += lines[++i]!.trim();
    }
    joined.push(line);
  }
  return joined.map((line, i) => cutAtNewPlace(line, i)).join('\n\n') + '\n';
}

function isBrokenPair(a: string, b: string, paragraphs: string[]): boolean {
  const body = a.replace(/^本报讯（[^）]*）\s*/, '');
  return paragraphs.some((p) => p.includes(body + b));
}

function cutAtNewPlace(line: string, seed: number): string {
  if (line.length < 60) return line;
  // Never cut inside a lead's dateline and credit: 本报讯（记者 X）
  const min = line.startsWith('本报讯') ? line.indexOf('）') + 8 : 10;
  let at = Math.max(min, Math.floor(line.length * (0.3 + ((seed * 7) % 5) / 10)));
  while (at < line.length - 5 && (/[。！？”’）]/.test(line[at - 1]!) || /[”’）]/.test(line[at]!)))
    at++;
  if (at >= line.length - 5) return line;
  const gap = '\n'.repeat(1 + (seed % 3));
  return `${line.slice(0, at)}\n${gap}${line.slice(at)}`;
}
