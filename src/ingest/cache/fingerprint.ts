/**
 * What a page's parse result depends on besides its own bytes, as hashes:
 * the pipeline's code (every source file of the ingest and the shared contract,
 * and the dependency lock file), and every data file the extractor may load
 * (all of data/, whatever other parts add there, plus a taxonomy passed in).
 * Hashing the code instead of keeping a version number by hand means a cache
 * can never outlive a change nobody remembered to announce.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventTaxonomy } from '../../shared/schema';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CODE_DIRS = ['src/ingest', 'src/shared'];
const CODE_FILES = ['package-lock.json'];
const DATA_DIR = 'data';

/** Short, URL- and file-name-safe digest. */
export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url').slice(0, 22);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function hashFiles(files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(ROOT, file).split(sep).join('/')).update('\0');
    hash.update(readFileSync(file)).update('\0');
  }
  return hash.digest('base64url').slice(0, 22);
}

let code: string | undefined;

/** The ingest's code, as it is on disk now. */
export function codeFingerprint(): string {
  return (code ??= hashFiles([
    ...CODE_DIRS.flatMap((d) => filesUnder(join(ROOT, d))),
    ...CODE_FILES.map((f) => join(ROOT, f)).filter((f) => existsSync(f)),
  ]));
}

/** Every file in data/ and the taxonomy in use (it may come from --taxonomy, outside data/). */
export function dataFingerprint(taxonomy: EventTaxonomy, extraFiles: string[] = []): string {
  return digest(
    hashFiles(filesUnder(join(ROOT, DATA_DIR))),
    JSON.stringify(taxonomy),
    ...extraFiles.map((f) => readFileSync(f)),
  );
}
