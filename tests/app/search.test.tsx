import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { shardsForTerms } from '../../src/shared/search-match';
import { parseQuery } from '../../src/shared/search-query';
import { fetchedPaths, fixtureManifest, renderApp } from './render-app';

async function resultTitles() {
  const list = await screen.findByRole('list', { name: '文章列表' });
  return within(list)
    .getAllByRole('link')
    .map((a) => a.textContent);
}

describe('Chinese full-text search', () => {
  test('typing 知识竞赛 in the search field finds the quiz and puts the query in the URL', async () => {
    const { user, location } = renderApp('/');
    await screen.findByRole('list', { name: '文章列表' });
    await user.type(screen.getByRole('combobox', { name: '搜索' }), '知识竞赛');
    await waitFor(async () => expect(await resultTitles()).toEqual(['大兴区职工知识竞赛决赛开赛']));
    expect(location().params.get('q')).toBe('知识竞赛');
    expect(screen.getByText('找到 1 篇与“知识竞赛”相关的文章')).toBeInTheDocument();
  });

  test('matches are highlighted in the list with <mark>', async () => {
    renderApp('/?q=知识竞赛');
    const list = await screen.findByRole('list', { name: '文章列表' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(1));
    const marks = list.querySelectorAll('mark');
    expect(marks.length).toBeGreaterThan(0);
    expect([...marks].every((m) => m.textContent === '知识竞赛')).toBe(true);
  });

  test('门头沟 finds the 门头沟 story', async () => {
    renderApp('/?q=门头沟');
    await waitFor(async () =>
      expect(await resultTitles()).toEqual(['全国总工会赴门头沟调研“县级工会加强年”专项工作']),
    );
  });

  test('送温暖 finds the 送温暖 story', async () => {
    renderApp('/?q=送温暖');
    await waitFor(async () =>
      expect(await resultTitles()).toEqual(['天桥街道总工会2000余份礼包送职工']),
    );
  });

  test('a match only in the body shows its passage in the row, and is highlighted in the article', async () => {
    const { user } = renderApp('/?q=干果礼盒');
    await waitFor(async () =>
      expect(await resultTitles()).toEqual(['天桥街道总工会2000余份礼包送职工']),
    );
    // Neither the title nor the opening has it: the row shows the passage around the match.
    const list = screen.getByRole('list', { name: '文章列表' });
    await waitFor(() => expect(list.querySelector('mark')?.textContent).toBe('干果礼盒'));
    expect(list.querySelector('.result-excerpt')?.textContent).toMatch(/^….*干果礼盒/);
    await user.click(within(list).getByRole('link'));
    const article = await screen.findByRole('article');
    await waitFor(() => expect(article.querySelector('mark')?.textContent).toBe('干果礼盒'));
  });

  test('results come by relevance: the phrase in the title first, then in the lead, newest first among equals', async () => {
    renderApp('/?q=总工会');
    await waitFor(async () => expect((await resultTitles()).length).toBe(6));
    const titles = await resultTitles();
    // Two titles name 总工会; they come before every story that has it only in the text.
    expect(titles.slice(0, 2).every((t) => t?.includes('总工会'))).toBe(true);
    expect(titles.slice(2).some((t) => t?.includes('总工会'))).toBe(false);
  });

  test('excluding a word with -word and keeping a phrase with quotes', async () => {
    renderApp('/?q=总工会 -调研');
    // 总工会 is in six stories, three of which also have 调研.
    await waitFor(async () => expect((await resultTitles()).length).toBe(3));
    expect((await resultTitles()).some((t) => t?.includes('调研'))).toBe(false);
  });

  test('the reading pane steps through every match with a count', async () => {
    const { user } = renderApp('/?q=工会');
    const list = await screen.findByRole('list', { name: '文章列表' });
    await waitFor(() => expect(within(list).getAllByRole('link').length).toBe(6));
    await user.click(within(list).getAllByRole('link')[0]!);
    const matches = await screen.findByRole('group', { name: '正文中的匹配' });
    const article = await screen.findByRole('article');
    const total = article.querySelectorAll('mark').length;
    expect(total).toBeGreaterThan(2);
    expect(within(matches).getByRole('status')).toHaveTextContent(`共 ${total} 处匹配`);
    await user.click(within(matches).getByRole('button', { name: '下一处匹配' }));
    await user.click(within(matches).getByRole('button', { name: '下一处匹配' }));
    expect(within(matches).getByRole('status')).toHaveTextContent(`第 2 / ${total} 处`);
    expect(article.querySelectorAll('mark')[1]).toHaveAttribute('data-current');
    await user.click(within(matches).getByRole('button', { name: '上一处匹配' }));
    await user.click(within(matches).getByRole('button', { name: '上一处匹配' }));
    expect(within(matches).getByRole('status')).toHaveTextContent(`第 ${total} / ${total} 处`);
  });

  test('typing a place offers it as a filter; picking it with the keyboard filters and drops the word', async () => {
    const { user, location } = renderApp('/');
    await screen.findByRole('list', { name: '文章列表' });
    const box = screen.getByRole('combobox', { name: '搜索' });
    await user.type(box, '劳模 西城');
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveAccessibleName(/^区域 西城区 · \d+ 篇$/);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(location().params.getAll('district')).toEqual(['西城区']);
    expect(location().params.get('q')).toBe('劳模');
    expect(box).toHaveValue('劳模');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveFocus();
  });

  test('Esc closes the suggestions first, then clears the query', async () => {
    const { user, location } = renderApp('/');
    await screen.findByRole('list', { name: '文章列表' });
    const box = screen.getByRole('combobox', { name: '搜索' });
    await user.type(box, '西城');
    await screen.findByRole('listbox', { name: '筛选建议' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox', { name: '筛选建议' })).toBeNull();
    expect(location().params.get('q')).toBe('西城');
    await user.keyboard('{Escape}');
    expect(location().params.get('q')).toBeNull();
  });

  test('总工会 matches most stories; several words must all occur', async () => {
    const { user } = renderApp('/?q=总工会');
    await waitFor(async () => expect((await resultTitles()).length).toBeGreaterThanOrEqual(5));
    const box = screen.getByRole('combobox', { name: '搜索' });
    expect(box).toHaveValue('总工会');
    await user.type(box, ' 礼包');
    await waitFor(async () =>
      expect(await resultTitles()).toEqual(['天桥街道总工会2000余份礼包送职工']),
    );
  });

  test('search and facets combine: facet counts follow the query', async () => {
    renderApp('/?q=调研');
    // 昌平 and 门头沟 visits, and 西城's “调研报告”.
    await waitFor(async () => expect((await resultTitles()).length).toBe(3));
    const district = screen.getByRole('group', { name: '区域' });
    expect(
      within(district).getByRole('checkbox', { name: '门头沟区' }),
    ).toHaveAccessibleDescription('1 篇');
    expect(within(district).getByRole('checkbox', { name: '大兴区' })).toBeDisabled();
  });

  test('a search fetches only the shards its tokens live in, and no article text', async () => {
    const m = fixtureManifest();
    const { fetchMock } = renderApp('/?q=知识竞赛');
    await waitFor(async () => expect(await resultTitles()).toEqual(['大兴区职工知识竞赛决赛开赛']));
    const fetched = fetchedPaths(fetchMock);
    // Every search segment is asked, each for only the shards the phrase's entries live in.
    const searchDirs = m.search.segments.map((seg) => `${seg.dir}/`);
    const shards = fetched.filter((p) => searchDirs.some((d) => p.startsWith(d)));
    const needed = m.search.segments.flatMap((seg) =>
      shardsForTerms(parseQuery('知识竞赛'), seg.shards).map((n) => `${seg.dir}/${n}.bin`),
    );
    expect(shards.sort()).toEqual(needed.sort());
    expect(needed.length).toBeLessThan(m.search.segments.reduce((n, seg) => n + seg.shards, 0));
    const articleDirs = m.articles.segments.map((s) => `${s.dir}/`);
    expect(fetched.some((p) => articleDirs.some((d) => p.startsWith(d)))).toBe(false);
  });

  test('a shard is fetched once, however many queries need it', async () => {
    const { user, fetchMock } = renderApp('/?q=门头沟');
    await waitFor(async () => expect((await resultTitles()).length).toBe(1));
    const box = screen.getByRole('combobox', { name: '搜索' });
    await user.clear(box);
    await user.type(box, '门头沟');
    await waitFor(async () => expect((await resultTitles()).length).toBe(1));
    const paths = fetchedPaths(fetchMock).filter(
      (p) => p.endsWith('.bin') && p.startsWith('search-'),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('a single Chinese character is searched like any phrase', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('list', { name: '文章列表' });
    await user.type(screen.getByRole('combobox', { name: '搜索' }), '沟');
    // 门头沟 and 沟通: the stories with the character 沟, and only those.
    await waitFor(async () => expect((await resultTitles()).length).toBeGreaterThan(0));
    const status = await screen.findByText(/^找到 \d+ 篇与“沟”相关的文章/);
    const found = Number(/找到 (\d+) 篇/.exec(status.textContent ?? '')?.[1]);
    await user.type(screen.getByRole('combobox', { name: '搜索' }), '通');
    const narrower = await screen.findByText(/^找到 \d+ 篇与“沟通”相关的文章/);
    expect(Number(/找到 (\d+) 篇/.exec(narrower.textContent ?? '')?.[1])).toBeLessThanOrEqual(
      found,
    );
  });

  test('phrases that never occur in the same story find nothing', async () => {
    renderApp('/?q=知识竞赛 门头沟');
    expect(await screen.findByText('没有符合条件的文章')).toBeInTheDocument();
  });

  test('a query with no match says so', async () => {
    renderApp('/?q=火星探测');
    expect(await screen.findByText('没有符合条件的文章')).toBeInTheDocument();
  });

  test('Esc in the search field clears the query', async () => {
    const { user, location } = renderApp('/?q=门头沟');
    await waitFor(async () => expect((await resultTitles()).length).toBe(1));
    await user.click(screen.getByRole('combobox', { name: '搜索' }));
    await user.keyboard('{Escape}');
    expect(location().params.get('q')).toBeNull();
    await waitFor(async () => expect((await resultTitles()).length).toBe(8));
  });

  test('the search box follows the URL on back/forward', async () => {
    const { router } = renderApp('/?q=门头沟');
    const box = await screen.findByRole('combobox', { name: '搜索' });
    expect(box).toHaveValue('门头沟');
    await router.navigate('/?q=送温暖');
    await waitFor(() => expect(box).toHaveValue('送温暖'));
    await router.navigate(-1);
    await waitFor(() => expect(box).toHaveValue('门头沟'));
  });
});
