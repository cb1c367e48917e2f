import { describe, expect, it } from 'vitest';
import { SearchIndexBuilder } from '../../src/ingest/bundle/search-index-builder';
import { decodePostings } from '../../src/shared/search-shards';
import { tokenize } from '../../src/shared/tokenize';
import { expectedFor, seedFiles } from './seed-fixtures';

const texts = seedFiles()
  .flatMap((f) => expectedFor(f).articles)
  .map((a) => [...a.headlines, ...a.paragraphs]);

describe('search index builder', () => {
  const builder = new SearchIndexBuilder();
  texts.forEach((t, i) => builder.add(i, [...t, 'ＩＴ行业１２３５１平台']));
  const entries = new Map(
    [...builder.entries()].map(([token, bytes]) => [token, [...decodePostings(bytes)]]),
  );

  it('indexes exactly the tokens the shared query tokenizer cuts, full-width forms folded', () => {
    const expected = new Set(
      texts.flatMap((t) =>
        [...t, 'ＩＴ行业１２３５１平台'].flatMap((s) => tokenize(s.normalize('NFKC'))),
      ),
    );
    expect(new Set(entries.keys())).toEqual(expected);
    expect(entries.has('12351')).toBe(true);
    expect(entries.has('it')).toBe(true);
  });

  it('posts each article once per token, in corpus order', () => {
    const expected = texts.flatMap((t, i) => (t.some((s) => s.includes('门头沟')) ? [i] : []));
    expect(entries.get('头沟')).toEqual(expected);
    for (const postings of entries.values())
      expect(postings).toEqual([...new Set(postings)].sort((a, b) => a - b));
  });
});
