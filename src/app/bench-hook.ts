/**
 * The part of the benchmark hook (bench.ts) that every page carries: the reader
 * reports each commit here, and the hook, loaded only with `?bench`, listens.
 */
export interface Commit {
  /** readerSearchParams of the filters the commit shows. */
  state: string;
  /** Results and counts are computed for that state (not loading). */
  settled: boolean;
}

let listener: ((commit: Commit) => void) | undefined;
let last: Commit | undefined;

/** Called by ReaderPage after every commit. */
export function reportCommit(commit: Commit): void {
  last = commit;
  listener?.(commit);
}

/** The hook's listener (one at a time), and the last commit it may have missed while loading. */
export function listenToCommits(next: ((commit: Commit) => void) | undefined): Commit | undefined {
  listener = next;
  return last;
}

export function benchRequested(): boolean {
  return (
    new URLSearchParams(window.location.search).has('bench') || window.__readerBench !== undefined
  );
}
