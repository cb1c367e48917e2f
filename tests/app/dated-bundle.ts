/**
 * The dated fixture bundle (tests/fixtures/bundle/dated.ts), written by the
 * ingest's own writer into a temporary folder once per test file, as files for
 * renderApp. Its manifest replaces the undated fixture's.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDatedFixture } from '../fixtures/bundle/dated';
import { filesIn, type FixtureFile } from './render-app';

let files: Record<string, FixtureFile> | undefined;

export function datedFiles(): Record<string, FixtureFile> {
  if (!files) {
    const dir = mkdtempSync(join(tmpdir(), 'dated-bundle-'));
    writeDatedFixture(dir);
    files = filesIn(dir);
  }
  return files;
}
