import { describe, expect, test } from 'vitest';
import { feedFile, feedFileName, feedPath } from '../../src/shared/feed-paths';

describe('feed file names', () => {
  test('district, union and event type names are their own file names', () => {
    expect(feedFile('district', '朝阳区')).toBe('feeds/district/朝阳区.xml');
    expect(feedFile('union', '北京市总工会')).toBe('feeds/union/北京市总工会.xml');
    expect(feedFile('union', '顺义区总工会（职工服务中心）')).toBe(
      'feeds/union/顺义区总工会（职工服务中心）.xml',
    );
    expect(feedFile('type', 'knowledge-contest')).toBe('feeds/type/knowledge-contest.xml');
  });

  test('URL paths are percent-encoded', () => {
    expect(feedPath('district', '朝阳区')).toBe('feeds/district/%E6%9C%9D%E9%98%B3%E5%8C%BA.xml');
  });

  test('names a host or file system could misread get a safe name with a hash of the whole', () => {
    const odd = [
      '北京/天津联合工会', // a slash would make a folder
      '工会?联合会',
      '工会#1',
      '100%工会',
      '工会 联合会',
      '..',
      '.hidden工会',
      'ABC科技公司工会', // merged with abc… on case-insensitive file systems
      '工会\u200b联合会', // zero-width space: invisible in the URL
      'e\u0301工会', // not in NFC
      '一'.repeat(61),
    ];
    const names = odd.map(feedFileName);
    for (const [i, name] of names.entries()) {
      expect(name, odd[i]).toMatch(/^[\p{L}\p{M}\p{N}\-_·（）()]+-[0-9a-f]{8}$/u);
      expect(name, odd[i]).not.toMatch(/[A-Z]/);
      expect(Array.from(name).length).toBeLessThanOrEqual(49);
    }
    expect(new Set(names).size).toBe(odd.length);
    expect(feedFileName('北京/天津联合工会')).toMatch(/^北京天津联合工会-/);
    expect(feedFileName('..')).toMatch(/^feed-/);
    // Stable: the browser computes the same name from the same value.
    expect(feedFileName('工会#1')).toBe(feedFileName('工会#1'));
  });
});
