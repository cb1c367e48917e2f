/**
 * Worker thread for the ingest: parses pages (prepare-page.ts) and writes
 * their cache entries, so the main thread can write the bundle meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EventTaxonomy } from '../../shared/schema';
import { PageCache } from '../cache/page-cache';
import { createFacetExtractor } from '../extract/extract-facets';
import { parsePage, PageFailure, type PageTask } from './prepare-page';

export interface WorkerSetup {
  taxonomy: EventTaxonomy;
  banners: string[];
  cacheDir: string | null;
}
export interface WorkerTask extends PageTask {
  seq: number;
}

const setup = workerData as WorkerSetup;
const extract = createFacetExtractor({ taxonomy: setup.taxonomy });
const banners = new Set(setup.banners);
const cache = setup.cacheDir ? new PageCache(setup.cacheDir) : null;

parentPort?.on('message', (task: WorkerTask) => {
  let cacheError: string | undefined;
  try {
    const prepared = parsePage(task, banners, extract, cache, (e) => (cacheError = e.message));
    parentPort?.postMessage({ seq: task.seq, prepared, cacheError });
  } catch (error) {
    const failure =
      error instanceof PageFailure
        ? error.message
        : `${task.file}: ${(error as Error).stack ?? String(error)}`;
    parentPort?.postMessage({ seq: task.seq, failure });
  }
});
