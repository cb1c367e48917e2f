import { describe, expect, test } from 'vitest';
import { LatestArticles, newestFirst } from '../../src/site/latest-articles';

describe('the latest articles of a feed', () => {
  test('newest date first, then the later corpus position; undated articles last', () => {
    const items = [
      { position: 0 },
      { position: 1, date: '2023-02-10' },
      { position: 2, date: '2023-02-11' },
      { position: 3, date: '2023-02-11' },
      { position: 4 },
      { position: 5, date: '2023-01-30' },
    ];
    expect([...items].sort(newestFirst).map((i) => i.position)).toEqual([3, 2, 1, 5, 4, 0]);
  });

  test('each feed keeps only its newest N, whatever order articles come in', () => {
    const latest = new LatestArticles<{ position: number; date?: string }>(3);
    const order = [7, 2, 9, 0, 5, 8, 1, 6, 3, 4];
    for (const position of order) {
      const item = { position, date: `2023-03-${String(10 + (position % 4)).padStart(2, '0')}` };
      latest.add('all', item);
      if (position % 2 === 0) latest.add('even', item);
    }
    // Dates: 13 for 3 and 7, 12 for 2 and 6, 11 for 1, 5 and 9, 10 for 0, 4 and 8.
    expect(latest.get('all').map((i) => i.position)).toEqual([7, 3, 6]);
    expect(latest.get('even').map((i) => i.position)).toEqual([6, 2, 8]);
    expect(latest.get('none')).toEqual([]);
  });
});
