/**
 * pages.json: the optional list of a folder's pages with their date, page number,
 * page name and paper. Archives written by other tools spell it in other ways, so
 * the reader accepts the common shapes and field names rather than only ours:
 *
 * - an array of entries, `{ "pages": [...] }`, or an object keyed by file name;
 * - file as `file`, `path` or `filename` (./ and backslashes allowed);
 * - date as `date`, `pubDate`, `publishDate`, `issueDate`, in any spelling the
 *   file names accept (checked later by parseDateText);
 * - page number as `page`, `pageNo`, `pageNumber`, `版次`, a number or text such as
 *   "03", "第3版", "A03";
 * - page name as `pageName`, `section`, `版名`, `name` (when it is not the file);
 * - paper as `paper`, `newspaper`, `publication`, `报名`.
 *
 * An entry that cannot be read is reported by its index and skipped; the others
 * are kept, so one bad row never discards a whole archive's dates.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PageMeta } from '../../shared/schema';
import { pageFromName } from './page-dates';

export const PAGE_MANIFEST = 'pages.json';

const FILE_KEYS = ['file', 'path', 'filename', 'fileName'];
const DATE_KEYS = ['date', 'pubDate', 'publishDate', 'publishedAt', 'issueDate', '日期'];
const PAGE_KEYS = ['page', 'pageNo', 'pageNumber', 'page_no', '版次'];
const NAME_KEYS = ['pageName', 'page_name', 'section', '版名', 'name'];
const PAPER_KEYS = ['paper', 'newspaper', 'publication', '报名'];

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function firstText(entry: Entry, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = entry[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

const normalizeFile = (file: string) => file.replace(/\\/gu, '/').replace(/^(?:\.\/)+/u, '');

function entriesOf(json: unknown): Entry[] | undefined {
  if (Array.isArray(json)) return json as Entry[];
  if (!isEntry(json)) return undefined;
  if (Array.isArray(json.pages)) return json.pages as Entry[];
  // An object keyed by file name: { "2023-02-10/01.txt": { date, page } }.
  const values = Object.entries(json);
  if (values.every(([, v]) => isEntry(v))) {
    return values.map(([file, v]) => ({ file, ...(v as Entry) }));
  }
  return undefined;
}

export function readPageManifest(dir: string, warnings: string[]): Map<string, PageMeta> {
  const path = join(dir, PAGE_MANIFEST);
  const map = new Map<string, PageMeta>();
  if (!existsSync(path)) return map;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    warnings.push(
      `${PAGE_MANIFEST}: not valid JSON (${(error as Error).message}); page metadata ignored, pages ordered by file name. Fix the file or remove it.`,
    );
    return map;
  }
  const entries = entriesOf(json);
  if (!entries) {
    warnings.push(
      `${PAGE_MANIFEST}: expected an array of {file, date?, page?, pageName?, paper?} (or an object keyed by file name); page metadata ignored.`,
    );
    return map;
  }
  entries.forEach((entry, index) => {
    const file = isEntry(entry) ? firstText(entry, FILE_KEYS) : undefined;
    if (!isEntry(entry) || !file) {
      warnings.push(
        `${PAGE_MANIFEST}: entry ${index} names no file (expected a "file" field); entry ignored.`,
      );
      return;
    }
    const date = firstText(entry, DATE_KEYS);
    const pageText = firstText(entry, PAGE_KEYS);
    const page = pageText === undefined ? undefined : pageFromName(pageText);
    if (pageText !== undefined && page === undefined) {
      warnings.push(
        `${PAGE_MANIFEST}: the entry for "${file}" has page "${pageText}", which is not a page number; the page number is taken from the path or header.`,
      );
    }
    const named = firstText(entry, NAME_KEYS);
    const pageName = named && normalizeFile(named) !== normalizeFile(file) ? named : undefined;
    const paper = firstText(entry, PAPER_KEYS);
    map.set(normalizeFile(file), {
      ...(date ? { date } : {}),
      ...(page !== undefined ? { page } : {}),
      ...(pageName ? { pageName } : {}),
      ...(paper ? { paper } : {}),
    });
  });
  return map;
}
