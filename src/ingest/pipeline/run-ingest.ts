/**
 * The whole ingest, as one build of the output folder (docs/decisions/0013-daily-updates.md):
 *
 *  1. Lock the output (one build at a time); find the live build and its record.
 *  2. List the pages; fingerprint each (bytes hash, first line); detect banners;
 *     key each page by everything its parse result depends on.
 *  3. In page order, each page's summary: from the live build's record when the
 *     page is unchanged, else from the page cache or a fresh parse (on worker
 *     threads when many pages need it). The corpus-wide steps (stories continued
 *     on another page, distinct ids) run over the summaries, so they are decided
 *     again on every build; articles get their positions and facet ids. Each
 *     finished segment of positions is reused from the live build when its
 *     inputs are unchanged, else written.
 *  4. The whole families (facets, dates and issues, id directory),
 *     manifest, articles.json and report.json (unchanged parts copied as bytes
 *     from the live build).
 *  5. Validate, record, publish in one rename (build-store.ts).
 *
 * Until the swap nothing is written outside the staging folder, the page cache
 * and the lock, so a build that fails or is killed leaves the live build exactly
 * as it was.
 */
import { familyOfFolder } from '../bundle/family-folder';
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  ARCHIVE_BUNDLE_VERSION,
  archiveManifestSchema,
  bucketOf,
  type ArchiveManifest,
} from '../../shared/archive-bundle';
import {
  BUNDLE_VERSION,
  type Article,
  type BuildInfo,
  type EventTaxonomy,
  type IngestReport,
  type PageReport,
} from '../../shared/schema';
import { ArchiveFamilies } from '../bundle/archive-families';
import type { IssueArticle } from '../bundle/issue-index-builder';
import { idShardCount, layoutOf, type BundleLayout } from '../bundle/bundle-layout';
import { pageReportText } from '../bundle/report-text';
import { validateBuild } from '../bundle/validate-build';
import { FacetColumns, writeIdDirectory } from '../bundle/whole-families';
import {
  readRecord,
  writeRecord,
  type BuildRecord,
  type PageRecord,
  type SearchUnitRecord,
} from '../cache/build-record';
import { codeFingerprint, dataFingerprint, digest } from '../cache/fingerprint';
import { PageCache, pageKey } from '../cache/page-cache';
import { createFacetExtractor } from '../extract/extract-facets';
import { bannersFrom, loadKnownBanners } from '../input/banners';
import { listPages, type PageRef } from '../input/list-pages';
import { BuildLock } from '../publish/build-lock';
import {
  beginBuild,
  currentBuild,
  publish,
  recoverInterruptedMove,
  removeStaleLinks,
  storePaths,
  type StorePaths,
} from '../publish/build-store';
import { checkpoint } from '../publish/checkpoint';
import { recyclePath, takeRecyclable, type Recyclable } from '../publish/recycle-articles';
import { DistinctIds, patchedArticle, patchedReport } from './corpus-steps';
import { fingerprintPage, type PageFingerprint } from './fingerprint-pages';
import type { FacetExtractor } from './ingest-page';
import { joinIssue, joinRuns } from './join-continuations';
import { inlinePageResults, WorkerPool, type ParseContext } from './page-results';
import {
  articleDate,
  fromMessage,
  parsePage,
  prepareCached,
  preparedResult,
  type PageSummary,
  type PageTask,
  type PreparedMessage,
  type PreparedPage,
} from './prepare-page';
import { StagedBuild, type Slot } from './staged-build';

export interface IngestOptions {
  input: string;
  output: string;
  taxonomy: EventTaxonomy;
  /**
   * The extractor for pages parsed on this thread (default: the real one for
   * `taxonomy`); worker threads always build the real one. Cached results are
   * keyed by the data files, not by this function: pass a custom one only
   * without a page cache.
   */
  extract?: FacetExtractor;
  bannersFile: string;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Keep every article and page report in the result (tests); the CLI streams them to disk only. */
  keepArticles?: boolean;
  /** Worker threads for the pages to parse: a number (0: this thread), or 'auto': one per core when 64+ pages need parsing. */
  workers?: number | 'auto';
  /** Page cache folder (page-cache.ts); without one every build parses every page. */
  cacheDir?: string | null;
  /** Use neither cached results nor the live build: a full build (the cache is written afresh). */
  noCache?: boolean;
  /** The build store (default: next to the output; build-store.ts). */
  store?: string;
  /** How long to wait for another build of the same output (default 0: refuse at once). */
  waitMs?: number;
  /** How long folders named only by older manifests stay published (default 48 h). */
  keepMs?: number;
  layout?: Partial<BundleLayout>;
  /** Files the extractor reads beyond data/ (e.g. --taxonomy elsewhere), for the cache key. */
  dataFiles?: string[];
}

export interface BundleStats {
  files: number;
  totalBytes: number;
  families: Record<string, { files: number; bytes: number }>;
}

export interface IngestResult {
  /** 'up-to-date': nothing changed since the live build, so nothing was published. */
  outcome: 'published' | 'up-to-date';
  /** With keepArticles: every article, in corpus order. */
  articles: Article[];
  /** `pages` holds every page's report with keepArticles, else none (they are in report.json). */
  report: IngestReport;
  /** Errors of every failed page; warnings of the pages parsed by this build. */
  notices: { errors: string[]; warnings: string[] };
  bundle: BundleStats;
  inputBytes: number;
  buildId: string | null;
}

const MIN_PAGES_FOR_WORKERS = 64;
const DEFAULT_KEEP_MS = 48 * 3600_000;
const CACHE_MAX_AGE_MS = 7 * 24 * 3600_000;

/** What a plain folder an older ingest wrote may hold, for the first build to move it into the store. */
const LEGACY_FILE =
  /^(manifest\.json|articles\.json|report\.json|(summaries|search|bodies-\d+)\.[0-9a-f]{10}\.json)$/;
const LEGACY_DIR = /^[a-z][a-z0-9]*-([0-9a-f]{10}|tmp)$/;

type PageStatus = 'new' | 'changed' | 'reparsed' | 'unchanged';

interface PageEntry {
  index: number;
  ref: PageRef;
  fp: PageFingerprint;
  key: string;
  task: PageTask;
  prev: PageRecord | undefined;
  prevIndex: number;
  status: PageStatus;
  /** Unchanged and the live build's record is usable: its summary is taken from there. */
  fromRecord: boolean;
  /** Parsed by this build (its warnings are shown). */
  parsedNow?: boolean;
  /** The pages of its issue it was joined with (itself included), and their key. */
  join?: { pages: PageEntry[]; key: string };
}

/** A page's summary, in page order, before and after the corpus-wide join. */
interface Summarised {
  entry: PageEntry;
  summary: PageSummary;
}

/** Milliseconds per phase, for report.json and the bench. */
class Timer {
  readonly timings: Record<string, number> = {};
  private last = performance.now();
  /** Closes the phase that ran since the previous lap. */
  lap(phase: string): void {
    const now = performance.now();
    this.timings[phase] = (this.timings[phase] ?? 0) + (now - this.last);
    this.last = now;
  }
  /** Time spent in steps nested in the steps being timed (a segment loading its pages). */
  private readonly nested: number[] = [];
  /** Times a step inside a phase; its time is not counted in the enclosing lap or step. */
  time<T>(phase: string, f: () => T): T {
    const started = performance.now();
    this.nested.push(0);
    try {
      return f();
    } finally {
      const spent = performance.now() - started;
      this.timings[phase] = (this.timings[phase] ?? 0) + spent - this.nested.pop()!;
      if (this.nested.length > 0) this.nested[this.nested.length - 1]! += spent;
      else this.last += spent;
    }
  }
  rounded(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.timings).map(([k, v]) => [k, Math.round(v)]));
  }
}

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const timer = new Timer();
  const paths = storePaths(options.output, options.store);
  const lock = await BuildLock.acquire(paths.lock, 'ingest', options.waitMs ?? 0);
  let staging: string | null = null;
  let published = false;
  let recycled: Recyclable | null = null;
  try {
    checkpoint('locked');
    recoverInterruptedMove(paths);
    removeStaleLinks(paths);
    const live = currentBuild(paths);
    const read = live ? readRecord(paths.builds, live) : null;
    // Before the predecessor is deleted: its articles.json, if this build may take it over.
    recycled = live && read && 'record' in read ? takeRecyclable(paths, live, read.record) : null;
    // Builds before the live one and leftovers of failed or killed ones go, in the background.
    const cleanup = removeOtherBuilds(paths, live);
    timer.lap('lock');
    const result = await new Build(options, paths, live, read, recycled, timer).run({
      begin: () => (staging = beginBuild(paths)),
      beforePublish: () => {
        if (!lock.held())
          throw new Error(`${paths.lock}: another build took over the lock; nothing was published`);
        published = true;
      },
    });
    await cleanup;
    return result;
  } finally {
    if (staging && !published) {
      await rm(staging, { recursive: true, force: true });
      await rm(`${staging}.record`, { force: true });
    }
    // Not taken over (the build failed, or did not need it): it was garbage anyway.
    if (recycled) await rm(recycled.path, { force: true });
    lock.release();
  }
}

async function removeOtherBuilds(paths: StorePaths, live: string | null): Promise<void> {
  if (!existsSync(paths.builds)) return;
  const others = readdirSync(paths.builds).filter(
    (name) => name !== live && name !== `${live}.record` && name !== recyclePath(paths, live),
  );
  await Promise.all(
    others.map((name) => rm(join(paths.builds, name), { recursive: true, force: true })),
  );
}

class Build {
  private readonly layout: BundleLayout;
  /** The live build's record, when this build may reuse what it says. */
  private readonly previous: BuildRecord | null = null;
  /** The live build's record, for telling what changed (also with --no-cache). */
  private readonly compared: BuildRecord | null = null;
  private readonly reasons: string[] = [];
  /** Where results are written (also with --no-cache). */
  private readonly cache: PageCache | null;
  /** Where results are read from. */
  private readonly readable: PageCache | null;
  private cacheRejected = 0;
  private readonly cacheErrors = new Set<string>();
  private extractor: FacetExtractor | undefined;
  private banners: ReadonlySet<string> = new Set();
  private readonly counts = {
    new: 0,
    changed: 0,
    removed: 0,
    reparsed: 0,
    reused: 0,
    fromCache: 0,
    parsed: 0,
  };
  private readonly notices = { errors: [] as string[], warnings: [] as string[] };

  constructor(
    private readonly options: IngestOptions,
    private readonly paths: StorePaths,
    private readonly live: string | null,
    read: ReturnType<typeof readRecord> | null,
    private readonly recycled: Recyclable | null,
    private readonly timer: Timer,
  ) {
    this.layout = layoutOf(options.layout);
    this.cache = options.cacheDir ? new PageCache(options.cacheDir) : null;
    this.readable = options.noCache ? null : this.cache;
    if (read && 'record' in read) this.compared = read.record;
    if (!this.readable) {
      this.reasons.push(
        options.noCache ? '--no-cache: a full build' : 'no page cache: a full build',
      );
    } else if (!read) {
      this.reasons.push('nothing published before: a full build');
    } else if ('problem' in read) {
      this.reasons.push(`the live build's record is unusable (${read.problem}): a full build`);
    } else if (read.record.layoutKey !== this.layoutKey()) {
      this.reasons.push('the bundle writer or layout changed: a full build');
    } else {
      this.previous = read.record;
    }
  }

  private layoutKey(): string {
    return digest(String(ARCHIVE_BUNDLE_VERSION), JSON.stringify(this.layout), codeFingerprint());
  }

  private extract(): FacetExtractor {
    return (this.extractor ??=
      this.options.extract ?? createFacetExtractor({ taxonomy: this.options.taxonomy }));
  }

  async run(hooks: { begin: () => string; beforePublish: () => void }): Promise<IngestResult> {
    const { options, timer, previous } = this;
    const startedAt = Date.now();
    const { pages: refs, warnings } = listPages(options.input);
    if (refs.length === 0)
      warnings.push(`${options.input}: no .txt pages found; the bundle is empty.`);
    timer.lap('list');

    // With nothing to reuse every page is parsed: start the workers now, so
    // their start-up overlaps the fingerprinting.
    if (!previous) this.pool = this.workerPool(refs.length);
    try {
      return await this.build(refs, warnings, startedAt, hooks);
    } finally {
      await this.pool?.close();
    }
  }

  private pool: WorkerPool | null = null;

  private workerPool(pages: number): WorkerPool | null {
    const { options } = this;
    // Worker start-up costs a few hundred milliseconds: only worth it for many pages.
    const count =
      options.workers === 'auto'
        ? pages >= MIN_PAGES_FOR_WORKERS
          ? availableParallelism()
          : 0
        : (options.workers ?? 0);
    return count > 0 && pages > 0
      ? new WorkerPool(options.taxonomy, options.cacheDir ?? null, count)
      : null;
  }

  private async build(
    refs: PageRef[],
    warnings: string[],
    startedAt: number,
    hooks: { begin: () => string; beforePublish: () => void },
  ): Promise<IngestResult> {
    const { options, timer, previous, compared } = this;
    const keep = options.keepArticles ?? true;
    const entries = this.fingerprint(refs);
    timer.lap('fingerprint');
    if (previous && this.upToDate(previous, entries, warnings))
      return this.upToDateResult(previous);

    const staging = hooks.begin();
    const liveDir = this.live ? join(this.paths.builds, this.live) : null;
    const build = new StagedBuild(
      staging,
      this.layout,
      options.taxonomy,
      previous,
      liveDir,
      this.paths.published,
      this.recycled,
    );
    const generatedAt = new Date().toISOString();
    const head = {
      version: BUNDLE_VERSION as typeof BUNDLE_VERSION,
      generatedAt,
      input: options.input,
      warnings,
    };
    build.startReport(head, entries.length);

    // New and changed pages not in the cache are parsed, in order, by workers or
    // here. An unchanged page's summary is in the live build's record: it is
    // loaded (cache, else parsed on this thread) only if a segment holding its
    // articles is written again, or a join or a renamed id needs its text.
    const toParse = entries.filter((e) => !e.fromRecord && !this.readable?.has(e.key));
    const parsing = new Set(toParse);
    const parsed = this.parse(toParse.map((e) => e.task));

    const ids = new DistinctIds();
    const facets = new FacetColumns(options.taxonomy);
    const archive = new ArchiveFamilies();
    const allIds: string[] = [];
    const articles: Article[] = [];
    const pageReports: PageReport[] = [];
    const pageRecords: PageRecord[] = [];
    const totals = { failedPages: 0, repairs: 0, dropped: 0, warnings: warnings.length };
    // Loaded pages, kept while their segment is open.
    const loaded = new Map<PageEntry, PreparedPage>();
    // A page joined with others is loaded with them and joined again (join-continuations.ts).
    const load = (entry: PageEntry): PreparedPage => {
      let page = loaded.get(entry);
      if (!page) {
        page = timer.time('load', () =>
          entry.join
            ? this.joinPages(entry.join.pages, loaded, entry).get(entry)!
            : this.load(entry),
        );
        loaded.set(entry, page);
      }
      return page;
    };
    // A page of a segment already written, for a search block (search-units.ts): not kept in
    // `loaded` (it lets pages go in page order), only until a later page is asked for.
    const again = new Map<PageEntry, PreparedPage>();
    const reload = (entry: PageEntry): PreparedPage => {
      const kept = loaded.get(entry) ?? again.get(entry);
      if (kept) return kept;
      for (const e of again.keys()) if (e.index < entry.index) again.delete(e);
      return timer.time('load', () => {
        if (!entry.join) again.set(entry, this.load(entry));
        else
          for (const [e, p] of this.joinPages(entry.join.pages, new Map(), entry)) again.set(e, p);
        return again.get(entry)!;
      });
    };
    let segment: Slot<PageEntry>[] = [];
    let position = 0;
    let searchUnits: SearchUnitRecord[] | undefined;
    const summaries = this.summaries(entries, parsing, parsed, loaded, load);

    try {
      for await (const { entry, summary } of this.joinedSummaries(summaries, loaded)) {
        if (entry.parsedNow) this.notices.warnings.push(...load(entry).warnings);
        const patch = ids.next(entry.ref.file, summary, (order) => load(entry).views[order]!.title);
        totals.repairs += summary.repairs;
        totals.dropped += summary.dropped;
        totals.warnings += summary.warnings + patch.warnings.length;
        if (summary.failed) {
          totals.failedPages++;
          this.notices.errors.push(summary.error ?? `${entry.ref.file}: failed`);
        }
        this.notices.warnings.push(...patch.warnings);

        // No page is loaded here: segments load the pages of the articles they
        // write (staged-build.ts), the whole families need only the summaries.
        summary.articles.forEach((a, order) => {
          const facetIds = facets.add(a);
          const id = patch.renames.find(([o]) => o === order)?.[1] ?? a.id;
          allIds.push(id);
          archive.add(position, issueArticle(summary, order, id, entry.ref.file));
          if (keep)
            articles.push(patchedArticle(load(entry).result().articles[order]!, patch, order));
          segment.push({ page: entry, order, id, hash: a.hash, ...facetIds, patch });
          position++;
          if (segment.length === this.layout.segmentSize) {
            timer.time('segments', () => build.segment(segment, load, reload));
            segment = [];
          }
        });

        // A joined page's report depends on every page of its issue's join.
        const reportKey = digest(entry.join?.key ?? '', entry.key, JSON.stringify(patch));
        const report = () => patchedReport(load(entry).result().report, patch);
        const reportText = () =>
          patch.renames.length === 0 ? load(entry).reportText : pageReportText(report());
        const previousPage =
          entry.prev && entry.prevIndex >= 0
            ? { index: entry.prevIndex, reportKey: entry.prev.reportKey, report: entry.prev.report }
            : undefined;
        const range = timer.time('report', () =>
          build.pageReport(entry.index, previousPage, reportKey, reportText),
        );
        if (keep) pageReports.push(report());
        pageRecords.push({
          file: entry.ref.file,
          meta: entry.ref.meta ?? null,
          stat: entry.fp.stat,
          bytes: entry.fp.bytes,
          firstLine: entry.fp.firstLine,
          key: entry.key,
          summary,
          ...(entry.join ? { joinKey: entry.join.key } : {}),
          reportKey,
          report: range,
        });
        // Pages before the open segment are done with (the map is in page order).
        const firstOpen = segment[0]?.page.index ?? entry.index + 1;
        for (const e of loaded.keys()) {
          if (e.index >= firstOpen) break;
          loaded.delete(e);
        }
        timer.lap('pages');
      }
      if (segment.length > 0) timer.time('segments', () => build.segment(segment, load, reload));
      searchUnits = timer.time('segments', () => build.searchUnits(reload));
      loaded.clear();
      again.clear();
    } finally {
      await summaries.return(undefined);
      await parsed.return?.(undefined);
    }
    options.onProgress?.(entries.length, entries.length, '');
    timer.lap('pages');

    const idShards = idShardCount(this.layout, allIds.length);
    const facetsDir = build.family('facets', (f) => facets.write(f));
    const archiveSections = archive.write((name, write) => build.family(name, write));
    const idsDir = build.family('ids', (f) => writeIdDirectory(f, allIds, idShards, bucketOf));
    checkpoint('families');
    const retained = build.carryRetained(Date.now(), options.keepMs ?? DEFAULT_KEEP_MS);
    timer.lap('families');

    const manifest: ArchiveManifest = archiveManifestSchema.parse({
      version: ARCHIVE_BUNDLE_VERSION,
      generatedAt,
      articleCount: position,
      eventTypes: options.taxonomy.types.map((t) => ({ id: t.id, label: t.label })),
      facets: facets.manifestFacets(this.layout.topUnions),
      segmentSize: this.layout.segmentSize,
      list: {
        chunkSize: this.layout.listChunkSize,
        chunks: Math.ceil(position / this.layout.listChunkSize),
        segments: build.segmentsOf('list'),
      },
      articles: {
        bucketSize: this.layout.bucketSize,
        segments: build.segmentsOf('articles'),
        ids: { dir: idsDir, shards: idShards },
      },
      facetIndex: { dir: facetsDir },
      search: { segments: searchUnits.map(({ key: _, ...unit }) => unit) },
      ...archiveSections,
    });
    const manifestText = JSON.stringify(manifest);
    writeFileSync(join(staging, 'manifest.json'), manifestText);
    checkpoint('manifest');
    const articlesJsonBytes = build.closeArticlesJson();
    checkpoint('articles-json');
    timer.lap('files');

    const bannerList = [...this.banners].sort();
    const buildInfo: BuildInfo = {
      mode: previous ? 'incremental' : 'full',
      reasons: this.reasons,
      pages: this.counts,
      cacheRejected: this.cacheRejected,
      corpus: {
        banners: {
          detected: bannerList,
          added: compared ? bannerList.filter((b) => !compared.banners.includes(b)) : [],
          removed: compared ? compared.banners.filter((b) => !this.banners.has(b)) : [],
        },
        duplicateIds: ids.renamed,
        joins: this.joins,
      },
      segments: build.segmentStats(),
      changed: build.changed(manifestText.length, articlesJsonBytes),
      timings: timer.rounded(),
    };
    const tail = {
      ...head,
      totals: {
        pages: entries.length,
        failedPages: totals.failedPages,
        articles: position,
        repairs: totals.repairs,
        dropped: totals.dropped,
        warnings: totals.warnings,
      },
      build: buildInfo,
    };
    const reportBytes = build.closeReport(tail);
    buildInfo.changed.bytes += reportBytes;
    checkpoint('report-json');

    validateBuild(staging, { articlesJsonBytes, reportBytes });
    checkpoint('validated');
    const id = staging.slice(this.paths.builds.length + 1);
    writeRecord(this.paths.builds, {
      id,
      startedAt,
      publishedAt: Date.now(),
      input: options.input,
      warnings,
      layoutKey: this.layoutKey(),
      keys: this.keys!,
      banners: bannerList,
      pages: pageRecords,
      segments: build.segmentRecords,
      search: searchUnits,
      whole: build.wholeFolders(),
      folders: build.folderStats(),
      retained,
      articlesJsonBytes,
      articlesJsonBase: build.articlesJsonBase(),
      reportBytes,
    });
    checkpoint('recorded');
    timer.lap('validate');

    hooks.beforePublish();
    publish(this.paths, staging, legacyProblem);
    checkpoint('published');
    timer.lap('publish');

    this.cache?.prune(new Set(entries.map((e) => e.key)), CACHE_MAX_AGE_MS);
    for (const e of this.cacheErrors)
      this.notices.warnings.push(
        `the page cache could not be written (${e}); the next build parses these pages again`,
      );
    timer.lap('cleanup');

    const folders = build.folderStats();
    const families: BundleStats['families'] = {};
    for (const [dir, f] of Object.entries(folders)) {
      const name = familyOfFolder(dir);
      const sum = (families[name] ??= { files: 0, bytes: 0 });
      sum.files += f.files;
      sum.bytes += f.bytes;
    }
    families['manifest.json'] = { files: 1, bytes: manifestText.length };
    families['articles.json'] = { files: 1, bytes: articlesJsonBytes };
    families['report.json'] = { files: 1, bytes: reportBytes };
    const all = Object.values(families);
    return {
      outcome: 'published',
      articles: keep ? articles : [],
      report: { ...tail, pages: keep ? pageReports : [] },
      notices: this.notices,
      bundle: {
        files: all.reduce((n, f) => n + f.files, 0),
        totalBytes: all.reduce((n, f) => n + f.bytes, 0),
        families,
      },
      inputBytes: entries.reduce((n, e) => n + e.fp.stat.size, 0),
      buildId: id,
    };
  }

  private keys: BuildRecord['keys'] | undefined;

  /** Issues whose pages have jump markers, and of those, the ones joined again by this build. */
  private readonly joins = { issues: 0, joinedAgain: 0 };

  /** Each page's summary in page order: from the live build's record, the page cache or this build's parse. */
  private async *summaries(
    entries: PageEntry[],
    parsing: ReadonlySet<PageEntry>,
    parsed: AsyncGenerator<PreparedMessage> | Generator<PreparedMessage>,
    loaded: Map<PageEntry, PreparedPage>,
    load: (entry: PageEntry) => PreparedPage,
  ): AsyncGenerator<Summarised> {
    for (const entry of entries) {
      this.options.onProgress?.(entry.index, entries.length, entry.ref.file);
      let summary: PageSummary;
      if (parsing.has(entry)) {
        const next = await parsed.next();
        if (next.done) throw new Error('the page results ended early');
        const page = this.timer.time('receive', () => fromMessage(next.value));
        loaded.set(entry, page);
        entry.parsedNow = true;
        summary = page.summary;
      } else if (entry.fromRecord) {
        summary = entry.prev!.summary;
      } else {
        summary = load(entry).summary;
      }
      checkpoint('page');
      this.timer.lap('pages');
      yield { entry, summary };
    }
  }

  /**
   * The corpus-wide join of stories continued on another page, over the
   * summaries: the runs of pages to join are found from their dates and jump
   * markers (joinRuns); a run whose pages are all unchanged since the live
   * build, which joined the same pages, keeps the joined summaries it recorded;
   * any other run is loaded (cache or parse) and joined again. A joined page's
   * article hashes are those of the joined articles, so the segments holding
   * them are rewritten exactly when the join's outcome changes.
   */
  private async *joinedSummaries(
    pages: AsyncIterable<Summarised>,
    loaded: Map<PageEntry, PreparedPage>,
  ): AsyncGenerator<Summarised> {
    const facts = ({ entry, summary }: Summarised) => ({
      file: entry.ref.file,
      date: summary.page?.date,
      jumps: summary.jumps,
    });
    for await (const run of joinRuns(pages, facts)) {
      if (!run.join) {
        const { entry } = run.pages[0]!;
        // Joined in the live build, not now: its recorded summary is the joined one.
        if (entry.fromRecord && entry.prev!.joinKey)
          yield { entry, summary: this.timer.time('load', () => this.loadInto(entry, loaded)) };
        else yield run.pages[0]!;
        continue;
      }
      const members = run.pages.map((p) => p.entry);
      const key = digest('join', ...members.map((e) => e.key));
      for (const e of members) e.join = { pages: members, key };
      this.joins.issues++;
      if (members.every((e) => e.fromRecord && e.prev!.joinKey === key)) {
        yield* run.pages;
        continue;
      }
      this.joins.joinedAgain++;
      const joined = this.timer.time('join', () => this.joinPages(members, loaded));
      for (const e of members) yield { entry: e, summary: joined.get(e)!.summary };
    }
  }

  /** A page's own (unjoined) result, kept for this build. */
  private loadInto(entry: PageEntry, loaded: Map<PageEntry, PreparedPage>): PageSummary {
    const page = this.load(entry);
    loaded.set(entry, page);
    return page.summary;
  }

  /**
   * The pages of one run after the join. Without `again`, the run is joined for
   * the first time in this build and `loaded` holds the pages' own results,
   * if any. `again`: a joined page that was let go is needed once more (for
   * its segment); every page of its run is loaded again from the cache (or
   * parsed), and kept only if it is still to come or still kept.
   */
  private joinPages(
    members: PageEntry[],
    loaded: Map<PageEntry, PreparedPage>,
    again?: PageEntry,
  ): Map<PageEntry, PreparedPage> {
    const own = members.map((e) => ((!again && loaded.get(e)) || this.load(e)).result());
    const results = joinIssue(
      members.map((e, i) => ({ file: e.ref.file, result: own[i]! })),
      this.extract(),
    );
    const joined = new Map<PageEntry, PreparedPage>();
    members.forEach((e, i) => {
      const page = preparedResult(results[i]!, own[i]!);
      joined.set(e, page);
      // `loaded` lets pages go in page order: one already let go is not taken back.
      if (!again || loaded.has(e) || e.index >= again.index) loaded.set(e, page);
    });
    return joined;
  }

  /** Fingerprints, banners and keys of every page, and how each compares with the live build. */
  private fingerprint(refs: PageRef[]): PageEntry[] {
    const { previous, compared, options } = this;
    const prevByFile = new Map(compared?.pages.map((p, i) => [p.file, { p, i }]) ?? []);
    // Only a build that may reuse the record trusts its hashes of unchanged files.
    const fps = refs.map((ref) =>
      fingerprintPage(
        ref,
        previous ? prevByFile.get(ref.file)?.p : undefined,
        previous?.startedAt ?? 0,
      ),
    );
    this.banners = bannersFrom(
      fps.map((f) => f.firstLine),
      loadKnownBanners(options.bannersFile),
    );
    const keys = {
      code: codeFingerprint(),
      data: dataFingerprint(options.taxonomy, [options.bannersFile, ...(options.dataFiles ?? [])]),
      banners: digest(...[...this.banners].sort()),
    };
    this.keys = keys;
    if (compared) {
      if (compared.keys.code !== keys.code)
        this.reasons.push('the ingest code changed: every page parsed again');
      if (compared.keys.data !== keys.data)
        this.reasons.push('a data file changed: every page parsed again');
      if (compared.keys.banners !== keys.banners)
        this.reasons.push('the detected banners changed: every page parsed again');
    }
    const present = new Set(refs.map((r) => r.file));
    this.counts.removed = compared?.pages.filter((p) => !present.has(p.file)).length ?? 0;
    return refs.map((ref, index) => {
      const fp = fps[index]!;
      const key = pageKey({ ...keys, file: ref.file, meta: ref.meta, bytes: fp.bytes });
      const found = prevByFile.get(ref.file);
      const prev = found?.p;
      const status: PageStatus = !prev
        ? 'new'
        : prev.key === key
          ? 'unchanged'
          : prev.bytes !== fp.bytes ||
              JSON.stringify(prev.meta) !== JSON.stringify(ref.meta ?? null)
            ? 'changed'
            : 'reparsed';
      this.counts[status === 'unchanged' ? 'reused' : status]++;
      const task: PageTask = {
        file: ref.file,
        path: ref.path,
        key,
        bytesHash: fp.bytes,
        ...(ref.meta ? { meta: ref.meta } : {}),
      };
      const fromRecord = status === 'unchanged' && previous !== null;
      return { index, ref, fp, key, task, prev, prevIndex: found?.i ?? -1, status, fromRecord };
    });
  }

  /** Results of the pages to parse, in order: on worker threads when there are many. */
  private parse(tasks: PageTask[]): AsyncGenerator<PreparedMessage> | Generator<PreparedMessage> {
    const ctx: ParseContext = {
      banners: this.banners,
      extract: () => this.extract(),
      cache: this.cache,
      onCacheError: (m) => this.cacheErrors.add(m),
    };
    this.counts.parsed += tasks.length;
    this.pool ??= this.workerPool(tasks.length);
    if (this.pool && tasks.length < MIN_PAGES_FOR_WORKERS && this.options.workers === 'auto') {
      // Started early, but few pages need parsing after all (their results were cached).
      void this.pool.close();
      this.pool = null;
    }
    return this.pool && tasks.length > 0
      ? this.pool.results(tasks, ctx)
      : inlinePageResults(tasks, ctx);
  }

  /** A page's result when it was not parsed in this build's stream: the cache, else parsed here. */
  private load(entry: PageEntry): PreparedPage {
    if (this.readable) {
      const found = this.readable.get(entry.key);
      const page = found.hit ? prepareCachedSafely(found.json) : null;
      if (page) {
        if (!entry.fromRecord) this.counts.fromCache++;
        return page;
      }
      if (found.hit || found.rejected) this.cacheRejected++;
    }
    const message = parsePage(entry.task, this.banners, this.extract(), this.cache, (e) =>
      this.cacheErrors.add(e.message),
    );
    this.counts.parsed++;
    return fromMessage(message);
  }

  private upToDate(previous: BuildRecord, entries: PageEntry[], warnings: string[]): boolean {
    return (
      this.live !== null &&
      entries.length === previous.pages.length &&
      entries.every((e, i) => e.status === 'unchanged' && previous.pages[i]!.file === e.ref.file) &&
      previous.input === this.options.input &&
      JSON.stringify(previous.warnings) === JSON.stringify(warnings) &&
      liveIsWhole(join(this.paths.builds, this.live), previous)
    );
  }

  private upToDateResult(previous: BuildRecord): IngestResult {
    const sum = (f: (s: PageSummary) => number) =>
      previous.pages.reduce((n, p) => n + f(p.summary), 0);
    return {
      outcome: 'up-to-date',
      articles: [],
      report: {
        version: BUNDLE_VERSION,
        generatedAt: new Date(previous.publishedAt).toISOString(),
        input: this.options.input,
        warnings: previous.warnings,
        pages: [],
        totals: {
          pages: previous.pages.length,
          failedPages: sum((s) => (s.failed ? 1 : 0)),
          articles: sum((s) => s.articles.length),
          repairs: sum((s) => s.repairs),
          dropped: sum((s) => s.dropped),
          warnings: sum((s) => s.warnings),
        },
      },
      notices: {
        errors: previous.pages.flatMap((p) => (p.summary.error ? [p.summary.error] : [])),
        warnings: [],
      },
      bundle: { files: 0, totalBytes: 0, families: {} },
      inputBytes: previous.pages.reduce((n, p) => n + p.stat.size, 0),
      buildId: this.live,
    };
  }
}

/** A checked entry that still does not parse (written by a broken tool) is a rejected one. */
function prepareCachedSafely(json: string): PreparedPage | null {
  try {
    return prepareCached(json);
  } catch {
    return null;
  }
}

function liveIsWhole(dir: string, record: BuildRecord): boolean {
  try {
    validateBuild(dir, {
      articlesJsonBytes: record.articlesJsonBytes,
      reportBytes: record.reportBytes,
    });
    return true;
  } catch {
    return false;
  }
}

/** What the 版面 index needs of an article, from its page's summary (no page is loaded). */
function issueArticle(summary: PageSummary, order: number, id: string, file: string): IssueArticle {
  const { story } = summary.articles[order]!;
  const { number, name, paper } = summary.page ?? {};
  const page = {
    ...(number !== undefined ? { number } : {}),
    ...(name ? { name } : {}),
    ...(paper ? { paper } : {}),
  };
  const date = articleDate(summary, order);
  return {
    id,
    ...(date ? { date } : {}),
    ...(Object.keys(page).length > 0 ? { page } : {}),
    headlines: story?.headlines ?? [],
    headlineRoles: story?.roles ?? [],
    kind: story?.kind ?? 'news',
    origin: { file },
  };
}

function legacyProblem(names: string[]): string | null {
  const other = names.filter((n) => !LEGACY_FILE.test(n) && !LEGACY_DIR.test(n));
  if (other.length === 0) return null;
  return (
    `the output folder holds files the ingest did not write (${other.slice(0, 3).join(', ')}${other.length > 3 ? ', …' : ''}); ` +
    'choose an empty or new folder, or one an earlier ingest wrote'
  );
}
