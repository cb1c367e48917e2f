/**
 * Small corpora and bundle readers for the build tests (incremental builds,
 * publishing, crashes): pages from the synthetic corpus generator, changed,
 * added and removed like a real archive's folder, and a bundle read back as
 * the files its manifest names.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { archiveManifestSchema, type ArchiveManifest } from '../../src/shared/archive-bundle';
import { createContext, generatePage } from '../../scripts/corpus/generate';
import { loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import { runIngest, type IngestOptions } from '../../src/ingest/pipeline/run-ingest';

export const ROOT = join(import.meta.dirname, '../..');
export const BANNERS_FILE = join(ROOT, 'data/banners.json');
/** Tiny files and segments, so a few dozen pages make many segments. */
export const TEST_LAYOUT = {
  listChunkSize: 4,
  bucketSize: 3,
  segmentSize: 16,
  /** 24 pages (149 articles): a search block of 128 positions, then segments 8 and 9. */
  searchBlock: 8,
  shards: 8,
  idShards: 4,
};
const taxonomy = loadEventTaxonomy();
const context = createContext(7);

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `${prefix}-`));

interface PageEntry {
  file: string;
  date: string;
  page: number;
  pageName: string;
  paper: string;
}

/** A folder of generated pages plus pages.json, that tests change the way an archive changes. */
export class TestCorpus {
  readonly dir = tempDir('corpus');
  private readonly pages = new Map<string, PageEntry>();

  /** Adds the generator's pages with these indices (8 per issue, by date). */
  add(...indices: number[]): string[] {
    const files = indices.map((i) => {
      const page = generatePage(context, 7, i, true);
      mkdirSync(dirname(join(this.dir, page.file)), { recursive: true });
      writeFileSync(join(this.dir, page.file), page.bytes);
      this.pages.set(page.file, { file: page.file, ...page.meta });
      return page.file;
    });
    this.writeManifest();
    return files;
  }

  get files(): string[] {
    return [...this.pages.keys()].sort();
  }

  text(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(join(this.dir, file), text);
  }

  remove(file: string): void {
    rmSync(join(this.dir, file));
    this.pages.delete(file);
    this.writeManifest();
  }

  private writeManifest(): void {
    writeFileSync(join(this.dir, 'pages.json'), JSON.stringify([...this.pages.values()], null, 1));
  }
}

export function ingestOptions(
  input: string,
  output: string,
  extra: Partial<IngestOptions> = {},
): IngestOptions {
  return {
    input,
    output,
    taxonomy,
    bannersFile: BANNERS_FILE,
    workers: 0,
    layout: TEST_LAYOUT,
    ...extra,
  };
}

export function build(input: string, output: string, extra: Partial<IngestOptions> = {}) {
  return runIngest(ingestOptions(input, output, extra));
}

export function readManifest(out: string): ArchiveManifest {
  return archiveManifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
}

/** Every folder a manifest names. */
export function manifestFolders(m: ArchiveManifest): string[] {
  return [
    ...m.list.segments.map((s) => s.dir),
    ...m.articles.segments.map((s) => s.dir),
    m.articles.ids.dir,
    m.facetIndex.dir,
    ...m.search.segments.map((s) => s.dir),
    ...(m.dates?.parts.map((p) => p.dir) ?? []),
    ...(m.issues ? [m.issues.dir, ...Object.values(m.issues.years ?? {})] : []),
  ];
}

/**
 * The published bundle as the app and people see it: every file in the folders
 * the manifest names, articles.json, and the manifest and report without their
 * timestamps (and the report's account of how the build was made).
 */
export function publishedBundle(out: string): Map<string, string> {
  const files = new Map<string, string>();
  const manifest = readManifest(out);
  files.set('manifest.json', JSON.stringify({ ...manifest, generatedAt: '' }));
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  files.set('report.json', JSON.stringify({ ...report, generatedAt: '', build: undefined }));
  files.set('articles.json', readFileSync(join(out, 'articles.json'), 'latin1'));
  for (const dir of manifestFolders(manifest)) {
    for (const name of readdirSync(join(out, dir)))
      files.set(`${dir}/${name}`, readFileSync(join(out, dir, name), 'latin1'));
  }
  return files;
}

/** Checks the published bundle is whole: everything its manifest names is there and parses. */
export function expectWhole(out: string): void {
  const manifest = readManifest(out);
  for (const dir of manifestFolders(manifest))
    if (!existsSync(join(out, dir))) throw new Error(`${out}: ${dir} is missing`);
  for (const s of manifest.list.segments)
    for (let n = 0; n < Math.ceil(s.count / manifest.list.chunkSize); n++)
      JSON.parse(readFileSync(join(out, s.dir, `${n}.json`), 'utf8'));
  for (const s of manifest.articles.segments)
    for (let n = 0; n < Math.ceil(s.count / manifest.articles.bucketSize); n++)
      JSON.parse(readFileSync(join(out, s.dir, `${n}.json`), 'utf8'));
  const articles = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')) as unknown[];
  if (articles.length !== manifest.articleCount)
    throw new Error(
      `${out}: articles.json has ${articles.length} articles, the manifest ${manifest.articleCount}`,
    );
  JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
}
