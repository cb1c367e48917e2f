/**
 * Article pages on worker threads: rendering is CPU-bound, so the buckets are
 * shared out over one worker per core (each imports the built prerenderer and
 * takes the next bucket when it is done with one). Small archives render on
 * this thread: starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pageWriter, ShellMismatch, type ArticleSummary, type PageContext } from './article-pages';
import type { Renderer } from './renderer';
import { parseTemplate } from './template';

/** Below this many buckets (~24 articles each) the pages are rendered on this thread. */
const WORKERS_FROM_BUCKETS = 64;

export interface WorkerSetup {
  rendererFile: string;
  templateHtml: string;
  templateFile: string;
  context: Omit<PageContext, 'renderer' | 'template'>;
}

export type WorkerReply =
  | { bucket: string; summaries: ArticleSummary[] }
  | { bucket: string; error: string; shellMismatch: boolean };

interface RenderOptions extends WorkerSetup {
  renderer: Renderer;
  bucketFiles: readonly string[];
  workers: number | 'auto';
  log: (line: string) => void;
}

/**
 * Every article's page. If the shortcut of rendering each pane into shared
 * markup turns out not to hold for this app (ShellMismatch), every page is
 * rendered again, whole.
 */
export async function renderAllPages(opts: RenderOptions): Promise<ArticleSummary[]> {
  try {
    return await renderPages(opts);
  } catch (error) {
    if (!(error instanceof ShellMismatch)) throw error;
    opts.log(`site: ${error.message}; rendering every page whole (slower, same result)`);
    return renderPages({ ...opts, context: { ...opts.context, fullRender: true } });
  }
}

async function renderPages(opts: RenderOptions): Promise<ArticleSummary[]> {
  const count =
    opts.workers === 'auto'
      ? opts.bucketFiles.length >= WORKERS_FROM_BUCKETS
        ? availableParallelism()
        : 0
      : opts.workers;
  if (count === 0) {
    const template = parseTemplate(opts.templateHtml, opts.templateFile);
    return pageWriter({ ...opts.context, renderer: opts.renderer, template })(opts.bucketFiles);
  }
  const setup: WorkerSetup = {
    rendererFile: opts.rendererFile,
    templateHtml: opts.templateHtml,
    templateFile: opts.templateFile,
    context: opts.context,
  };
  const queue = [...opts.bucketFiles];
  const summaries: ArticleSummary[] = [];
  const entry = new URL('./page-worker-entry.mjs', import.meta.url);
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const bucket = queue.shift();
        if (bucket === undefined) resolve();
        else worker.postMessage(bucket);
      };
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) {
          queue.length = 0;
          reject(reply.shellMismatch ? new ShellMismatch(reply.error) : new Error(reply.error));
          return;
        }
        for (const s of reply.summaries) summaries.push(s);
        next();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`a page worker stopped (exit code ${code})`));
      });
      next();
    });
  const workers = Array.from(
    { length: Math.min(count, opts.bucketFiles.length) },
    () => new Worker(entry, { workerData: setup }),
  );
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return summaries;
}
