/** One page worker (see page-workers.ts): renders the buckets it is sent, replies with their summaries. */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { pageWriter, ShellMismatch } from './article-pages';
import type { WorkerReply, WorkerSetup } from './page-workers';
import type { Renderer } from './renderer';
import { parseTemplate } from './template';

const setup = workerData as WorkerSetup;
const renderer = (await import(pathToFileURL(setup.rendererFile).href)) as Renderer;
const write = pageWriter({
  ...setup.context,
  renderer,
  template: parseTemplate(setup.templateHtml, setup.templateFile),
});

parentPort!.on('message', (bucket: string) => {
  write([bucket]).then(
    (summaries) => parentPort!.postMessage({ bucket, summaries } satisfies WorkerReply),
    (error: unknown) =>
      parentPort!.postMessage({
        bucket,
        error: error instanceof Error ? error.message : String(error),
        shellMismatch: error instanceof ShellMismatch,
      } satisfies WorkerReply),
  );
});
