/**
 * Parse results of the pages a build must parse, in page order, computed on
 * this thread or on worker threads. Workers may finish out of order; results
 * are released strictly in order so the output does not depend on timing.
 * A page that cannot be processed stops the build (PageFailure).
 */
import { Worker } from 'node:worker_threads';
import type { EventTaxonomy } from '../../shared/schema';
import type { PageCache } from '../cache/page-cache';
import type { FacetExtractor } from './ingest-page';
import type { WorkerSetup, WorkerTask } from './page-worker';
import { parsePage, PageFailure, type PageTask, type PreparedMessage } from './prepare-page';

interface Message {
  seq: number;
  prepared?: PreparedMessage;
  failure?: string;
  cacheError?: string;
}

export interface ParseContext {
  banners: ReadonlySet<string>;
  taxonomy: EventTaxonomy;
  /** Built lazily: an incremental build with nothing to parse never loads the gazetteer. */
  extract: () => FacetExtractor;
  cache: PageCache | null;
  cacheDir: string | null;
  onCacheError: (message: string) => void;
}

export function* inlinePageResults(
  tasks: readonly PageTask[],
  ctx: ParseContext,
): Generator<PreparedMessage> {
  for (const task of tasks) {
    yield parsePage(task, ctx.banners, ctx.extract(), ctx.cache, (e) =>
      ctx.onCacheError(e.message),
    );
  }
}

/** Pages in flight per worker: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 8;

export async function* workerPageResults(
  tasks: readonly PageTask[],
  ctx: ParseContext,
  workerCount: number,
): AsyncGenerator<PreparedMessage> {
  const setup: WorkerSetup = {
    taxonomy: ctx.taxonomy,
    banners: [...ctx.banners],
    cacheDir: ctx.cacheDir,
  };
  const entry = new URL('./page-worker-entry.mjs', import.meta.url);
  const workers = Array.from(
    { length: Math.min(workerCount, Math.max(1, tasks.length)) },
    () => new Worker(entry, { workerData: setup }),
  );
  const done = new Map<number, Message>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  for (const w of workers) {
    w.on('message', (m: Message) => {
      done.set(m.seq, m);
      wake?.();
    });
    w.on('error', (e: unknown) => {
      failure = e instanceof Error ? e : new Error(String(e));
      wake?.();
    });
  }
  let sent = 0;
  let next = 0;
  const send = () => {
    while (sent < tasks.length && sent - next < IN_FLIGHT_PER_WORKER * workers.length) {
      const task: WorkerTask = { ...tasks[sent]!, seq: sent };
      workers[sent % workers.length]!.postMessage(task);
      sent++;
    }
  };
  try {
    send();
    while (next < tasks.length) {
      const m = done.get(next);
      if (!m) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      done.delete(next);
      if (m.cacheError) ctx.onCacheError(m.cacheError);
      if (m.failure || !m.prepared) throw new PageFailure(m.failure ?? 'worker sent no result');
      next++;
      send();
      yield m.prepared;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
