import { describe, expect, it } from 'vitest';
import { expectedFor, readSeed, seedFiles, structureOf } from './seed-fixtures';
import { runPage } from './ingest-context';
import {
  crlfWithBom,
  gb18030,
  halfWidth,
  movedColumnBreaks,
  singleLineBreaks,
  utf8,
} from './page-variants';

const variants: [string, (text: string, file: string) => Uint8Array][] = [
  ['CRLF line endings with a UTF-8 BOM', (t) => crlfWithBom(t)],
  ['GB18030', (t) => gb18030(t)],
  ['half-width punctuation', (t) => utf8(halfWidth(t))],
  ['single line breaks between paragraphs', (t) => utf8(singleLineBreaks(t))],
  ['column breaks in other places', (t, f) => utf8(movedColumnBreaks(t, expectedFor(f)))],
  [
    'all of the above at once',
    (t, f) =>
      gb18030(
        singleLineBreaks(halfWidth(movedColumnBreaks(t, expectedFor(f)))).replace(/\n/g, '\r\n'),
      ),
  ],
];

describe.each(seedFiles())('seed page %s saved differently', (file) => {
  const original = runPage(file, utf8(readSeed(file)));
  const expected = expectedFor(file).articles.map(structureOf);

  it.each(variants)('yields the same articles when saved with %s', (_name, variant) => {
    const { articles } = runPage(file, variant(readSeed(file), file));
    expect(articles.map(structureOf)).toEqual(expected);
    expect(articles.map((a) => [a.id, a.districts, a.unions])).toEqual(
      original.articles.map((a) => [a.id, a.districts, a.unions]),
    );
  });
});
