import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderApp } from './render-app';

async function articleList() {
  return screen.findByRole('list', { name: '文章列表' });
}
function titles(list: HTMLElement) {
  return within(list)
    .getAllByRole('link')
    .map((a) => a.textContent);
}

describe('browsing and filtering', () => {
  test('lists every article, each linking to its own page', async () => {
    renderApp('/');
    const list = await articleList();
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(8);
    expect(links[0]).toHaveAccessibleName('市推进产业工人队伍建设改革工作评价组赴昌平调研');
    expect(links[0]).toHaveAttribute('href', '/articles/000-01');
    expect(screen.getByRole('status', { name: '' })).toBeInTheDocument();
    expect(screen.getByText('共 8 篇文章')).toBeInTheDocument();
  });

  test('facets are groups of checkboxes named by value, with the count as description', async () => {
    renderApp('/');
    await articleList();
    const district = screen.getByRole('group', { name: '区域' });
    const xicheng = within(district).getByRole('checkbox', { name: '西城区' });
    expect(xicheng).toHaveAccessibleDescription('3 篇');
    expect(screen.getByRole('group', { name: '工会' })).toBeInTheDocument();
    const types = screen.getByRole('group', { name: '活动类型' });
    // Labels come from manifest.eventTypes.
    expect(within(types).getByRole('checkbox', { name: '慰问帮扶' })).toHaveAccessibleDescription(
      '1 篇',
    );
    // A type with no article stays visible but disabled.
    expect(within(types).getByRole('checkbox', { name: '会议' })).toBeDisabled();
  });

  test('checking a district filters the list and writes it to the URL', async () => {
    const { user, location } = renderApp('/');
    await articleList();
    await user.click(screen.getByRole('checkbox', { name: '西城区' }));
    expect(location().params.getAll('district')).toEqual(['西城区']);
    const list = await articleList();
    expect(titles(list)).toEqual([
      '全国总工会赴门头沟调研“县级工会加强年”专项工作',
      '以“产改”凝聚职工推动高质量发展强大合力',
      '天桥街道总工会2000余份礼包送职工',
    ]);
    expect(screen.getByText('筛选出 3 篇文章')).toBeInTheDocument();
  });

  test('OR within a facet, AND across facets, with live counts on the other facets', async () => {
    const { user, location } = renderApp('/');
    await articleList();
    await user.click(screen.getByRole('checkbox', { name: '西城区' }));
    await user.click(screen.getByRole('checkbox', { name: '大兴区' }));
    expect(titles(await articleList())).toHaveLength(4);
    const types = screen.getByRole('group', { name: '活动类型' });
    // Within 西城区 or 大兴区: one 调研视察 story (门头沟 + 西城), one 竞赛.
    expect(within(types).getByRole('checkbox', { name: '调研视察' })).toHaveAccessibleDescription(
      '1 篇',
    );
    expect(within(types).getByRole('checkbox', { name: '文体活动' })).toBeDisabled();
    await user.click(within(types).getByRole('checkbox', { name: '劳动和技能竞赛' }));
    expect(titles(await articleList())).toEqual(['大兴区职工知识竞赛决赛开赛']);
    expect(location().params.getAll('district')).toEqual(['西城区', '大兴区']);
    expect(location().params.getAll('type')).toEqual(['contest']);
    // The district facet's own counts ignore the district filter.
    expect(screen.getByRole('checkbox', { name: '昌平区' })).toHaveAccessibleDescription('1 篇');
  });

  test('active filters show as removable chips; clear one facet; clear all', async () => {
    const { user, location } = renderApp('/?district=西城区&type=care&q=总工会');
    await articleList();
    const chips = screen.getByRole('list', { name: '已选筛选' });
    // Each chip is named by its visible text (kind, value) with 移除 before it.
    const buttons = within(chips).getAllByRole('button');
    expect(buttons).toHaveLength(3);
    expect(buttons[0]).toHaveAccessibleName('移除搜索：总工会');
    expect(buttons[1]).toHaveAccessibleName('移除区域：西城区');
    expect(buttons[2]).toHaveAccessibleName('移除活动类型：慰问帮扶');
    await user.click(within(chips).getByRole('button', { name: '移除活动类型：慰问帮扶' }));
    expect(location().params.getAll('type')).toEqual([]);
    await user.click(screen.getByRole('button', { name: '清除区域筛选' }));
    expect(location().params.getAll('district')).toEqual([]);
    expect(location().params.get('q')).toBe('总工会');
    await user.click(screen.getByRole('button', { name: '清除全部' }));
    expect(location().search).toBe('');
    expect(titles(await articleList())).toHaveLength(8);
  });

  test('the tile map shows all 16 districts as toggle buttons with counts', async () => {
    const { user, location } = renderApp('/');
    await articleList();
    const district = screen.getByRole('group', { name: '区域' });
    const tiles = within(district).getAllByRole('button', { pressed: false });
    expect(tiles).toHaveLength(16);
    const changping = within(district).getByRole('button', { name: '昌平区，2 篇' });
    expect(within(district).getByRole('button', { name: '朝阳区，0 篇' })).toBeDisabled();
    await user.click(changping);
    expect(location().params.getAll('district')).toEqual(['昌平区']);
    expect(within(district).getByRole('button', { name: '昌平区，2 篇' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(district).getByRole('checkbox', { name: '昌平区' })).toBeChecked();
  });

  test('the union facet is grouped by level and searchable', async () => {
    const { user } = renderApp('/');
    await articleList();
    const unions = screen.getByRole('group', { name: '工会' });
    const levels = within(unions)
      .getAllByRole('group')
      .map((g) => g.getAttribute('aria-label'));
    expect(levels).toEqual(['全国工会', '市级工会', '区级工会', '街道乡镇工会']);
    const national = within(unions).getByRole('group', { name: '全国工会' });
    expect(within(national).getByRole('checkbox', { name: '中华全国总工会' })).toBeInTheDocument();
    await user.type(within(unions).getByRole('textbox', { name: '查找工会' }), '大兴');
    const names = within(unions)
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')?.textContent);
    expect(names.sort()).toEqual(
      ['大兴区总工会', '大兴区瀛海镇总工会', '大兴区采育镇总工会', '大兴区青云店镇总工会'].sort(),
    );
  });

  test('filters in the URL are applied on load, and unknown values are ignored', async () => {
    renderApp('/?district=门头沟区&district=火星区&type=bogus&type=BAD!&union=&page=2');
    const list = await articleList();
    expect(titles(list)).toEqual(['全国总工会赴门头沟调研“县级工会加强年”专项工作']);
    expect(screen.getByRole('checkbox', { name: '门头沟区' })).toBeChecked();
    expect(
      within(screen.getByRole('list', { name: '已选筛选' })).getAllByRole('button'),
    ).toHaveLength(1);
  });

  test('a filter combination with no results offers to clear everything', async () => {
    const { user } = renderApp('/?district=大兴区&type=care');
    await screen.findByText('没有符合条件的文章');
    await user.click(screen.getByRole('button', { name: '清除全部筛选' }));
    await waitFor(async () => expect(titles(await articleList())).toHaveLength(8));
  });
});
