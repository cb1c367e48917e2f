import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { analyzeQuery } from '../../src/app/search/search-engine';
import { shardsFor } from '../../src/app/search/search-match';
import { fetchedPaths, fixtureManifest, renderApp } from './render-app';

async function resultTitles() {
  const list = await screen.findByRole('list', { name: '文章列表' });
  return within(list)
    .getAllByRole('link')
    .map((a) => a.textContent);
}

describe('Chinese full-text search', () => {
  test('typing 知识竞赛 in the searchbox finds the quiz and puts the query in the URL', async () => {
    const { user, location } = renderApp('/');
    await screen.findByRole('list', { name: '文章列表' });
    await user.type(screen.getByRole('searchbox', { name: '搜索' }), '知识竞赛');
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

  test('a match only in the body is found, and highlighted once the article is open', async () => {
    const { user } = renderApp('/?q=干果礼盒');
    await waitFor(async () =>
      expect(await resultTitles()).toEqual(['天桥街道总工会2000余份礼包送职工']),
    );
    // Rows carry the title and a short excerpt only; the body is in the article's bucket.
    const list = screen.getByRole('list', { name: '文章列表' });
    expect(list.querySelector('mark')).toBeNull();
    await user.click(within(list).getByRole('link'));
    const article = await screen.findByRole('article');
    await waitFor(() => expect(article.querySelector('mark')?.textContent).toBe('干果礼盒'));
  });

  test('总工会 matches most stories; several words must all occur', async () => {
    const { user } = renderApp('/?q=总工会');
    await waitFor(async () => expect((await resultTitles()).length).toBeGreaterThanOrEqual(5));
    const box = screen.getByRole('searchbox', { name: '搜索' });
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
    const shards = fetched.filter((p) => p.startsWith(`${m.search.dir}/`));
    const needed = shardsFor(analyzeQuery('知识竞赛').tokens, m.search.shards);
    expect(shards.sort()).toEqual(needed.map((n) => `${m.search.dir}/${n}.bin`).sort());
    expect(needed.length).toBeLessThan(m.search.shards);
    const articleDirs = m.articles.segments.map((s) => `${s.dir}/`);
    expect(fetched.some((p) => articleDirs.some((d) => p.startsWith(d)))).toBe(false);
  });

  test('a shard is fetched once, however many queries need it', async () => {
    const { user, fetchMock } = renderApp('/?q=门头沟');
    await waitFor(async () => expect((await resultTitles()).length).toBe(1));
    const box = screen.getByRole('searchbox', { name: '搜索' });
    await user.clear(box);
    await user.type(box, '门头沟');
    await waitFor(async () => expect((await resultTitles()).length).toBe(1));
    const paths = fetchedPaths(fetchMock).filter(
      (p) => p.endsWith('.bin') && p.startsWith('search-'),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('a single Chinese character cannot be searched, and the reader is told so', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('list', { name: '文章列表' });
    await user.type(screen.getByRole('searchbox', { name: '搜索' }), '沟');
    expect(
      await screen.findByText('请输入至少两个字', { selector: '.empty-state p' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: '文章列表' })).toBeNull();
    await user.type(screen.getByRole('searchbox', { name: '搜索' }), '通');
    await screen.findByText(/^找到 \d+ 篇与“沟通”相关的文章/);
  });

  test('phrases that never occur in the same story find nothing', async () => {
    renderApp('/?q=知识竞赛 门头沟');
    expect(await screen.findByText('没有符合条件的文章')).toBeInTheDocument();
  });

  test('a query with no match says so', async () => {
    renderApp('/?q=火星探测');
    expect(await screen.findByText('没有符合条件的文章')).toBeInTheDocument();
  });

  test('Esc in the searchbox clears the query', async () => {
    const { user, location } = renderApp('/?q=门头沟');
    await waitFor(async () => expect((await resultTitles()).length).toBe(1));
    await user.click(screen.getByRole('searchbox', { name: '搜索' }));
    await user.keyboard('{Escape}');
    expect(location().params.get('q')).toBeNull();
    await waitFor(async () => expect((await resultTitles()).length).toBe(8));
  });

  test('the search box follows the URL on back/forward', async () => {
    const { router } = renderApp('/?q=门头沟');
    const box = await screen.findByRole('searchbox', { name: '搜索' });
    expect(box).toHaveValue('门头沟');
    await router.navigate('/?q=送温暖');
    await waitFor(() => expect(box).toHaveValue('送温暖'));
    await router.navigate(-1);
    await waitFor(() => expect(box).toHaveValue('门头沟'));
  });
});
