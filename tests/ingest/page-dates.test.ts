import { describe, expect, it } from 'vitest';
import { factsFromPath, parseDateText } from '../../src/ingest/input/page-dates';

describe('dates and page numbers from folder and file names', () => {
  it.each([
    ['2023-02-10/03.txt', '2023-02-10', 3],
    ['20230210_03.txt', '2023-02-10', 3],
    ['2023/02/10/p3.txt', '2023-02-10', 3],
    ['2023-02-10_p03.txt', '2023-02-10', 3],
    ['2023-02/2023-02-10_p01.txt', '2023-02-10', 1],
    ['2023_02_10/page_12.txt', '2023-02-10', 12],
    ['2023.2.9-P05.txt', '2023-02-09', 5],
    ['劳动午报/2023年2月10日/第3版.txt', '2023-02-10', 3],
    ['archive/2019/01/07/A.txt', '2019-01-07', undefined],
    ['ldwb_20230210_03.txt', '2023-02-10', 3],
    ['2023.02.10/A03.txt', '2023-02-10', 3],
    ['20230210-p03-要闻.txt', '2023-02-10', 3],
    ['劳动午报2023-02-10第3版.txt', '2023-02-10', 3],
    ['2023/0210/03.txt', '2023-02-10', 3],
    ['2023-02-10/p03区县工会.txt', '2023-02-10', 3],
    ['page03_20230210.txt', '2023-02-10', 3],
  ])('%s → %s, page %s', (file, date, page) => {
    const facts = factsFromPath(file);
    expect(facts.date).toBe(date);
    expect(facts.page).toBe(page);
    expect(facts.warnings).toEqual([]);
  });

  it('finds nothing in names that only contain digits: hashes, counters, ids', () => {
    for (const file of [
      '000_4042bde3bc384a6e.txt',
      'scan-12345678.txt',
      'a20230210b.txt',
      'notes.txt',
      '19991399_01.txt',
    ]) {
      const facts = factsFromPath(file);
      expect(facts.date, file).toBeUndefined();
      expect(facts.warnings, file).toEqual([]);
    }
    expect(factsFromPath('000_4042bde3bc384a6e.txt').page).toBeUndefined();
    // Two numbers in one name: which is the page is a guess, so none is taken.
    expect(factsFromPath('2023-02-10/03_07.txt').page).toBeUndefined();
  });

  it('reports an impossible date by file name and leaves the page undated', () => {
    const facts = factsFromPath('2023-02-30/03.txt');
    expect(facts.date).toBeUndefined();
    expect(facts.page).toBe(3);
    expect(facts.warnings).toEqual([
      expect.stringMatching(/^2023-02-30\/03\.txt: .*2023-02-30.*not a calendar date.*pages\.json/),
    ]);
    expect(factsFromPath('20230431_02.txt').warnings[0]).toMatch(/20230431/);
  });

  it('prefers the file name when folder and file disagree, and says so', () => {
    const facts = factsFromPath('2023-02-10/2023-02-11_p02.txt');
    expect(facts.date).toBe('2023-02-11');
    expect(facts.page).toBe(2);
    expect(facts.warnings[0]).toMatch(/two dates, 2023-02-10 and 2023-02-11; using 2023-02-11/);
  });
});

describe('dates written in pages.json', () => {
  it('accepts the usual spellings and normalises them', () => {
    expect(parseDateText('2023-02-10').date).toBe('2023-02-10');
    expect(parseDateText('2023/2/9').date).toBe('2023-02-09');
    expect(parseDateText('20230210').date).toBe('2023-02-10');
    expect(parseDateText('2023年2月10日').date).toBe('2023-02-10');
  });

  it('rejects text that is not exactly one calendar date', () => {
    expect(parseDateText('2023-02-29')).toEqual({ impossible: '2023-02-29' });
    expect(parseDateText('2024-02-29').date).toBe('2024-02-29');
    expect(parseDateText('Feb 10, 2023').date).toBeUndefined();
    expect(parseDateText('2023-02-10 morning').date).toBeUndefined();
  });
});
