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
import type { WorkerMessage, WorkerSetup } from './page-worker';
import { parsePage, PageFailure, type PageTask, type PreparedMessage } from './prepare-page';

interface Result {
  prepared?: PreparedMessage;
  failure?: string;
  cacheError?: string;
}
interface Message {
  seq: number;
  results: Result[];
}

export interface ParseContext {
  banners: ReadonlySet<string>;
  /** Built lazily: an incremental build with nothing to parse never loads the gazetteer. */
  extract: () => FacetExtractor;
  cache: PageCache | null;
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

/** Pages per message to a worker. */
const BATCH = 4;
/** Batches in flight per worker: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 3;

/**
 * Worker threads, started as early as the build knows it will need them: a
 * worker takes a few hundred milliseconds to load the pipeline and gazetteer.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private failure: Error | null = null;
  private readonly done = new Map<number, Message>();
  private wake: (() => void) | null = null;

  constructor(taxonomy: EventTaxonomy, cacheDir: string | null, count: number) {
    const setup: WorkerSetup = { taxonomy, cacheDir };
    const entry = new URL('./page-worker-entry.mjs', import.meta.url);
    this.workers = Array.from({ length: count }, () => new Worker(entry, { workerData: setup }));
    for (const w of this.workers) {
      w.on('message', (m: Message) => {
        this.done.set(m.seq, m);
        this.wake?.();
      });
      w.on('error', (e: unknown) => {
        this.failure = e instanceof Error ? e : new Error(String(e));
        this.wake?.();
      });
    }
  }

  async *results(tasks: readonly PageTask[], ctx: ParseContext): AsyncGenerator<PreparedMessage> {
    const workers = this.workers;
    const banners: WorkerMessage = { banners: [...ctx.banners] };
    for (const w of workers) w.postMessage(banners);
    const batches = Math.ceil(tasks.length / BATCH);
    let sent = 0;
    let next = 0;
    const send = () => {
      while (sent < batches && sent - next < IN_FLIGHT_PER_WORKER * workers.length) {
        const message: WorkerMessage = {
          seq: sent,
          tasks: tasks.slice(sent * BATCH, (sent + 1) * BATCH),
        };
        workers[sent % workers.length]!.postMessage(message);
        sent++;
      }
    };
    try {
      send();
      while (next < batches) {
        const m = this.done.get(next);
        if (!m) {
          if (this.failure) throw this.failure;
          await new Promise<void>((resolve) => (this.wake = resolve));
          this.wake = null;
          continue;
        }
        this.done.delete(next);
        next++;
        send();
        for (const r of m.results) {
          if (r.cacheError) ctx.onCacheError(r.cacheError);
          if (r.failure || !r.prepared) throw new PageFailure(r.failure ?? 'worker sent no result');
          yield r.prepared;
        }
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
