import { describe, expect, it } from 'vitest';
import { CharTrie } from '../../../src/ingest/extract/char-trie';

describe('CharTrie', () => {
  it('finds the longest key starting at a position', () => {
    const trie = new CharTrie<string>();
    trie.set('朝阳', 'short');
    trie.set('朝阳市', 'city');
    expect(trie.longestAt('辽宁朝阳市', 2)).toEqual({ start: 2, end: 5, value: 'city' });
    expect(trie.longestAt('朝阳区', 0)).toEqual({ start: 0, end: 2, value: 'short' });
    expect(trie.longestAt('朝', 0)).toBeUndefined();
    expect(trie.longestAt('区', 0)).toBeUndefined();
  });

  it('visits every key starting at a position, shortest first', () => {
    const trie = new CharTrie<number>();
    trie.set('记者采访', 1);
    trie.set('记者', 2);
    const seen: [number, number][] = [];
    trie.forEachAt('记者采访时', 0, (end, value) => seen.push([end, value]));
    expect(seen).toEqual([
      [2, 2],
      [4, 1],
    ]);
  });

  it('stores one-character keys and replaces values', () => {
    const trie = new CharTrie<number>();
    trie.set('镇', 1);
    trie.set('镇', 2);
    expect(trie.get('镇')).toBe(2);
    expect(trie.size).toBe(1);
    expect(trie.longestAt('镇街', 0)).toEqual({ start: 0, end: 1, value: 2 });
    expect(() => trie.set('', 0)).toThrow();
  });

  it('keeps every key when it grows past its initial table', () => {
    const trie = new CharTrie<number>();
    const keys: string[] = [];
    for (let i = 0; i < 5000; i++)
      keys.push(
        `区${String.fromCharCode(0x4e00 + (i % 300))}${String.fromCharCode(0x4e00 + Math.floor(i / 300))}`,
      );
    keys.forEach((k, i) => trie.set(k, i));
    expect(trie.size).toBe(5000);
    keys.forEach((k, i) => expect(trie.get(k)).toBe(i));
    expect(trie.get('区')).toBeUndefined();
  });
});
