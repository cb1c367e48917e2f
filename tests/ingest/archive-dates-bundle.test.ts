import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveManifestSchema, DATES_FILE } from '../../src/shared/archive-bundle';
import {
  calendarFilePath,
  calendarFileSchema,
  issueFilePath,
  issueFileSchema,
} from '../../src/shared/issue-files';
import { decodeDateColumn } from '../../src/shared/date-column';
import { isoOfDay, NO_DAY } from '../../src/shared/periods';
import { loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import { runIngest } from '../../src/ingest/pipeline/run-ingest';
import { extract } from './ingest-context';
import { SEEDS_DIR, seedFiles } from './seed-fixtures';

const taxonomy = loadEventTaxonomy();
const bannersFile = join(import.meta.dirname, '../../data/banners.json');

async function ingestAs(names: string[]) {
  const input = mkdtempSync(join(tmpdir(), 'dated-'));
  names.forEach((name, i) => {
    mkdirSync(dirname(join(input, name)), { recursive: true });
    copyFileSync(join(SEEDS_DIR, seedFiles()[i]!), join(input, name));
  });
  const output = mkdtempSync(join(tmpdir(), 'bundle-'));
  const result = await runIngest({ input, output, taxonomy, extract, bannersFile });
  const read = (path: string) => readFileSync(join(output, path));
  const manifest = archiveManifestSchema.parse(JSON.parse(read('manifest.json').toString()));
  return { ...result, output, read, manifest };
}

describe('dates and issues in the bundle', () => {
  it('records every article’s day in the date column and counts months in the manifest', async () => {
    const { articles, manifest, read } = await ingestAs([
      '2022-12-30/01.txt',
      '2023-02-10/01.txt',
      '2023-02-10/03.txt',
      'undated.txt',
    ]);
    const dates = manifest.dates!;
    const undated = articles.filter((a) => !a.date).length;
    expect(undated).toBeGreaterThan(0);
    expect(dates).toMatchObject({
      dated: articles.length - undated,
      first: '2022-12-30',
      last: '2023-02-10',
      sorted: true,
    });
    const inMonth = (m: string) => articles.filter((a) => a.date?.startsWith(m)).length;
    // December 2022 to February 2023, January empty.
    expect(dates.months).toEqual([inMonth('2022-12'), 0, inMonth('2023-02')]);
    expect(inMonth('2022-12') + inMonth('2023-02')).toBe(dates.dated);

    const part = dates.parts[0]!;
    const column = decodeDateColumn(read(`${part.dir}/${DATES_FILE}`));
    expect(column.start).toBe(0);
    expect([...column.days].map((d) => (d === NO_DAY ? undefined : isoOfDay(d)))).toEqual(
      articles.map((a) => a.date),
    );
    // Undated pages sort first, so the dated ones follow in date order.
    expect(articles.slice(0, undated).every((a) => !a.date)).toBe(true);
  });

  it('writes one file per issue with its pages and stories in print order, and a calendar', async () => {
    const { articles, manifest, read } = await ingestAs([
      '2023-02-09_p01.txt',
      '2023-02-10_p03.txt',
      '2023-02-10_p01.txt',
    ]);
    expect(manifest.issues?.count).toBe(2);
    const issue = issueFileSchema.parse(
      JSON.parse(read(issueFilePath(manifest, '2023-02-10')!).toString()),
    );
    expect(issue.prev).toBe('2023-02-09');
    expect(issue.next).toBeUndefined();
    expect(issue.pages.map((p) => p.number)).toEqual([1, 3]);
    const page3 = articles.filter((a) => a.origin.file === '2023-02-10_p03.txt');
    expect(issue.pages[1]!.stories.map((s) => s.id)).toEqual(page3.map((a) => a.id));
    expect(issue.pages[1]!.stories[0]).toEqual({
      id: page3[0]!.id,
      index: articles.indexOf(page3[0]!),
      headlines: page3[0]!.headlines,
      roles: page3[0]!.headlineRoles,
      kind: page3[0]!.kind,
    });

    const calendar = calendarFileSchema.parse(
      JSON.parse(read(calendarFilePath(manifest)!).toString()),
    );
    expect(calendar.dates).toEqual(['2023-02-09', '2023-02-10']);
    expect(calendar.pages).toEqual([1, 2]);
    expect(calendar.stories).toEqual([
      articles.filter((a) => a.date === '2023-02-09').length,
      articles.filter((a) => a.date === '2023-02-10').length,
    ]);
  });

  it('writes no date or issue files for an undated archive (the seeds)', async () => {
    const { manifest, output } = await ingestAs(seedFiles());
    expect(manifest.dates).toBeUndefined();
    expect(manifest.issues).toBeUndefined();
    expect(readdirSync(output).filter((f) => /^(dates|issues)-/.test(f))).toEqual([]);
  });
});
