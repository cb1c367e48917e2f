import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFromName } from '../../src/ingest/input/page-dates';
import { readPageManifest } from '../../src/ingest/input/page-manifest';

function manifest(json: unknown): { map: ReturnType<typeof readPageManifest>; warnings: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'pages-json-'));
  writeFileSync(join(dir, 'pages.json'), JSON.stringify(json));
  const warnings: string[] = [];
  return { map: readPageManifest(dir, warnings), warnings };
}

describe('pages.json as other archive tools write it', () => {
  it('reads our own shape: an array of {file, date, page, pageName, paper}', () => {
    const { map, warnings } = manifest([
      {
        file: '2023-02-10/01.txt',
        date: '2023-02-10',
        page: 1,
        pageName: '要闻',
        paper: '劳动午报',
      },
    ]);
    expect(map.get('2023-02-10/01.txt')).toEqual({
      date: '2023-02-10',
      page: 1,
      pageName: '要闻',
      paper: '劳动午报',
    });
    expect(warnings).toEqual([]);
  });

  it('reads an object keyed by file name, and {pages: [...]}', () => {
    expect(manifest({ 'a/03.txt': { date: '2023/2/10', page: '03' } }).map.get('a/03.txt')).toEqual(
      { date: '2023/2/10', page: 3 },
    );
    expect(
      manifest({ pages: [{ path: './b.txt', pubDate: '2023年2月10日' }] }).map.get('b.txt'),
    ).toEqual({ date: '2023年2月10日' });
  });

  it('takes other field names for the page number, page name and paper', () => {
    const { map } = manifest([
      { filename: 'p\\03.txt', 版次: '第3版', section: '区县工会', newspaper: '劳动午报' },
      { file: 'x.txt', pageNo: 'A05', name: 'x.txt' },
    ]);
    expect(map.get('p/03.txt')).toEqual({ page: 3, pageName: '区县工会', paper: '劳动午报' });
    // "name" that only repeats the file is not a page name.
    expect(map.get('x.txt')).toEqual({ page: 5 });
  });

  it('skips and reports a row without a file or with an unreadable page, keeping the others', () => {
    const { map, warnings } = manifest([
      { date: '2023-02-10' },
      { file: 'ok.txt', date: '2023-02-10', page: 'front' },
    ]);
    expect([...map.keys()]).toEqual(['ok.txt']);
    expect(map.get('ok.txt')).toEqual({ date: '2023-02-10' });
    expect(warnings[0]).toMatch(/pages\.json: entry 0 names no file/);
    expect(warnings[1]).toMatch(/"ok\.txt" has page "front", which is not a page number/);
  });

  it('reports a pages.json that is neither a list nor a map of entries', () => {
    const { map, warnings } = manifest({ version: 2, count: 3 });
    expect(map.size).toBe(0);
    expect(warnings[0]).toMatch(/pages\.json: expected an array of \{file/);
  });

  it.each([
    [3, 3],
    ['03', 3],
    ['第3版', 3],
    ['A03', 3],
    ['p12', 12],
    ['0', undefined],
    ['front', undefined],
    ['2023', undefined],
  ])('page %s → %s', (text, page) => {
    expect(pageFromName(String(text))).toBe(page);
  });
});
