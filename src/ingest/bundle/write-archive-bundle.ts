/**
 * Writes a whole bundle (src/shared/archive-bundle.ts) from articles in corpus
 * order into a plain folder, with the same family writers the ingest's builds
 * use (segment-families.ts, whole-families.ts). For fixtures and tools; the
 * ingest itself builds through run-ingest.ts, which adds the page cache,
 * segment reuse and atomic publishing.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARCHIVE_BUNDLE_VERSION,
  archiveManifestSchema,
  bucketOf,
  type ArchiveManifest,
  type BundleSegment,
  type SearchSegment,
} from '../../shared/archive-bundle';
import {
  articleSchema,
  ingestReportSchema,
  type Article,
  type EventTaxonomy,
  type IngestReport,
} from '../../shared/schema';
import { ArchiveFamilies } from './archive-families';
import { idShardCount, layoutOf, type BundleLayout } from './bundle-layout';
import { FAMILY_DIR, FamilyFolder } from './family-folder';
import {
  SEGMENT_FAMILIES,
  viewOf,
  type FamilySegment,
  type PlacedArticle,
} from './segment-families';
import { SearchUnits } from './search-units';
import { FacetColumns, writeIdDirectory } from './whole-families';

/** An article's own view, as the search units load it (never called: every segment is written). */
const viewsOf = (p: PlacedArticle) => ({ views: [p.view] });

export class ArchiveBundleWriter {
  private readonly layout: BundleLayout;
  private readonly facets: FacetColumns;
  private readonly archive = new ArchiveFamilies();
  private readonly ids: string[] = [];
  private readonly jsons: string[] = [];
  private segment: PlacedArticle[] = [];
  private readonly segments: Record<string, FamilySegment[]> = Object.fromEntries(
    SEGMENT_FAMILIES.map((f) => [f.name, []]),
  );
  /** Every segment is written here, so no unit is reused or loaded again. */
  private readonly search: SearchUnits<PlacedArticle>;

  constructor(
    private readonly outDir: string,
    private readonly taxonomy: EventTaxonomy,
    layout: Partial<BundleLayout> = {},
  ) {
    this.layout = layoutOf(layout);
    this.facets = new FacetColumns(taxonomy);
    this.search = new SearchUnits(this.layout, [], {
      write: (fill) => {
        const folder = new FamilyFolder(this.outDir, 'search');
        fill(folder);
        return folder.seal();
      },
      reuse: () => false,
    });
    if (existsSync(outDir) && lstatSync(outDir).isSymbolicLink()) {
      // Writing through the link would change a published build in place.
      throw new Error(
        `${outDir} is a link to a build the ingest published; remove the link first or write elsewhere`,
      );
    }
    mkdirSync(outDir, { recursive: true });
    for (const name of readdirSync(outDir)) {
      if (FAMILY_DIR.test(name) || name.endsWith('-tmp'))
        rmSync(join(outDir, name), { recursive: true, force: true });
    }
  }

  add(article: Article): void {
    articleSchema.parse(article);
    const position = this.ids.length;
    const json = JSON.stringify(article);
    const facetIds = this.facets.add({
      ...article,
      unions: article.unionRefs.map((u) => [u.name, u.level] as const),
    });
    this.ids.push(article.id);
    this.jsons.push(json);
    this.archive.add(position, article);
    this.segment.push({ position, id: article.id, json, view: viewOf(article), ...facetIds });
    if (this.segment.length === this.layout.segmentSize) this.flushSegment();
  }

  private flushSegment(): void {
    if (this.segment.length === 0) return;
    const start = this.segment[0]!.position;
    const slots = this.segment.map((page) => ({ page, order: 0 }));
    this.search.segment(
      start / this.layout.segmentSize,
      String(start),
      slots,
      this.segment,
      viewsOf,
    );
    for (const family of SEGMENT_FAMILIES) {
      const folder = new FamilyFolder(this.outDir, family.name);
      const facts = family.write(folder, this.segment, this.layout);
      this.segments[family.name]!.push({
        start,
        count: this.segment.length,
        dir: folder.seal(),
        ...facts,
      });
    }
    this.segment = [];
  }

  /** Writes the rest; returns the number of files written. */
  finish(report: IngestReport): number {
    this.flushSegment();
    const search: SearchSegment[] = this.search.finish(viewsOf).map(({ key: _, ...unit }) => unit);
    const whole = (name: string, write: (f: FamilyFolder) => void) => {
      const folder = new FamilyFolder(this.outDir, name);
      write(folder);
      return { dir: folder.seal(), files: folder.files };
    };
    const count = this.ids.length;
    const idShards = idShardCount(this.layout, count);
    const facets = whole('facets', (f) => this.facets.write(f));
    const ids = whole('ids', (f) => writeIdDirectory(f, this.ids, idShards, bucketOf));
    let archiveFiles = 0;
    const archive = this.archive.write((name, write) => {
      const family = whole(name, write);
      archiveFiles += family.files;
      return family.dir;
    });
    const manifest: ArchiveManifest = archiveManifestSchema.parse({
      version: ARCHIVE_BUNDLE_VERSION,
      generatedAt: report.generatedAt,
      articleCount: count,
      eventTypes: this.taxonomy.types.map((t) => ({ id: t.id, label: t.label })),
      facets: this.facets.manifestFacets(this.layout.topUnions),
      segmentSize: this.layout.segmentSize,
      list: {
        chunkSize: this.layout.listChunkSize,
        chunks: Math.ceil(count / this.layout.listChunkSize),
        segments: this.segments.list,
      },
      articles: {
        bucketSize: this.layout.bucketSize,
        segments: this.segments.articles,
        ids: { dir: ids.dir, shards: idShards },
      },
      facetIndex: { dir: facets.dir },
      search: { segments: search },
      ...archive,
    });
    writeFileSync(join(this.outDir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(this.outDir, 'articles.json'), `[\n${this.jsons.join(',\n')}\n]\n`);
    writeFileSync(
      join(this.outDir, 'report.json'),
      JSON.stringify(ingestReportSchema.parse(report), null, 1),
    );
    const segmentFiles = (s: BundleSegment[], per: number) =>
      s.reduce((n, seg) => n + Math.ceil(seg.count / per), 0);
    return (
      3 +
      segmentFiles(this.segments.list!, this.layout.listChunkSize) +
      segmentFiles(this.segments.articles!, this.layout.bucketSize) +
      search.reduce((n, seg) => n + seg.shards, 0) +
      facets.files +
      ids.files +
      archiveFiles
    );
  }
}
