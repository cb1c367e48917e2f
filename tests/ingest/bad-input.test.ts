import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  copyFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/pipeline/run-ingest';
import { InputError } from '../../src/ingest/input/list-pages';
import { extract } from './ingest-context';
import { loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import { SEEDS_DIR, seedFiles } from './seed-fixtures';

const taxonomy = loadEventTaxonomy();
const bannersFile = join(import.meta.dirname, '../../data/banners.json');

function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function ingest(input: string) {
  const output = mkdtempSync(join(tmpdir(), 'bundle-'));
  return { output, ...(await runIngest({ input, output, taxonomy, extract, bannersFile })) };
}

describe('ingest on bad input', () => {
  it('refuses a missing folder with a message that names it and says what to do', async () => {
    await expect(ingest('/nonexistent/pages')).rejects.toThrow(InputError);
    await expect(ingest('/nonexistent/pages')).rejects.toThrow(
      /input folder not found: \/nonexistent\/pages.*--input/,
    );
  });

  it('writes an empty, valid bundle for an empty folder and says so', async () => {
    const { articles, report, output } = await ingest(folderWith({}));
    expect(articles).toEqual([]);
    expect(report.warnings.join('\n')).toMatch(/no \.txt pages found/);
    expect(existsSync(join(output, 'manifest.json'))).toBe(true);
  });

  it('reports empty, binary and article-less files by name and still ingests the good pages', async () => {
    const seed = seedFiles()[0]!;
    const dir = folderWith({
      'empty.txt': '',
      'scan.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      // Only headings, no text: plain text without a headline is an untitled story (issue 7).
      'notes.txt': '会议记录\n\n待整理的标题\n',
    });
    copyFileSync(join(SEEDS_DIR, seed), join(dir, seed));
    const { report, articles } = await ingest(dir);
    const byFile = new Map(report.pages.map((p) => [p.file, p]));
    expect(byFile.get('empty.txt')?.error).toMatch(/empty\.txt: the file is empty/);
    expect(byFile.get('scan.txt')?.error).toMatch(/scan\.txt: .*binary/);
    expect(byFile.get('notes.txt')?.warnings.join()).toMatch(/notes\.txt: no article found/);
    // The text of the article-less page is kept in the report, not lost.
    expect(byFile.get('notes.txt')?.dropped.map((d) => d.text)).toEqual([
      '会议记录',
      '待整理的标题',
    ]);
    expect(articles.length).toBe(6);
    expect(report.totals.failedPages).toBe(2);
  });

  it('handles a very large page in one piece and warns about its size', async () => {
    const page = readFileSync(join(SEEDS_DIR, seedFiles()[4]!), 'utf8');
    const huge = Array.from({ length: 260 }, (_, i) =>
      page.replace(/建工装饰工会将贴心关爱送进项目部/, `建工装饰工会第${i}次走访`),
    ).join('\n');
    const { report, articles } = await ingest(folderWith({ 'huge.txt': huge }));
    expect(report.pages[0]?.warnings.join()).toMatch(/huge\.txt: .* MB is unusually large/);
    expect(articles.length).toBeGreaterThan(260 * 6);
  });

  it('orders pages by the optional pages.json metadata and attaches it to articles', async () => {
    const [a, b] = seedFiles();
    const dir = folderWith({
      'pages.json': JSON.stringify([
        { file: a, date: '2023-02-11', page: 3, pageName: '要闻', paper: '劳动午报' },
        { file: b, date: '2023-02-10', page: 2 },
      ]),
    });
    copyFileSync(join(SEEDS_DIR, a!), join(dir, a!));
    copyFileSync(join(SEEDS_DIR, b!), join(dir, b!));
    const { articles } = await ingest(dir);
    expect(articles[0]?.origin.file).toBe(b);
    expect(articles.at(-1)).toMatchObject({
      origin: { file: a },
      date: '2023-02-11',
      dateSource: 'pages.json',
      page: { number: 3, name: '要闻', paper: '劳动午报' },
    });
  });

  it('reports files that are not .txt pages instead of silently skipping them', async () => {
    const dir = folderWith({ 'a/page.html': '<p>x</p>', 'notes.md': '# x', 'meta.json': '{}' });
    copyFileSync(join(SEEDS_DIR, seedFiles()[0]!), join(dir, seedFiles()[0]!));
    const { report, articles } = await ingest(dir);
    expect(articles.length).toBe(6);
    expect(report.warnings).toContainEqual(
      '2 files are not a .txt page and were not read: a/page.html, notes.md. Save pages as UTF-8 .txt files to include them.',
    );
  });

  it('ignores a malformed pages.json with a warning instead of failing', async () => {
    const dir = folderWith({ 'pages.json': '{"oops": ' });
    copyFileSync(join(SEEDS_DIR, seedFiles()[0]!), join(dir, seedFiles()[0]!));
    const { report, articles } = await ingest(dir);
    expect(report.warnings.join()).toMatch(/pages\.json: not valid JSON/);
    expect(articles.length).toBe(6);
  });
});
