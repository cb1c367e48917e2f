/**
 * Find the pages in an input folder: every .txt file below it, with the date and
 * page number the input gives (pages.json first, then the folder and file names;
 * see page-dates.ts), ordered by date, page number and file name. Undated pages
 * come first; a page header may still date them later (ingestPage).
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DateSource, PageMeta } from '../../shared/schema';
import { factsFromPath, parseDateText } from './page-dates';
import { PAGE_MANIFEST, readPageManifest } from './page-manifest';

export class InputError extends Error {}

/** A page's metadata, with where its date came from (pages.json wins over the path). */
export type PageFacts = PageMeta & { dateSource?: Extract<DateSource, 'pages.json' | 'path'> };

export interface PageRef {
  /** Relative to the input folder, forward slashes: stable across machines. */
  file: string;
  path: string;
  meta?: PageFacts;
}

export function listPages(inputDir: string): { pages: PageRef[]; warnings: string[] } {
  if (!existsSync(inputDir)) {
    throw new InputError(
      `input folder not found: ${inputDir}. Pass --input <folder of .txt pages> or set SEEDS_DIR.`,
    );
  }
  if (!statSync(inputDir).isDirectory()) {
    throw new InputError(
      `input is not a folder: ${inputDir}. Pass the folder that holds the .txt pages.`,
    );
  }
  const warnings: string[] = [];
  const skipped: string[] = [];
  const files = walk(inputDir, skipped).map((path) => ({
    path,
    file: relative(inputDir, path).split(sep).join('/'),
  }));
  warnings.push(...skippedWarning(inputDir, skipped));
  const meta = readPageManifest(inputDir, warnings);
  const present = new Set(files.map((f) => f.file));
  for (const name of meta.keys()) {
    if (!present.has(name)) {
      warnings.push(
        `${PAGE_MANIFEST}: lists "${name}", which is not in the folder; entry ignored.`,
      );
    }
  }
  const pages: PageRef[] = files.map((f) => {
    const facts = pageFacts(f.file, meta.get(f.file), warnings);
    return facts ? { ...f, meta: facts } : f;
  });
  pages.sort(comparePages);
  return { pages, warnings };
}

/**
 * pages.json's fields, with the path filling in a missing date or page number. A
 * pages.json date that is not a calendar date is reported and the path's is used.
 */
function pageFacts(
  file: string,
  listed: PageMeta | undefined,
  warnings: string[],
): PageFacts | undefined {
  const fromPath = factsFromPath(file);
  warnings.push(...fromPath.warnings);
  let listedDate: string | undefined;
  if (listed?.date !== undefined) {
    const parsed = parseDateText(listed.date);
    listedDate = parsed.date;
    if (!listedDate) {
      warnings.push(
        `${PAGE_MANIFEST}: the entry for "${file}" has date "${listed.date}", which is not a calendar date (expected YYYY-MM-DD); ${fromPath.date ? `using ${fromPath.date} from the path` : 'the page is left undated'}. Correct it in ${PAGE_MANIFEST}.`,
      );
    }
  }
  const date = listedDate ?? fromPath.date;
  const page = listed?.page ?? fromPath.page;
  const facts: PageFacts = {
    ...listed,
    ...(date ? { date, dateSource: listedDate ? 'pages.json' : 'path' } : {}),
    ...(page !== undefined ? { page } : {}),
  };
  if (!date) delete facts.date;
  return Object.keys(facts).length > 0 ? facts : undefined;
}

/**
 * Every .txt file below `dir`. Other files (not hidden, not JSON metadata) are
 * collected in `skipped`, so a folder of .html or .md exports is reported instead
 * of silently yielding nothing.
 */
function walk(dir: string, skipped: string[] = []): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, skipped));
    else if (entry.isFile() && /\.txt$/i.test(entry.name)) out.push(path);
    else if (entry.isFile() && !/\.json$/i.test(entry.name)) skipped.push(path);
  }
  return out;
}

function skippedWarning(inputDir: string, skipped: string[]): string[] {
  if (skipped.length === 0) return [];
  const names = skipped.map((path) => relative(inputDir, path).split(sep).join('/'));
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
  return [
    `${names.length} file${names.length > 1 ? 's are' : ' is'} not a .txt page and ${names.length > 1 ? 'were' : 'was'} not read: ${shown}. Save pages as UTF-8 .txt files to include them.`,
  ];
}

const byName = new Intl.Collator('en', { numeric: true });

function comparePages(a: PageRef, b: PageRef): number {
  const date = (a.meta?.date ?? '').localeCompare(b.meta?.date ?? '');
  if (date !== 0) return date;
  // Undated pages keep file order: page numbers from names like a/1.txt and
  // b/1.txt belong to different issues and must not interleave them.
  if (!a.meta?.date) return byName.compare(a.file, b.file);
  const page = (a.meta?.page ?? 0) - (b.meta?.page ?? 0);
  if (page !== 0) return page;
  return byName.compare(a.file, b.file);
}
