/**
 * Worker thread for the ingest: runs pages through ingestPage so the main
 * thread can write the bundle meanwhile (the pipeline's two halves take about
 * the same time, and the machine has more than one core).
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { EventTaxonomy } from '../../shared/schema';
import type { PageFacts } from '../input/list-pages';
import { createFacetExtractor } from '../extract/extract-facets';
import { ingestPage } from './ingest-page';

export interface WorkerSetup {
  taxonomy: EventTaxonomy;
  banners: string[];
}
export interface PageTask {
  seq: number;
  file: string;
  path: string;
  meta?: PageFacts;
}

const setup = workerData as WorkerSetup;
const extract = createFacetExtractor({ taxonomy: setup.taxonomy });
const banners = new Set(setup.banners);

parentPort?.on('message', (task: PageTask) => {
  try {
    const bytes = readFileSync(task.path);
    const result = ingestPage({
      file: task.file,
      bytes,
      banners,
      extract,
      ...(task.meta ? { meta: task.meta } : {}),
    });
    parentPort?.postMessage({ seq: task.seq, bytes: bytes.length, result });
  } catch (error) {
    parentPort?.postMessage({
      seq: task.seq,
      bytes: 0,
      error: `${task.file}: cannot be read (${(error as Error).message}).`,
    });
  }
});
