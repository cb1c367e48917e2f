/**
 * Write the static bundle the app loads, plus the whole data set
 * (articles.json) and the ingest report (report.json). Every bundle file but
 * manifest.json has a content hash in its name, so hosts may cache it forever;
 * stale hashed files from earlier builds are removed.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { articleSchema, BUNDLE_VERSION, ingestReportSchema } from '../../shared/schema';
import type { Article, EventTaxonomy, IngestReport, UnionLevel } from '../../shared/schema';
import type { ArticleSummary, BodiesChunk, Manifest } from '../../shared/bundle';
import { manifestSchema } from '../../shared/bundle';
import { buildSearchIndex } from '../../shared/search-index';

export const BODY_CHUNK_SIZE = 200;
const EXCERPT_CHARS = 90;
const HASHED = /^(summaries|search|bodies-\d+)\.[0-9a-f]{10}\.json$/;

export interface BundleStats {
  files: { name: string; bytes: number }[];
  totalBytes: number;
}

export function writeBundle(
  outDir: string,
  articles: Article[],
  report: IngestReport,
  taxonomy: EventTaxonomy,
): BundleStats {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) if (HASHED.test(name)) rmSync(join(outDir, name));
  for (const a of articles) articleSchema.parse(a);
  const files: { name: string; bytes: number }[] = [];
  const emit = (stem: string, content: string): string => {
    const name = `${stem}.${createHash('sha256').update(content).digest('hex').slice(0, 10)}.json`;
    writeFileSync(join(outDir, name), content);
    files.push({ name, bytes: Buffer.byteLength(content) });
    return name;
  };

  const bodies: string[] = [];
  for (let start = 0; start < articles.length; start += BODY_CHUNK_SIZE) {
    const chunk: BodiesChunk = {};
    for (const a of articles.slice(start, start + BODY_CHUNK_SIZE)) chunk[a.id] = a.paragraphs;
    bodies.push(emit(`bodies-${bodies.length}`, JSON.stringify(chunk)));
  }
  const summaries: ArticleSummary[] = articles.map((a, i) => summarize(a, Math.floor(i / BODY_CHUNK_SIZE)));
  const summariesName = emit('summaries', JSON.stringify(summaries));
  const searchName = emit(
    'search',
    buildSearchIndex(articles.map((a) => ({ id: a.id, title: a.title, headlines: a.headlines, paragraphs: a.paragraphs }))),
  );

  const unionLevels: Record<string, UnionLevel> = {};
  for (const a of articles) for (const u of a.unionRefs) unionLevels[u.name] ??= u.level;
  const manifest: Manifest = manifestSchema.parse({
    version: BUNDLE_VERSION,
    generatedAt: report.generatedAt,
    articleCount: articles.length,
    eventTypes: taxonomy.types.map((t) => ({ id: t.id, label: t.label })),
    unionLevels,
    files: { summaries: summariesName, search: searchName, bodies },
  });
  const manifestText = JSON.stringify(manifest, null, 2);
  writeFileSync(join(outDir, 'manifest.json'), manifestText);
  files.push({ name: 'manifest.json', bytes: Buffer.byteLength(manifestText) });

  files.push(writeArticlesJson(join(outDir, 'articles.json'), articles));
  const reportText = JSON.stringify(ingestReportSchema.parse(report), null, 2);
  writeFileSync(join(outDir, 'report.json'), reportText);
  files.push({ name: 'report.json', bytes: Buffer.byteLength(reportText) });
  return { files, totalBytes: files.reduce((n, f) => n + f.bytes, 0) };
}

function summarize(a: Article, bodyChunk: number): ArticleSummary {
  const { paragraphs, ...rest } = a;
  const text = paragraphs.join('');
  const excerpt = Array.from(text).slice(0, EXCERPT_CHARS).join('');
  return { ...rest, excerpt, bodyChunk };
}

/** One article per line inside a JSON array: streams, and diffs well. */
function writeArticlesJson(path: string, articles: Article[]): { name: string; bytes: number } {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    const write = (s: string) => {
      bytes += writeSync(fd, s);
    };
    write('[\n');
    articles.forEach((a, i) => write(`${JSON.stringify(a)}${i + 1 < articles.length ? ',' : ''}\n`));
    write(']\n');
  } finally {
    closeSync(fd);
  }
  return { name: 'articles.json', bytes };
}
