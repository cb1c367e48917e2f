/**
 * The pure parts of search the reader meets directly: how a typed query is
 * read, where matches are highlighted, which passage a row shows, which filters
 * are suggested, and how filtered results follow the ranking.
 */
import { describe, expect, test } from 'vitest';
import { matchPassage } from '../../src/app/search/match-passage';
import { suggestFilters, suggestionCandidates } from '../../src/app/search/suggestions';
import { typedWord, withoutTypedWord } from '../../src/app/search/typed-word';
import { EMPTY_FILTERS } from '../../src/shared/paths';
import { parseQuery } from '../../src/shared/search-query';
import { phraseRanges, searchableText } from '../../src/shared/search-text';

const phrases = (q: string) => parseQuery(q).map((t) => `${t.exclude ? '-' : ''}${t.phrase}`);

describe('reading a query', () => {
  test('spaces separate terms, -word excludes, quotes keep a phrase with spaces', () => {
    expect(phrases('总工会 知识竞赛')).toEqual(['总工会', '知识竞赛']);
    expect(phrases('总工会 -门头沟')).toEqual(['总工会', '-门头沟']);
    expect(phrases('"app 平台" -“区级 工会”')).toEqual(['app 平台', '-区级 工会']);
    // An unclosed quote runs to the end; a lone minus is no term.
    expect(phrases('"职工 之家')).toEqual(['职工 之家']);
    expect(phrases('- 劳模')).toEqual(['劳模']);
  });

  test('full-width letters and digits, and case, are folded like the text', () => {
    expect(phrases('ＡＰＰ １２３５１')).toEqual(['app', '12351']);
    expect(searchableText('北京工会１２３５１平台，ＡＰＰ同步')).toBe('北京工会12351平台 app同步');
  });

  test('punctuation inside a term stands for any punctuation or spacing between its words', () => {
    expect(phrases('工会，职工')).toEqual(['工会 职工']);
    expect(phrases('，。')).toEqual([]);
    expect(phrases('  ')).toEqual([]);
  });
});

describe('highlighting', () => {
  test('maps matches in folded text back to the original offsets', () => {
    const text = '北京工会１２３５１平台';
    const [range] = phraseRanges(text, ['12351']);
    expect(text.slice(range![0], range![1])).toBe('１２３５１');
  });

  test('a phrase with punctuation highlights across it; separate matches stay separate', () => {
    const text = '区总工会、职工代表和工会干部';
    const ranges = phraseRanges(text, ['工会 职工', '工会']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['工会、职工', '工会']);
  });

  test('finds nothing for no phrases', () => {
    expect(phraseRanges('门头沟', [])).toEqual([]);
  });
});

describe('the passage a result row shows', () => {
  test('is cut around the first match, in headlines first, then paragraphs', () => {
    const long = `${'开头的文字'.repeat(10)}会上，区总工会为获奖职工颁发了证书。${'结尾'.repeat(80)}`;
    const passage = matchPassage(['标题', long], ['颁发'])!;
    expect(passage.startsWith('…')).toBe(true);
    expect(passage.endsWith('…')).toBe(true);
    expect(passage).toContain('为获奖职工颁发了证书');
    expect(matchPassage(['副题说颁发', long], ['颁发'])).toBe('副题说颁发');
    expect(matchPassage(['标题'], ['颁发'])).toBeUndefined();
  });
});

describe('filter suggestions', () => {
  const candidates = suggestionCandidates({
    districts: [
      { value: '朝阳区', count: 1179 },
      { value: '海淀区', count: 800 },
    ],
    types: [{ value: 'contest', label: '劳动和技能竞赛', count: 300 }],
    unions: [
      { value: '朝阳区总工会', count: 420 },
      { value: '北京市朝阳区某街道工会', count: 12 },
      { value: '空工会', count: 0 },
    ],
  });

  test('offers districts, unions and event types containing the typed word, prefix matches first', () => {
    const found = suggestFilters('朝阳', candidates, EMPTY_FILTERS);
    expect(found.map((s) => `${s.kind} ${s.label} · ${s.count}`)).toEqual([
      'districts 朝阳区 · 1179',
      'unions 朝阳区总工会 · 420',
      'unions 北京市朝阳区某街道工会 · 12',
    ]);
    expect(suggestFilters('竞赛', candidates, EMPTY_FILTERS)[0]).toMatchObject({
      kind: 'types',
      value: 'contest',
    });
  });

  test('leaves out values already filtered and values without articles', () => {
    const found = suggestFilters('朝阳', candidates, { ...EMPTY_FILTERS, districts: ['朝阳区'] });
    expect(found.map((s) => s.label)).not.toContain('朝阳区');
    expect(suggestFilters('空工会', candidates, EMPTY_FILTERS)).toEqual([]);
  });

  test('follow the word being typed, and picking one drops that word from the query', () => {
    expect(typedWord('劳模 朝阳')).toBe('朝阳');
    expect(typedWord('劳模 朝阳 ')).toBe('');
    expect(typedWord('-朝阳')).toBe('');
    expect(withoutTypedWord('劳模 朝阳')).toBe('劳模');
    expect(withoutTypedWord('朝阳')).toBe('');
  });
});
