/**
 * Pagefind side by side on the same articles: one custom record per article
 * (url /articles/<id>, headlines + paragraphs, language zh, the same three
 * facets as filters), timed from createIndex to writeFiles. And our own
 * search index (the ingest's SearchSegmentBuilder) built in-process
 * from the same articles, so the two build times compare like with like
 * (the ingest's wall time also parses pages, extracts facets and writes the
 * rest of the bundle, which Pagefind doesn't).
 */
import { createReadStream, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import type { Article } from '../src/shared/schema';
import { SearchSegmentBuilder } from '../src/ingest/bundle/search-index-builder';
import { REPO_ROOT } from '../scripts/corpus/material';
import { vmHwm } from './ingest';

/** The installed version, for the report's headings (it moves with package-lock.json). */
export const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/pagefind/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** Records in flight at once: the service answers each over a pipe, so a little overlap helps. */
const IN_FLIGHT = 64;

/** articles.json holds one article per line inside a JSON array (write-bundle.ts), so it can be streamed. */
export async function* readArticles(path: string): AsyncGenerator<Article> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.startsWith('{')) continue;
    yield JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Article;
  }
}

export interface PagefindRun {
  seconds: number;
  records: number;
  peakRssBytes: number | null;
}

export async function buildPagefind(articlesJson: string, outDir: string): Promise<PagefindRun> {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const pending = new Set<Promise<void>>();
  let records = 0;
  for await (const a of readArticles(articlesJson)) {
    const filters: Record<string, string[]> = {};
    if (a.districts.length > 0) filters.district = a.districts;
    if (a.unions.length > 0) filters.union = a.unions;
    if (a.eventTypes.length > 0) filters.type = a.eventTypes;
    const p = index
      .addCustomRecord({
        url: `/articles/${a.id}`,
        content: [...a.headlines, ...a.paragraphs].join('\n'),
        language: 'zh',
        meta: { title: a.title },
        filters,
      })
      .then((r) => {
        if (r.errors.length > 0) throw new Error(`pagefind: ${a.id}: ${r.errors.join('; ')}`);
      });
    pending.add(p);
    void p.finally(() => pending.delete(p)).catch(() => undefined);
    records++;
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  const written = await index.writeFiles({ outputPath: outDir });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  const seconds = (performance.now() - started) / 1000;
  const peakRssBytes = pagefindServicePeak();
  await pagefind.close();
  return { seconds, records, peakRssBytes };
}

/** The Pagefind service is a child process of ours; its VmHWM is its peak memory. */
function pagefindServicePeak(): number | null {
  let peak: number | null = null;
  try {
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      const children = readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      for (const pid of children) {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pagefind')) continue;
        peak = Math.max(peak ?? 0, vmHwm(Number(pid)) ?? 0);
      }
    }
  } catch {
    return peak; // not Linux, or the process went away: report what we have
  }
  return peak;
}

/** Build and encode every shard in memory (writing ~100 files adds little); reading articles.json is not timed. */
export async function buildOurSearchIndex(
  articlesJson: string,
): Promise<{ seconds: number; bytes: number; shards: number }> {
  const texts: Article[] = [];
  for await (const a of readArticles(articlesJson)) texts.push(a);
  const started = performance.now();
  const builder = new SearchSegmentBuilder(0);
  texts.forEach((a, position) => builder.add(position, a));
  let bytes = 0;
  let shards = 0;
  for (const shard of builder.shards()) {
    bytes += shard.bytes.length;
    shards++;
  }
  return { seconds: (performance.now() - started) / 1000, bytes, shards };
}
