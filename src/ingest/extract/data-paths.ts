/**
 * Where the extractor's editable data files live: <repo>/data. Resolved from
 * this module's location so the CLI, tests and scripts agree whatever the cwd.
 */
import { fileURLToPath } from 'node:url';

const DATA_DIR = new URL('../../../data/', import.meta.url);

export function dataFile(name: string): string {
  return fileURLToPath(new URL(name, DATA_DIR));
}
