import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { fetchedPaths, renderApp } from './render-app';

async function openArticle() {
  return screen.findByRole('article');
}

describe('reading pane', () => {
  test('a deep link opens the article; its first heading is the title; the document title follows', async () => {
    renderApp('/articles/002-04');
    const article = await openArticle();
    const [first] = within(article).getAllByRole('heading');
    expect(first).toHaveTextContent('大兴区职工知识竞赛决赛开赛');
    expect(article).toHaveAccessibleName('大兴区职工知识竞赛决赛开赛');
    await waitFor(() => expect(document.title).toBe('大兴区职工知识竞赛决赛开赛 · 首都工会新闻'));
    expect(within(article).getByText(/瀛海镇总工会代表队获得了一等奖/)).toBeInTheDocument();
  });

  test('shows the headline hierarchy, the byline with roles and the source page', async () => {
    renderApp('/articles/004-01');
    const article = await openArticle();
    expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent(
      '以“产改”凝聚职工推动高质量发展强大合力',
    );
    // The kicker sits above the title, not as a heading.
    expect(
      within(article).getByText(/^西城区围绕产业工人特点和需求谋划推进改革/),
    ).toBeInTheDocument();
    const byline = within(article).getByText('记者').closest('p');
    expect(byline).toHaveTextContent('记者 陈曦');
    expect(byline).toHaveTextContent('通讯员 曹静雯');
    expect(within(article).getByText(/第 5 版/)).toBeInTheDocument();
  });

  test('a subtitle is shown below the title', async () => {
    renderApp('/articles/001-03');
    const article = await openArticle();
    expect(
      within(article).getByText('围绕自然资源调查监测理论等三个项目开展“五比五赛”'),
    ).toBeInTheDocument();
  });

  test('a photo item says it is one and credits the photographers', async () => {
    renderApp('/articles/001-05');
    const article = await openArticle();
    expect(within(article).getByRole('note')).toHaveTextContent('图片新闻');
    expect(within(article).getByText('摄影').closest('p')).toHaveTextContent('摄影 孙妍、孙钰');
  });

  test('a truncated story carries a notice', async () => {
    renderApp('/articles/004-06');
    const article = await openArticle();
    expect(within(article).getByRole('note')).toHaveTextContent('本文不完整');
  });

  test('district, unions and event type are links that apply the filter; the type shows its evidence', async () => {
    const { user, location } = renderApp('/articles/003-01');
    const article = await openArticle();
    expect(within(article).getByText(/依据：“调研”/)).toBeInTheDocument();
    await user.click(within(article).getByRole('link', { name: '按区域筛选：门头沟区' }));
    expect(location().pathname).toBe('/articles/003-01');
    expect(location().params.getAll('district')).toEqual(['门头沟区']);
    await user.click(within(article).getByRole('link', { name: '按工会筛选：中华全国总工会' }));
    expect(location().params.getAll('union')).toEqual(['中华全国总工会']);
    await user.click(within(article).getByRole('link', { name: '按活动类型筛选：调研视察' }));
    expect(location().params.getAll('type')).toEqual(['research']);
    expect(
      within(article).getByRole('link', { name: '按区域筛选：门头沟区（已应用）' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '门头沟区' })).toBeChecked();
  });

  test('previous/next move within the current results and keep the filter context', async () => {
    const { user, location } = renderApp('/articles/003-01?district=西城区');
    await openArticle();
    // A cold load: the record's corpus position and the district column give the rank.
    expect(await screen.findByText('第 1 / 3 篇')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上一篇' })).toBeDisabled();
    await user.click(await screen.findByRole('link', { name: '下一篇' }));
    expect(location().pathname).toBe('/articles/004-01');
    expect(location().params.getAll('district')).toEqual(['西城区']);
    expect(
      await screen.findByRole('heading', { name: '以“产改”凝聚职工推动高质量发展强大合力' }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('link', { name: '下一篇' }));
    expect(location().pathname).toBe('/articles/004-05');
    expect(await screen.findByRole('button', { name: '下一篇' })).toBeDisabled();
    await user.click(await screen.findByRole('link', { name: '上一篇' }));
    expect(location().pathname).toBe('/articles/004-01');
  });

  test('opening an article from the list costs one request: its bucket', async () => {
    const { user, fetchMock } = renderApp('/');
    const list = await screen.findByRole('list', { name: '文章列表' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(8));
    const before = fetchMock.mock.calls.length;
    await user.click(within(list).getByRole('link', { name: '大兴区职工知识竞赛决赛开赛' }));
    await openArticle();
    const after = fetchedPaths(fetchMock).slice(before);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/^articles-[0-9a-f]{10}\/\d+\.json$/);
  });

  test('search matches are highlighted in the pane', async () => {
    renderApp('/articles/002-04?q=知识竞赛');
    const article = await openArticle();
    await waitFor(() => expect(article.querySelectorAll('mark').length).toBeGreaterThanOrEqual(3));
  });

  test('复制链接 copies the article link and confirms it', async () => {
    const { user } = renderApp('/articles/002-04?district=大兴区');
    await openArticle();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/articles/002-04');
    expect(await screen.findByText('链接已复制')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(
      'http://localhost:3000/articles/002-04',
    );
  });

  test('no article text is injected as HTML', async () => {
    renderApp('/articles/002-04?q=<b>');
    const article = await openArticle();
    expect(article.querySelector('b, script, img')).toBeNull();
  });

  test('the list links back from the article on phones, keeping the filters', async () => {
    renderApp('/articles/002-04?type=contest');
    await openArticle();
    expect(screen.getByRole('link', { name: '返回列表' })).toHaveAttribute(
      'href',
      '/?type=contest',
    );
  });
});
