import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/pipeline/run-ingest';
import { loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import type { Article, IngestReport } from '../../src/shared/schema';
import { extract } from './ingest-context';
import { expectedRealPage, REAL_PAGES_DIR, realPageFiles } from './real-page-fixtures';

const root = join(import.meta.dirname, '../..');
const bannersFile = join(root, 'data/banners.json');

function realPagesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'real-pages-'));
  for (const file of realPageFiles()) copyFileSync(join(REAL_PAGES_DIR, file), join(dir, file));
  return dir;
}

const expected = realPageFiles().flatMap((f) => expectedRealPage(f).articles);

describe('ingesting a folder of real-convention pages', () => {
  it('writes every story, with titles, untitled flags and sources, and reports each move', async () => {
    const output = mkdtempSync(join(tmpdir(), 'real-out-'));
    const { articles, report } = await runIngest({
      input: realPagesFolder(),
      output,
      taxonomy: loadEventTaxonomy(),
      extract,
      bannersFile,
    });
    expect(articles.map((a) => a.title).sort()).toEqual(expected.map((a) => a.title).sort());
    expect(articles.filter((a) => a.untitled)).toHaveLength(
      expected.filter((a) => a.untitled).length,
    );
    expect(
      articles
        .map((a) => a.source)
        .filter(Boolean)
        .sort(),
    ).toEqual(
      expected
        .map((a) => a.source)
        .filter(Boolean)
        .sort(),
    );
    const repairs = report.pages.flatMap((p) => p.repairs);
    expect(repairs.filter((r) => r.kind === 'untitled-story')).toHaveLength(
      expected.filter((a) => a.untitled).length,
    );
    expect(repairs.filter((r) => r.kind === 'source-moved').length).toBeGreaterThanOrEqual(
      expected.filter((a) => a.source).length,
    );
    expect(report.totals.failedPages).toBe(0);
  });

  it('gives the same articles.json through npm run ingest', async () => {
    const output = mkdtempSync(join(tmpdir(), 'real-cli-'));
    await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/ingest/cli.ts',
        '--input',
        realPagesFolder(),
        '--output',
        output,
        '--quiet',
      ],
      { cwd: root },
    );
    const articles = JSON.parse(readFileSync(join(output, 'articles.json'), 'utf8')) as Article[];
    const report = JSON.parse(readFileSync(join(output, 'report.json'), 'utf8')) as IngestReport;
    expect(articles).toHaveLength(expected.length);
    const bylineOf = (title: string) => articles.find((a) => a.title === title)?.byline;
    expect(bylineOf('春风里的劳动者')).toMatchObject({
      authors: ['苗凤英'],
      photographers: ['阚志诚'],
    });
    expect(bylineOf('天津港职工创新成果发布')).toMatchObject({
      reporters: ['尹洪涛'],
      correspondents: ['陶凯'],
    });
    const dropped = report.pages.flatMap((p) => p.dropped.map((d) => d.kind));
    // A publication line under a web title is reported: its date and counters as the
    // page's header, the rest (来源, 作者) where the story's credits are read.
    const photoPage = report.pages.find((p) => p.file === 'website-photo-credit.txt');
    expect(photoPage?.dropped.map((d) => d.text)).toContain('2024年01月22日09:15');
    expect(photoPage?.header?.date).toBe('2024-01-22');
    // An editors' line is either page furniture (at the foot of a page) or a
    // story's editor credit; either way it is reported, never body text.
    expect(dropped.some((k) => k === 'editor-credit' || k === 'page-footer')).toBe(true);
  }, 60_000);
});
