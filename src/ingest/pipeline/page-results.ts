/**
 * Page results in page order, computed either on this thread or on worker
 * threads. Workers may finish out of order; results are released strictly in
 * order so the output does not depend on timing.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { EventTaxonomy } from '../../shared/schema';
import type { PageRef } from '../input/list-pages';
import { ingestPage, type FacetExtractor, type PageResult } from './ingest-page';
import type { PageTask, WorkerSetup } from './page-worker';

export interface PageOutcome {
  page: PageRef;
  bytes: number;
  result?: PageResult;
  error?: string;
}

interface Message {
  seq: number;
  bytes: number;
  result?: PageResult;
  error?: string;
}

export function* inlinePageResults(
  pages: PageRef[],
  banners: ReadonlySet<string>,
  extract: FacetExtractor,
): Generator<PageOutcome> {
  for (const page of pages) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(page.path);
    } catch (error) {
      yield {
        page,
        bytes: 0,
        error: `${page.file}: cannot be read (${(error as Error).message}).`,
      };
      continue;
    }
    const result = ingestPage({
      file: page.file,
      bytes,
      banners,
      extract,
      ...(page.meta ? { meta: page.meta } : {}),
    });
    yield { page, bytes: bytes.length, result };
  }
}

/** Pages in flight per worker: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 8;

export async function* workerPageResults(
  pages: PageRef[],
  banners: ReadonlySet<string>,
  taxonomy: EventTaxonomy,
  workerCount: number,
): AsyncGenerator<PageOutcome> {
  const setup: WorkerSetup = { taxonomy, banners: [...banners] };
  const entry = new URL('./page-worker-entry.mjs', import.meta.url);
  const workers = Array.from(
    { length: workerCount },
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
  const send = () => {
    while (sent < pages.length && sent - next < IN_FLIGHT_PER_WORKER * workerCount) {
      const page = pages[sent]!;
      const task: PageTask = {
        seq: sent,
        file: page.file,
        path: page.path,
        ...(page.meta ? { meta: page.meta } : {}),
      };
      workers[sent % workerCount]!.postMessage(task);
      sent++;
    }
  };
  let next = 0;
  try {
    send();
    while (next < pages.length) {
      const m = done.get(next);
      if (!m) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      done.delete(next);
      yield {
        page: pages[next]!,
        bytes: m.bytes,
        ...(m.result ? { result: m.result } : {}),
        ...(m.error ? { error: m.error } : {}),
      };
      next++;
      send();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
