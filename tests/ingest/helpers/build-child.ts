/**
 * The ingest in a child process for the crash tests, with the tests' tiny
 * layout (so a small corpus makes many segments): the same runIngest the CLI
 * runs, with the CLI's exit codes. Usage: build-child.ts <input> <output> <cache dir>
 */
import { LockBusy } from '../../../src/ingest/publish/build-lock';
import { runIngest } from '../../../src/ingest/pipeline/run-ingest';
import { ingestOptions } from '../build-fixtures';

const [input, output, cacheDir, wait] = process.argv.slice(2);
try {
  const result = await runIngest(
    ingestOptions(input!, output!, { cacheDir: cacheDir!, waitMs: Number(wait ?? 0) * 1000 }),
  );
  console.log(`${result.outcome} ${result.buildId}`);
} catch (error) {
  console.error(`failed: ${(error as Error).message}`);
  process.exitCode = error instanceof LockBusy ? 3 : 1;
}
