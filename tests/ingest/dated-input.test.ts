import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../src/ingest/input/list-pages';
import { loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import { runIngest } from '../../src/ingest/pipeline/run-ingest';
import { extract } from './ingest-context';
import { SEEDS_DIR, seedFiles } from './seed-fixtures';

const taxonomy = loadEventTaxonomy();
const bannersFile = join(import.meta.dirname, '../../data/banners.json');

/** A folder holding seed pages under the given names (seed i → names[i]). */
function folderOfSeeds(names: string[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dated-'));
  const seeds = seedFiles();
  names.forEach((name, i) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    copyFileSync(join(SEEDS_DIR, seeds[i]!), join(dir, name));
  });
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

async function ingest(input: string) {
  const output = mkdtempSync(join(tmpdir(), 'bundle-'));
  return runIngest({ input, output, taxonomy, extract, bannersFile });
}

describe('publication dates from the input', () => {
  it('dates pages by their folder and file names and orders them by date and page', async () => {
    const dir = folderOfSeeds([
      '2023-02-10/03.txt',
      '20230209_01.txt',
      '2023/02/10/p1.txt',
      '2023-02/2023-02-11_p02.txt',
    ]);
    const { pages, warnings } = listPages(dir);
    expect(warnings).toEqual([]);
    expect(pages.map((p) => p.file)).toEqual([
      '20230209_01.txt',
      '2023/02/10/p1.txt',
      '2023-02-10/03.txt',
      '2023-02/2023-02-11_p02.txt',
    ]);

    const { articles } = await ingest(dir);
    const third = articles.find((a) => a.origin.file === '2023-02-10/03.txt');
    expect(third).toMatchObject({ date: '2023-02-10', dateSource: 'path', page: { number: 3 } });
    const dates = articles.map((a) => a.date);
    expect(dates).toEqual([...dates].sort());
    expect(articles.every((a) => a.dateSource === 'path')).toBe(true);
  });

  it('takes pages.json over the path, and the path for what pages.json leaves out', async () => {
    const dir = folderOfSeeds(['2023-02-10/03.txt', '2023-02-10/04.txt'], {
      'pages.json': JSON.stringify([
        { file: '2023-02-10/03.txt', date: '2023-02-12', pageName: '区县工会' },
      ]),
    });
    const { articles } = await ingest(dir);
    const listed = articles.find((a) => a.origin.file === '2023-02-10/03.txt');
    const unlisted = articles.find((a) => a.origin.file === '2023-02-10/04.txt');
    expect(listed).toMatchObject({
      date: '2023-02-12',
      dateSource: 'pages.json',
      page: { number: 3, name: '区县工会' },
    });
    expect(unlisted).toMatchObject({ date: '2023-02-10', dateSource: 'path', page: { number: 4 } });
    // Ordered by date: the page pages.json moves to the 12th now comes last.
    expect(articles.at(-1)?.origin.file).toBe('2023-02-10/03.txt');
  });

  it('reports an impossible date in pages.json by file and falls back to the path', async () => {
    const dir = folderOfSeeds(['2023-02-10/03.txt', 'loose.txt'], {
      'pages.json': JSON.stringify([
        { file: '2023-02-10/03.txt', date: '2023-02-30' },
        { file: 'loose.txt', date: 'soon' },
      ]),
    });
    const { report, articles } = await ingest(dir);
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /pages\.json: the entry for "2023-02-10\/03\.txt" has date "2023-02-30".*using 2023-02-10 from the path/,
      ),
      expect.stringMatching(
        /pages\.json: the entry for "loose\.txt" has date "soon".*left undated/,
      ),
    ]);
    expect(articles.find((a) => a.origin.file === '2023-02-10/03.txt')?.date).toBe('2023-02-10');
    const loose = articles.find((a) => a.origin.file === 'loose.txt');
    expect(loose?.date).toBeUndefined();
    expect(loose?.dateSource).toBeUndefined();
  });

  it('warns about an impossible date in a file name and keeps the page, undated', async () => {
    const dir = folderOfSeeds(['2023-02-30/03.txt']);
    const { report, articles } = await ingest(dir);
    expect(report.warnings.join('\n')).toMatch(/2023-02-30\/03\.txt: .*not a calendar date/);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((a) => a.date === undefined)).toBe(true);
  });
});
