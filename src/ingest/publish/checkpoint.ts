/**
 * Named points in a build, for the crash tests (tests/ingest/publish-crash.test.ts):
 * with UNION_NEWS_BUILD_TRACE=1 each point is printed to stderr as it is
 * passed; with UNION_NEWS_BUILD_STOP_AT=<name>[#n] the build stops there (the
 * n-th time, default the first) and waits to be killed, so a test can SIGKILL
 * it at exactly that point. Without either variable this does nothing.
 */
const trace = process.env.UNION_NEWS_BUILD_TRACE === '1';
const stop = /^([\w:-]+)(?:#(\d+))?$/.exec(process.env.UNION_NEWS_BUILD_STOP_AT ?? '');
const counts = new Map<string, number>();

export function checkpoint(name: string): void {
  if (!trace && !stop) return;
  const n = (counts.get(name) ?? 0) + 1;
  counts.set(name, n);
  if (trace) process.stderr.write(`checkpoint ${name}#${n}\n`);
  if (stop && stop[1] === name && Number(stop[2] ?? 1) === n) {
    process.stderr.write(`stopped at ${name}#${n}\n`);
    // Block this thread (timers and I/O included) until the test kills the process.
    for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  }
}
