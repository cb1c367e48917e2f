/**
 * Watches a browser context's requests (Playwright's context-level events,
 * which include those made by workers) so a step can wait until the network
 * has gone quiet: then its count holds everything it triggered (lazy chunks,
 * list chunks for rows that came into view). It also sums Chromium's own
 * "transferred" bytes (request.sizes(): CDP encodedDataLength, body +
 * headers) as a cross-check of the server's count, which is the figure we
 * report: Chromium under-reports worker scripts (Pagefind's worker shows as
 * ~250 B instead of 12 KB).
 */
import type { BrowserContext, Request } from 'playwright-core';

const QUIET_MS = 500;

/** Data, not code: our bundle under /data/, Pagefind's index, filters, fragments and meta. */
export function isData(path: string): boolean {
  return (
    path.startsWith('/data/') ||
    /^\/pagefind\/((index|fragment|filter)\/|pagefind-entry\.json$|.*\.pf_meta$)/.test(path)
  );
}

export class NetMeter {
  private readonly inFlight = new Set<Request>();
  private lastActivity = performance.now();
  /** Chromium's transferred bytes so far. */
  browserBytes = 0;

  constructor(context: BrowserContext) {
    const seen = (r: Request) => {
      this.lastActivity = performance.now();
      return /^https?:/.test(r.url()); // data: and blob: URLs move no bytes
    };
    context.on('request', (r) => {
      if (seen(r)) this.inFlight.add(r);
    });
    context.on('requestfailed', (r) => {
      seen(r);
      this.inFlight.delete(r);
    });
    context.on('requestfinished', (r) => {
      if (!seen(r)) return;
      // Stays in flight until its sizes are known, so a step never ends before they are counted.
      void r
        .sizes()
        .then((s) => (this.browserBytes += s.responseBodySize + s.responseHeadersSize))
        .catch(() => undefined) // the page went away
        .finally(() => {
          this.inFlight.delete(r);
          this.lastActivity = performance.now();
        });
    });
  }

  /** Resolves once nothing has been in flight for `quietMs`. */
  async quiet(quietMs = QUIET_MS, timeoutMs = 60_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const now = performance.now();
      if (this.inFlight.size === 0 && now - this.lastActivity >= quietMs) return;
      if (now > deadline)
        throw new Error(
          `network never went quiet: ${[...this.inFlight].map((r) => r.url()).join(', ')}`,
        );
      await new Promise((r) => setTimeout(r, Math.min(50, quietMs / 2)));
    }
  }
}
