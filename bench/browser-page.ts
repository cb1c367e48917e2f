/**
 * Shared by the browser bench's parts: the Chromium launch and a metered page
 * in a fresh context (its own HTTP cache, so every measurement starts cold).
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium';
import { isData, NetMeter } from './net-meter';
import type { Sent, Served } from './serve';

/** Desktop, as the e2e tests use: list, facets and article pane side by side. */
const VIEWPORT = { width: 1280, height: 800 };

/** What one step moved over the wire, as our server counted it (headers + gzipped bodies). */
export interface Step {
  bytes: number;
  requests: number;
  /** The same for data files only (our /data/, Pagefind's index/filters/fragments/meta), without code. */
  dataBytes: number;
  dataRequests: number;
  /** Chromium's own count (cross-check; it misses worker scripts). */
  browserBytes: number;
  transfers: Sent[];
}

export function stepOf(transfers: Sent[], browserBytes: number): Step {
  const data = transfers.filter((t) => isData(t.path));
  const sum = (ts: Sent[]) => ts.reduce((n, t) => n + t.bytes, 0);
  return {
    bytes: sum(transfers),
    requests: transfers.length,
    dataBytes: sum(data),
    dataRequests: data.length,
    browserBytes,
    transfers,
  };
}

export function launch(): Promise<Browser> {
  return launchChromium();
}

/** One fresh context (own HTTP cache) with a metered page. */
export async function freshPage(browser: Browser, server: Served, errors: string[]) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'zh-CN',
    baseURL: server.url,
  });
  const meter = new NetMeter(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  /** Runs `action`, waits for the network to go quiet, and returns what it transferred. */
  const step = async (action: () => Promise<void>): Promise<Step> => {
    const mark = server.sent.length;
    const browserBytes = meter.browserBytes;
    await action();
    await meter.quiet();
    return stepOf(server.sent.slice(mark), meter.browserBytes - browserBytes);
  };
  return { context, page, step, meter };
}
