/**
 * Worker thread for the ingest: parses pages (prepare-page.ts) and writes
 * their cache entries, so the main thread can write the bundle meanwhile.
 * Started before the banners are known (its start-up overlaps the main
 * thread's fingerprinting); they arrive in the first message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EventTaxonomy } from '../../shared/schema';
import { PageCache } from '../cache/page-cache';
import { createFacetExtractor } from '../extract/extract-facets';
import { parsePage, PageFailure, type PageTask } from './prepare-page';

export interface WorkerSetup {
  taxonomy: EventTaxonomy;
  cacheDir: string | null;
}
/** Pages go in batches (a message costs more than a small page's bookkeeping); results come back the same way. */
export type WorkerMessage = { banners: string[] } | { seq: number; tasks: PageTask[] };

const setup = workerData as WorkerSetup;
const extract = createFacetExtractor({ taxonomy: setup.taxonomy });
const cache = setup.cacheDir ? new PageCache(setup.cacheDir) : null;
let banners: ReadonlySet<string> = new Set();

parentPort?.on('message', (message: WorkerMessage) => {
  if ('banners' in message) {
    banners = new Set(message.banners);
    return;
  }
  const results = message.tasks.map((task) => {
    let cacheError: string | undefined;
    try {
      const prepared = parsePage(task, banners, extract, cache, (e) => (cacheError = e.message));
      return { prepared, cacheError };
    } catch (error) {
      const failure =
        error instanceof PageFailure
          ? error.message
          : `${task.file}: ${(error as Error).stack ?? String(error)}`;
      return { failure };
    }
  });
  parentPort?.postMessage({ seq: message.seq, results });
});
