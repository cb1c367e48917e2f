/**
 * Writes one build into its staging folder: segments (written, or hard-linked
 * from the live build when unchanged), the whole families, articles.json and
 * report.json (unchanged parts copied from the live build's files), and the
 * folders older manifests still name. Knows nothing about pages or parsing;
 * run-ingest.ts feeds it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EventTaxonomy, IngestReport } from '../../shared/schema';
import { AssembledFile } from '../bundle/assembled-file';
import type { BundleLayout } from '../bundle/bundle-layout';
import { FAMILY_DIR, FamilyFolder } from '../bundle/family-folder';
import { PAGE_SEPARATOR, reportFrame } from '../bundle/report-text';
import { SearchUnits, type Reload } from '../bundle/search-units';
import {
  SEGMENT_FAMILIES,
  type FamilySegment,
  type PlacedArticle,
  type SegmentFacts,
} from '../bundle/segment-families';
import type {
  BuildRecord,
  ByteRange,
  FileStat,
  SearchUnitRecord,
  SegmentRecord,
} from '../cache/build-record';
import { digest } from '../cache/fingerprint';
import { linkFolder } from '../publish/build-store';
import { checkpoint } from '../publish/checkpoint';
import { patchedArticle, type PagePatch } from './corpus-steps';
import type { PreparedPage } from './prepare-page';

const ARTICLE_SEPARATOR = ',\n';

/** One article of a segment, before the segment is written or reused. */
export interface Slot<P> {
  page: P;
  order: number;
  id: string;
  hash: string;
  district: number[];
  type: number[];
  patch: PagePatch;
}

/** A page's place in the previous build's report.json. */
export interface PreviousPage {
  index: number;
  reportKey: string;
  report: ByteRange;
}

type FolderStats = { files: number; bytes: number };

export class StagedBuild {
  readonly segmentRecords: SegmentRecord[] = [];
  private readonly folders = new Map<string, FolderStats & { written: boolean }>();
  private readonly whole: Record<string, string> = {};
  private readonly articlesJson: AssembledFile;
  private readonly report: AssembledFile;
  private readonly previousDir: string | null;
  private readonly segmentCounts: number[] = [];
  private reportPages = 0;
  private reused = 0;
  private readonly search: SearchUnits<unknown>;

  constructor(
    private readonly dir: string,
    private readonly layout: BundleLayout,
    readonly taxonomy: EventTaxonomy,
    private readonly previous: BuildRecord | null,
    /** The live build's folder (for hard links and byte copies), if any. */
    liveDir: string | null,
    /** The published path as it is now: a folder name there is already on the CDN. */
    private readonly published: string,
    /** The predecessor's articles.json, taken over for this build (recycle-articles.ts). */
    recycled: { path: string; bytes: number } | null = null,
  ) {
    this.previousDir = previous && liveDir ? liveDir : null;
    const previousFile = (name: string, bytes: number) => {
      const path = this.previousDir && join(this.previousDir, name);
      return path && existsSync(path) && statSync(path).size === bytes ? path : null;
    };
    const articles = previous && previousFile('articles.json', previous.articlesJsonBytes);
    this.articlesJson = new AssembledFile(
      join(dir, 'articles.json'),
      articles ?? null,
      articles ? recycled : null,
    );
    this.canCopyArticles = articles !== null && articles !== undefined;
    this.liveArticles = articles ? { path: articles, stat: fileStat(articles) } : null;
    const report = previous && previousFile('report.json', previous.reportBytes);
    this.report = new AssembledFile(join(dir, 'report.json'), report ?? null);
    this.canCopyReport = report !== null && report !== undefined;
    if (this.canCopyArticles) this.articlesJson.copy({ offset: 0, length: 2 });
    else this.articlesJson.text('[\n');
    this.search = new SearchUnits(layout, this.previousDir ? (previous?.search ?? []) : [], {
      write: (fill) => this.folder('search', fill),
      reuse: (dir) => this.reuse([dir]),
    });
  }

  private readonly canCopyArticles: boolean;
  private readonly canCopyReport: boolean;
  private readonly liveArticles: { path: string; stat: FileStat } | null;

  /** What the record says of this build's articles.json: the run it shares with the live build's. */
  articlesJsonBase(): BuildRecord['articlesJsonBase'] {
    const live = this.liveArticles;
    if (!live || this.articlesJson.startRun === 0) return undefined;
    return {
      build: basename(this.previousDir!),
      bytes: this.articlesJson.startRun,
      stat: live.stat,
    };
  }

  /** Writes the part of report.json before the pages (known before any page is). */
  startReport(head: Omit<IngestReport, 'pages' | 'totals' | 'build'>, pages: number): void {
    this.reportPages = pages;
    const empty = { pages: 0, failedPages: 0, articles: 0, repairs: 0, dropped: 0, warnings: 0 };
    if (pages > 0) this.report.text(reportFrame({ ...head, totals: empty }).before);
  }

  /**
   * A page's text in report.json: copied from the live build's file when its
   * key is the same, else `text()`. Returns where the text (without
   * separator) landed.
   */
  pageReport(
    index: number,
    previous: PreviousPage | undefined,
    reportKey: string,
    text: () => string,
  ): ByteRange {
    const separated = index > 0;
    if (this.canCopyReport && previous && previous.reportKey === reportKey) {
      const r = previous.report;
      if (separated && previous.index > 0) {
        const at = this.report.copy({
          offset: r.offset - PAGE_SEPARATOR.length,
          length: r.length + PAGE_SEPARATOR.length,
        });
        return { offset: at.offset + PAGE_SEPARATOR.length, length: r.length };
      }
      if (separated) this.report.text(PAGE_SEPARATOR);
      return this.report.copy(r);
    }
    if (separated) this.report.text(PAGE_SEPARATOR);
    return this.report.text(text());
  }

  /**
   * A full segment (or the last one): reused from the live build if unchanged,
   * else written; then handed to the search units. `reload` loads a page of
   * an earlier segment again without keeping it (a search block completed).
   */
  segment<P>(
    slots: readonly Slot<P>[],
    load: (page: P) => PreparedPage,
    reload: Reload<P> = load,
  ): void {
    const index = this.segmentRecords.length;
    const start = index * this.layout.segmentSize;
    const key = digest(
      String(start),
      ...slots.map((s) => `${s.id} ${s.hash} ${s.district.join(',')} ${s.type.join(',')}`),
    );
    const previous = this.previous?.segments[index];
    const separated = index > 0;
    this.segmentCounts.push(slots.length);
    const search = this.search as SearchUnits<P>;
    if (previous?.key === key && this.canCopyArticles && this.reuse(Object.values(previous.dirs))) {
      const r = previous.articlesJson;
      this.articlesJson.copy(
        separated
          ? {
              offset: r.offset - ARTICLE_SEPARATOR.length,
              length: r.length + ARTICLE_SEPARATOR.length,
            }
          : r,
      );
      this.segmentRecords.push({
        key,
        dirs: previous.dirs,
        facts: previous.facts,
        articlesJson: {
          offset: this.articlesJson.offset - r.length,
          length: r.length,
        },
      });
      this.reused++;
      search.segment(index, key, slots, null, reload);
      checkpoint('segment');
      return;
    }
    const placed: PlacedArticle[] = slots.map((s, i) => {
      const page = load(s.page);
      // Only an article a corpus-wide step changed is parsed and written again.
      const json = !s.patch.renames.some(([order]) => order === s.order)
        ? page.articleJsons[s.order]!
        : JSON.stringify(patchedArticle(page.result().articles[s.order]!, s.patch, s.order));
      const view = page.views[s.order]!;
      return { position: start + i, id: s.id, json, view, district: s.district, type: s.type };
    });
    const dirs: Record<string, string> = {};
    const facts: Record<string, SegmentFacts> = {};
    for (const family of SEGMENT_FAMILIES) {
      dirs[family.name] = this.family(
        family.name,
        (folder) => {
          const f = family.write(folder, placed, this.layout);
          if (f) facts[family.name] = f;
        },
        this.previous?.segments[index]?.dirs[family.name],
      );
    }
    if (separated) this.articlesJson.text(ARTICLE_SEPARATOR);
    const range = this.articlesJson.text(placed.map((p) => p.json).join(ARTICLE_SEPARATOR));
    this.segmentRecords.push({ key, dirs, facts, articlesJson: range });
    search.segment(index, key, slots, placed, reload);
    checkpoint('segment');
  }

  /** The search index's units, after the last segment (manifest.search.segments and the record). */
  searchUnits<P>(reload: Reload<P>): SearchUnitRecord[] {
    return (this.search as SearchUnits<P>).finish(reload);
  }

  /** Hard-links a previous build's folders into this build; false if any is missing. */
  private reuse(dirs: readonly string[]): boolean {
    if (!this.previousDir || !dirs.every((d) => existsSync(join(this.previousDir!, d))))
      return false;
    for (const d of dirs) this.carry(d);
    return true;
  }

  private carry(dir: string): void {
    if (this.folders.has(dir)) return;
    linkFolder(join(this.previousDir!, dir), join(this.dir, dir));
    const stats = this.previous?.folders[dir] ?? { files: 0, bytes: 0 };
    this.folders.set(dir, { ...stats, written: false });
  }

  /**
   * Writes a family folder with `write` and returns its name. `same`: the live
   * build's folder this one replaces (a whole family's, or the same segment's),
   * whose unchanged files are linked rather than written.
   */
  family(name: string, write: (folder: FamilyFolder) => void, same?: string): string {
    const dir = this.folder(name, write, same ?? this.previous?.whole[name]);
    if (!SEGMENT_FAMILIES.some((f) => f.name === name)) this.whole[name] = dir;
    return dir;
  }

  private folder(name: string, write: (folder: FamilyFolder) => void, same?: string): string {
    const sameDir =
      same && this.previousDir && FAMILY_DIR.exec(same)?.[1] === name
        ? join(this.previousDir, same)
        : null;
    const folder = new FamilyFolder(this.dir, name, sameDir);
    write(folder);
    const dir = folder.seal();
    if (!this.folders.has(dir))
      this.folders.set(dir, { files: folder.files, bytes: folder.bytes, written: true });
    return dir;
  }

  /**
   * Folders that older manifests name and this build does not: always those of
   * the live build (they stop being live now), and those it carried that
   * stopped being live less than `keepMs` ago. Carried as hard links; returns
   * the list for this build's record.
   */
  carryRetained(now: number, keepMs: number): { dir: string; since: number }[] {
    if (!this.previousDir || !this.previous) return this.carryFromPlainFolder(now);
    const live = new Set(liveFolders(this.previous));
    const retained = [
      ...[...live].map((dir) => ({ dir, since: now })),
      ...this.previous.retained.filter((r) => now - r.since < keepMs && !live.has(r.dir)),
    ].filter((r) => !this.folders.has(r.dir) && existsSync(join(this.previousDir!, r.dir)));
    for (const r of retained) this.carry(r.dir);
    return retained;
  }

  /** The first build over a plain folder an older ingest wrote: its family folders stay readable too. */
  private carryFromPlainFolder(since: number): { dir: string; since: number }[] {
    if (!existsSync(this.published) || this.previousDir) return [];
    const names = safeReaddir(this.published).filter(
      (n) => FAMILY_DIR.test(n) && !this.folders.has(n),
    );
    for (const name of names) {
      linkFolder(join(this.published, name), join(this.dir, name));
      this.folders.set(name, { files: 0, bytes: 0, written: false });
    }
    return names.map((dir) => ({ dir, since }));
  }

  /** The manifest's segments of a family: range, folder and the family's facts (search: shards). */
  segmentsOf(name: string): FamilySegment[] {
    return this.segmentRecords.map((s, k) => ({
      ...s.facts[name],
      start: k * this.layout.segmentSize,
      count: this.segmentCounts[k]!,
      dir: s.dirs[name]!,
    }));
  }

  closeArticlesJson(): number {
    this.articlesJson.text('\n]\n');
    return this.articlesJson.close();
  }

  closeReport(report: Omit<IngestReport, 'pages'>): number {
    if (this.reportPages > 0) this.report.text(reportFrame(report).after);
    else this.report.text(JSON.stringify(emptyReport(report), null, 1));
    return this.report.close();
  }

  segmentStats() {
    return {
      total: this.segmentRecords.length,
      reused: this.reused,
      written: this.segmentRecords.length - this.reused,
    };
  }

  /** What a CDN must upload: files in folders the published path does not have yet, and the three top files. */
  changed(manifestBytes: number, articlesJsonBytes: number): { files: number; bytes: number } {
    let files = 2;
    let bytes = manifestBytes + articlesJsonBytes;
    for (const [dir, f] of this.folders) {
      if (!f.written || existsSync(join(this.published, dir))) continue;
      files += f.files;
      bytes += f.bytes;
    }
    return { files: files + 1, bytes };
  }

  folderStats(): Record<string, FolderStats> {
    return Object.fromEntries(
      [...this.folders].map(([d, { files, bytes }]) => [d, { files, bytes }]),
    );
  }

  wholeFolders(): Record<string, string> {
    return { ...this.whole };
  }
}

/** The folders a build's own manifest names. */
export function liveFolders(record: BuildRecord): string[] {
  return [
    ...record.segments.flatMap((s) => Object.values(s.dirs)),
    ...record.search.map((u) => u.dir),
    ...Object.values(record.whole),
  ];
}

export function fileStat(path: string): FileStat {
  const s = statSync(path);
  return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The report with an empty pages array, keys in the report's order. */
function emptyReport(report: Omit<IngestReport, 'pages'>): IngestReport {
  const { version, generatedAt, input, warnings, totals, build } = report;
  return { version, generatedAt, input, warnings, pages: [], totals, ...(build ? { build } : {}) };
}
