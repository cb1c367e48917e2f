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
export type WorkerMessage = { banners: string[] } | (PageTask & { seq: number });

const setup = workerData as WorkerSetup;
const extract = createFacetExtractor({ taxonomy: setup.taxonomy });
const cache = setup.cacheDir ? new PageCache(setup.cacheDir) : null;
let banners: ReadonlySet<string> = new Set();

parentPort?.on('message', (message: WorkerMessage) => {
  if ('banners' in message) {
    banners = new Set(message.banners);
    return;
  }
  let cacheError: string | undefined;
  try {
    const prepared = parsePage(message, banners, extract, cache, (e) => (cacheError = e.message));
    parentPort?.postMessage({ seq: message.seq, prepared, cacheError });
  } catch (error) {
    const failure =
      error instanceof PageFailure
        ? error.message
        : `${message.file}: ${(error as Error).stack ?? String(error)}`;
    parentPort?.postMessage({ seq: message.seq, failure });
  }
});
