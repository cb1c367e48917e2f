/**
 * Writes bundle v2 (src/shared/archive-bundle.ts) while articles stream in,
 * so memory holds facet ids and posting lists, not every article's text:
 * list rows and articles.json are appended as they come, article buckets are
 * appended as JSON lines and closed at the end. Each family is written to a
 * temporary folder and renamed to <family>-<hash of its content>.
 */
import { createHash, type Hash } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  ARCHIVE_BUNDLE_VERSION,
  archiveManifestSchema,
  bucketOf,
  DATES_FILE,
  FACET_FILES,
  UNIONS_FILE,
  type ArchiveManifest,
  type ListRow,
  type UnionEntry,
} from '../../shared/archive-bundle';
import { encodeFacetColumn } from '../../shared/facet-index';
import {
  articleSchema,
  ingestReportSchema,
  type Article,
  type EventTaxonomy,
  type IngestReport,
  type UnionLevel,
} from '../../shared/schema';
import { SearchSegmentBuilder } from './search-index-builder';
import { DateColumnBuilder } from './date-column-builder';
import { IssueIndexBuilder } from './issue-index-builder';

/** A phone's first screen shows ~13 rows: 32 keeps the first view's data small. */
export const LIST_CHUNK_SIZE = 32;
/** Opening an article downloads its whole bucket (~0.8 KB gzipped per article in it). */
const ARTICLES_PER_BUCKET = 24;
const EXCERPT_CHARS = 60;
const BUCKET_FLUSH_CHARS = 16 * 1024;
const TOP_UNIONS = 12;
const FAMILY_DIR = /^(list|articles|facets|search|dates|issues)-([0-9a-f]{10}|tmp)$/;
const V1_FILE = /^(summaries|search|bodies-\d+)\.[0-9a-f]{10}\.json$/;

/** How big the files of each family are; tests' fixtures use tiny ones to get several files of each. */
export interface BundleLayout {
  listChunkSize: number;
  articlesPerBucket: number;
  /** Fixed shard count; by default it grows with the index. */
  shards?: number;
  /** Busiest unions listed in the manifest for the first view. */
  topUnions: number;
}

const DEFAULT_LAYOUT: BundleLayout = {
  listChunkSize: LIST_CHUNK_SIZE,
  articlesPerBucket: ARTICLES_PER_BUCKET,
  topUnions: TOP_UNIONS,
};

export interface BundleStats {
  files: number;
  totalBytes: number;
  families: Record<string, { files: number; bytes: number }>;
}

/** A family folder being written: files go to <name>-tmp and are hashed as they are written. */
export class Family {
  readonly tmp: string;
  private readonly hash: Hash = createHash('sha256');
  files = 0;
  bytes = 0;
  constructor(
    private readonly root: string,
    readonly name: string,
  ) {
    this.tmp = join(root, `${name}-tmp`);
    rmSync(this.tmp, { recursive: true, force: true });
    mkdirSync(this.tmp, { recursive: true });
  }
  write(file: string, content: string | Uint8Array): void {
    this.hash.update(file).update(content);
    writeFileSync(join(this.tmp, file), content);
    this.files++;
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }
  /** Renames the folder to its content hash and returns the new folder name. */
  seal(): string {
    const dir = `${this.name}-${this.hash.digest('hex').slice(0, 10)}`;
    rmSync(join(this.root, dir), { recursive: true, force: true });
    renameSync(this.tmp, join(this.root, dir));
    return dir;
  }
}

export class ArchiveBundleWriter {
  private count = 0;
  private readonly rows: ListRow[] = [];
  private readonly list: Family;
  private readonly articles: Family;
  private readonly search = new SearchSegmentBuilder(0);
  private readonly dates = new DateColumnBuilder();
  private readonly issues = new IssueIndexBuilder();
  private readonly districtIds = new Map<string, number>();
  private readonly districtCounts: number[] = [];
  private readonly typeIds: Map<string, number>;
  private readonly typeCounts: number[];
  private readonly unions = new Map<string, { id: number; level: UnionLevel; count: number }>();
  private readonly columns = {
    district: [] as number[][],
    type: [] as number[][],
    union: [] as number[][],
  };
  private readonly buckets: number;
  private readonly bucketFiles = new Set<number>();
  private readonly pending = new Map<number, string>();
  private readonly articlesJson: number;
  private articlesJsonBytes = 0;

  private readonly layout: BundleLayout;

  constructor(
    private readonly outDir: string,
    private readonly taxonomy: EventTaxonomy,
    expectedArticles: number,
    layout: Partial<BundleLayout> = {},
  ) {
    this.layout = { ...DEFAULT_LAYOUT, ...layout };
    mkdirSync(outDir, { recursive: true });
    for (const name of readdirSync(outDir)) {
      if (FAMILY_DIR.test(name) || V1_FILE.test(name))
        rmSync(join(outDir, name), { recursive: true, force: true });
    }
    this.list = new Family(outDir, 'list');
    this.articles = new Family(outDir, 'articles');
    this.buckets = Math.max(1, Math.ceil(expectedArticles / this.layout.articlesPerBucket));
    this.typeIds = new Map(taxonomy.types.map((t, i) => [t.id, i]));
    this.typeCounts = taxonomy.types.map(() => 0);
    this.articlesJson = openSync(join(outDir, 'articles.json'), 'w');
    this.writeArticlesJson('[\n');
  }

  add(article: Article): void {
    articleSchema.parse(article);
    const index = this.count++;
    const district = article.districts.map((d) =>
      this.idOf(this.districtIds, this.districtCounts, d),
    );
    const type = article.eventTypes.flatMap((t) => {
      const id = this.typeIds.get(t);
      if (id === undefined) return [];
      this.typeCounts[id]!++;
      return [id];
    });
    const union = article.unionRefs.map((u) => {
      let entry = this.unions.get(u.name);
      if (!entry)
        this.unions.set(u.name, (entry = { id: this.unions.size, level: u.level, count: 0 }));
      entry.count++;
      return entry.id;
    });
    this.columns.district.push(district);
    this.columns.type.push(type);
    this.columns.union.push(union);

    this.rows.push({
      id: article.id,
      title: article.title,
      kind: article.kind,
      truncated: article.truncated,
      source: article.origin.file,
      ...(article.date ? { date: article.date } : {}),
      district,
      type,
      excerpt: Array.from(article.paragraphs.join('')).slice(0, EXCERPT_CHARS).join(''),
    });
    if (this.rows.length === this.layout.listChunkSize) this.flushRows();

    const json = JSON.stringify(article);
    // The bucket record is the article plus its corpus position: splice it in rather than stringify twice.
    this.appendToBucket(
      bucketOf(article.id, this.buckets),
      `${JSON.stringify(article.id)}:${json.slice(0, -1)},"index":${index}}\n`,
    );
    this.search.add(index, article);
    this.dates.add(index, article.date);
    this.issues.add(index, article);
    this.writeArticlesJson(`${index > 0 ? ',\n' : ''}${json}`);
  }

  /** Bucket lines are buffered and appended in blocks: one write per article would dominate the ingest. */
  private appendToBucket(bucket: number, line: string): void {
    const pending = (this.pending.get(bucket) ?? '') + line;
    if (pending.length < BUCKET_FLUSH_CHARS) {
      this.pending.set(bucket, pending);
      return;
    }
    this.pending.delete(bucket);
    appendFileSync(join(this.articles.tmp, `${bucket}.jsonl`), pending);
    this.bucketFiles.add(bucket);
  }

  private flushBuckets(): void {
    for (const [bucket, pending] of this.pending) {
      appendFileSync(join(this.articles.tmp, `${bucket}.jsonl`), pending);
      this.bucketFiles.add(bucket);
    }
    this.pending.clear();
  }

  finish(report: IngestReport): BundleStats {
    this.flushRows();
    this.flushBuckets();
    this.writeArticlesJson('\n]\n');
    closeSync(this.articlesJson);
    // Every bucket exists, empty ones as {}: a missing file then always means a broken deploy.
    for (let bucket = 0; bucket < this.buckets; bucket++) {
      if (!this.bucketFiles.has(bucket)) {
        this.articles.write(`${bucket}.json`, '{}');
        continue;
      }
      const jsonl = join(this.articles.tmp, `${bucket}.jsonl`);
      // Lines are already `"id":{…}` members; joining them makes the bucket object.
      const members = readFileSync(jsonl, 'utf8').trimEnd().split('\n').join(',\n');
      rmSync(jsonl);
      this.articles.write(`${bucket}.json`, `{${members}}`);
    }

    const facets = new Family(this.outDir, 'facets');
    facets.write(FACET_FILES.district, encodeFacetColumn(this.columns.district));
    facets.write(FACET_FILES.type, encodeFacetColumn(this.columns.type));
    facets.write(FACET_FILES.union, encodeFacetColumn(this.columns.union));
    const unions: UnionEntry[] = [...this.unions].map(([name, u]) => ({
      name,
      level: u.level,
      count: u.count,
    }));
    facets.write(UNIONS_FILE, JSON.stringify(unions));

    // One search segment for the whole archive: a builder per position range would cut it into several.
    const search = new Family(this.outDir, 'search');
    const shards = this.layout.shards ?? this.search.shardCount();
    for (const { shard, bytes } of this.search.shards(shards)) search.write(`${shard}.bin`, bytes);
    const searchSegment = { start: 0, count: this.count, shards };

    const archive = this.writeArchiveFamilies();

    const manifest: ArchiveManifest = archiveManifestSchema.parse({
      version: ARCHIVE_BUNDLE_VERSION,
      generatedAt: report.generatedAt,
      articleCount: this.count,
      eventTypes: this.taxonomy.types.map((t) => ({ id: t.id, label: t.label })),
      facets: {
        district: { values: [...this.districtIds.keys()], counts: this.districtCounts },
        type: { values: this.taxonomy.types.map((t) => t.id), counts: this.typeCounts },
        union: {
          distinct: unions.length,
          top: [...unions].sort((a, b) => b.count - a.count).slice(0, this.layout.topUnions),
        },
      },
      list: {
        dir: this.list.seal(),
        chunkSize: this.layout.listChunkSize,
        chunks: Math.ceil(this.count / this.layout.listChunkSize),
      },
      articles: { dir: this.articles.seal(), buckets: this.buckets },
      facetIndex: { dir: facets.seal() },
      search: { segments: [{ ...searchSegment, dir: search.seal() }] },
      ...archive.manifest,
    });
    const manifestText = JSON.stringify(manifest);
    writeFileSync(join(this.outDir, 'manifest.json'), manifestText);
    const reportText = JSON.stringify(ingestReportSchema.parse(report), null, 1);
    writeFileSync(join(this.outDir, 'report.json'), reportText);

    const families = Object.fromEntries(
      [this.list, this.articles, facets, search, ...archive.families].map((f) => [
        f.name,
        { files: f.files, bytes: f.bytes },
      ]),
    );
    families['manifest.json'] = { files: 1, bytes: Buffer.byteLength(manifestText) };
    families['articles.json'] = { files: 1, bytes: this.articlesJsonBytes };
    families['report.json'] = { files: 1, bytes: Buffer.byteLength(reportText) };
    const all = Object.values(families);
    return {
      files: all.reduce((n, f) => n + f.files, 0),
      totalBytes: all.reduce((n, f) => n + f.bytes, 0),
      families,
    };
  }

  /** Dates and issues (the timeline, date order, the 版面 view): only when some article is dated. */
  private writeArchiveFamilies(): {
    manifest: Pick<ArchiveManifest, 'dates' | 'issues'>;
    families: Family[];
  } {
    const summary = this.dates.summary();
    if (!summary) return { manifest: {}, families: [] };
    const dates = new Family(this.outDir, 'dates');
    dates.write(DATES_FILE, this.dates.encode());
    const issues = new Family(this.outDir, 'issues');
    for (const { name, content } of this.issues.files()) issues.write(name, content);
    return {
      manifest: {
        dates: { ...summary, parts: [{ dir: dates.seal(), start: 0, count: this.dates.size }] },
        issues: { dir: issues.seal(), count: this.issues.count },
      },
      families: [dates, issues],
    };
  }

  private idOf(ids: Map<string, number>, counts: number[], value: string): number {
    let id = ids.get(value);
    if (id === undefined) {
      ids.set(value, (id = ids.size));
      counts.push(0);
    }
    counts[id]!++;
    return id;
  }

  private flushRows(): void {
    if (this.rows.length === 0) return;
    this.list.write(`${this.list.files}.json`, JSON.stringify(this.rows));
    this.rows.length = 0;
  }

  private writeArticlesJson(text: string): void {
    this.articlesJsonBytes += writeSync(this.articlesJson, text);
  }
}
