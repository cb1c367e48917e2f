import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  archiveManifestSchema,
  articleBucketPath,
  articleBucketSchema,
  FACET_FILES,
  idShardPath,
  idShardSchema,
  listChunkPath,
  listChunkSchema,
  searchShardPath,
  unionsFileSchema,
} from '../../src/shared/archive-bundle';
import { decodeFacetColumn } from '../../src/shared/facet-index';
import { decodeShard } from '../../src/shared/search-index';
import { runQuery, shardsForTerms, type ShardEntries } from '../../src/shared/search-match';
import { parseQuery } from '../../src/shared/search-query';
import { loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import { runIngest } from '../../src/ingest/pipeline/run-ingest';
import { extract } from './ingest-context';
import { expectedFor, SEEDS_DIR, seedFiles } from './seed-fixtures';

const output = mkdtempSync(join(tmpdir(), 'bundle-v2-'));
const { articles } = await runIngest({
  input: SEEDS_DIR,
  output,
  taxonomy: loadEventTaxonomy(),
  extract,
  bannersFile: join(import.meta.dirname, '../../data/banners.json'),
});
const read = (path: string) => readFileSync(join(output, path));
const manifest = archiveManifestSchema.parse(JSON.parse(read('manifest.json').toString()));

const shardsRead: string[] = [];
function search(query: string): string[] {
  const terms = parseQuery(query);
  const segments = manifest.search.segments.map((seg) => {
    // Only the shards the query's characters live in are read.
    const shards = new Map<number, ShardEntries>(
      shardsForTerms(terms, seg.shards).map((n) => {
        shardsRead.push(searchShardPath(seg, n));
        return [n, decodeShard(read(searchShardPath(seg, n)))];
      }),
    );
    return { ...seg, shardCount: seg.shards, shard: (n: number) => shards.get(n) };
  });
  return [...runQuery(segments, terms).matches].map((i) => articles[i]!.title);
}

describe('archive bundle (v2) written from the seed pages', () => {
  it('lists every article once, in corpus order, in list chunks', () => {
    const rows = Array.from({ length: manifest.list.chunks }, (_, n) =>
      listChunkSchema.parse(JSON.parse(read(listChunkPath(manifest, n)).toString())),
    ).flat();
    expect(rows.map((r) => r.id)).toEqual(articles.map((a) => a.id));
    expect(rows[0]?.excerpt).toBe(articles[0]?.paragraphs.join('').slice(0, 60));
  });

  it('finds each article through the id directory, in the bucket of its corpus position', () => {
    for (const [index, article] of articles.entries()) {
      const ids = idShardSchema.parse(
        JSON.parse(read(idShardPath(manifest, article.id)).toString()),
      );
      expect(ids[article.id]).toBe(index);
      const bucket = articleBucketSchema.parse(
        JSON.parse(read(articleBucketPath(manifest, index)).toString()),
      );
      expect(bucket[article.id]).toEqual({ ...article, index });
    }
  });

  it('stores facet columns whose counts agree with the manifest and the articles', () => {
    const district = decodeFacetColumn(read(`${manifest.facetIndex.dir}/${FACET_FILES.district}`));
    const values = manifest.facets.district.values;
    const perArticle = articles.map((_, i) =>
      [...district.values.subarray(district.offsets[i], district.offsets[i + 1])]
        .map((id) => values[id])
        .sort(),
    );
    expect(perArticle).toEqual(articles.map((a) => [...a.districts].sort()));
    expect(manifest.facets.district.counts[values.indexOf('朝阳区')]).toBe(
      articles.filter((a) => a.districts.includes('朝阳区')).length,
    );
    const unions = unionsFileSchema.parse(
      JSON.parse(read(`${manifest.facetIndex.dir}/unions.json`).toString()),
    );
    const expectedCount = seedFiles()
      .flatMap((f) => expectedFor(f).articles)
      .filter((a) => a.unions.includes('北京市总工会')).length;
    expect(unions.find((u) => u.name === '北京市总工会')).toMatchObject({
      level: 'municipal',
      count: expectedCount,
    });
  });

  it('answers Chinese queries from only the shards their characters live in', () => {
    shardsRead.length = 0;
    expect(search('知识竞赛')).toEqual(['大兴区职工知识竞赛决赛开赛']);
    // 4 characters and 3 links: at most 7 shards.
    expect(new Set(shardsRead).size).toBeLessThanOrEqual(7);
    expect(search('门头沟')).toEqual(['全国总工会赴门头沟调研“县级工会加强年”专项工作']);
    expect(search('送温暖')).toEqual(['天桥街道总工会2000余份礼包送职工']);
    expect(search('12351')).toEqual(['天桥街道总工会2000余份礼包送职工']);
    // Matching agrees with a plain substring scan of the text (search-exactness.test.ts has hundreds more).
    for (const q of ['总工会', '产改', '职工志愿', '劳模', '奖', '会']) {
      const scan = articles
        .filter((a) => [...a.headlines, ...a.paragraphs].some((t) => t.includes(q)))
        .map((a) => a.title);
      expect(search(q)).toEqual(scan);
    }
  });

  it('names every family folder by the hash of its content and removes stale ones on rebuild', async () => {
    const before = readdirSync(output).sort();
    await runIngest({
      input: SEEDS_DIR,
      output,
      taxonomy: loadEventTaxonomy(),
      extract,
      bannersFile: join(import.meta.dirname, '../../data/banners.json'),
    });
    expect(readdirSync(output).sort()).toEqual(before);
    expect(
      before.filter((n) => /^(list|articles|ids|facets|search)-[0-9a-f]{10}$/.test(n)),
    ).toHaveLength(5);
  });
});
