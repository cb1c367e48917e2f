import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { datedFiles } from './dated-bundle';
import { fetchedPaths, renderApp } from './render-app';

// The dated fixture (tests/fixtures/bundle/dated.ts): one undated story, two of
// 2022-12-30, one of 2023-02-09, four of 2023-02-10 (第4版 one, 第5版 three).
const NEWEST_FIRST = [
  '中关村科学城书画摄影大赛受职工好评',
  '天桥街道总工会2000余份礼包送职工',
  '以“产改”凝聚职工推动高质量发展强大合力',
  '全国总工会赴门头沟调研“县级工会加强年”专项工作',
  '大兴区职工知识竞赛决赛开赛',
  '劳模进校园讲述身边感人故事',
  '昌平举办首届自然资源调查监测劳动和技能大赛',
  '市推进产业工人队伍建设改革工作评价组赴昌平调研',
];
const WAIT = { timeout: 5000 };

const renderDated = (url = '/') => renderApp(url, { files: datedFiles() });

async function listTitles() {
  const list = await screen.findByRole('list', { name: '文章列表' }, WAIT);
  return within(list)
    .getAllByRole('link')
    .map((a) => a.textContent);
}

describe('a dated archive', { timeout: 20_000 }, () => {
  test('lists the newest first, undated last, and every row shows its date', async () => {
    renderDated();
    await waitFor(async () => expect(await listTitles()).toEqual(NEWEST_FIRST), WAIT);
    const rows = within(screen.getByRole('list', { name: '文章列表' })).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('2023-02-10');
    expect(rows[4]).toHaveTextContent('2023-02-09');
    expect(rows[7]).toHaveTextContent('日期不详');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('共 8 篇');
  });

  test('排序 offers 最新 and 最早; the choice goes into the URL', async () => {
    const { user, location } = renderDated();
    const sort = await screen.findByRole('combobox', { name: '排序' }, WAIT);
    expect(
      within(sort)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['最新', '最早']);
    expect(sort).toHaveValue('newest');
    await user.selectOptions(sort, '最早');
    expect(location().params.get('sort')).toBe('oldest');
    await waitFor(async () =>
      expect(await listTitles()).toEqual([
        '昌平举办首届自然资源调查监测劳动和技能大赛',
        '劳模进校园讲述身边感人故事',
        '大兴区职工知识竞赛决赛开赛',
        '全国总工会赴门头沟调研“县级工会加强年”专项工作',
        '以“产改”凝聚职工推动高质量发展强大合力',
        '天桥街道总工会2000余份礼包送职工',
        '中关村科学城书画摄影大赛受职工好评',
        '市推进产业工人队伍建设改革工作评价组赴昌平调研',
      ]),
    );
  });

  test('the order does not change the facet counts', async () => {
    const { user } = renderDated('/?district=西城区');
    await waitFor(async () => expect(await listTitles()).toHaveLength(3), WAIT);
    const district = screen.getByRole('group', { name: '区域' });
    const counts = () =>
      within(district)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('aria-describedby') && c.closest('li')?.textContent);
    const before = counts();
    await user.selectOptions(screen.getByRole('combobox', { name: '排序' }), '最早');
    await waitFor(async () =>
      expect((await listTitles())[0]).toBe('全国总工会赴门头沟调研“县级工会加强年”专项工作'),
    );
    expect(counts()).toEqual(before);
  });

  test('while searching, 排序 also offers 相关度', async () => {
    renderDated('/?q=总工会');
    const sort = await screen.findByRole('combobox', { name: '排序' }, WAIT);
    expect(
      within(sort)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['相关度', '最新', '最早']);
    expect(sort).toHaveValue('relevance');
  });
});

describe('the timeline', { timeout: 20_000 }, () => {
  test('is a group 日期 above 区域 with a bar per year named by period and count', async () => {
    renderDated();
    const timeline = await screen.findByRole('group', { name: '日期' }, WAIT);
    const bars = within(timeline).getAllByRole('button', { name: /^\d{4}年，/ });
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual(['2022年，2篇', '2023年，5篇']);
    expect(bars[1]).toHaveTextContent('2023');
    expect(bars[1]).toHaveAttribute('aria-pressed', 'false');
    const groups = screen.getAllByRole('group').map((g) => g.getAttribute('aria-labelledby'));
    const names = groups.map((id) => (id ? document.getElementById(id)?.textContent : ''));
    expect(names.indexOf('日期')).toBeLessThan(names.indexOf('区域'));
  });

  test('selecting a year narrows the list, the counts and the URL; the chip and Back undo it', async () => {
    const { user, location, router } = renderDated();
    const timeline = await screen.findByRole('group', { name: '日期' }, WAIT);
    await user.click(within(timeline).getByRole('button', { name: /^2022年/ }));
    expect(location().params.get('from')).toBe('2022');
    expect(location().params.get('to')).toBe('2022');
    await waitFor(async () =>
      expect(await listTitles()).toEqual([
        '劳模进校园讲述身边感人故事',
        '昌平举办首届自然资源调查监测劳动和技能大赛',
      ]),
    );
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('筛选出 2 篇');
    // Counts follow: 昌平区 has one story in 2022, 西城区 none.
    const district = screen.getByRole('group', { name: '区域' });
    expect(within(district).getByRole('checkbox', { name: '昌平区' })).toHaveAccessibleDescription(
      '1 篇',
    );
    expect(within(district).getByRole('checkbox', { name: '西城区' })).toHaveAccessibleDescription(
      '0 篇',
    );
    // A year alone zooms the timeline to its months.
    expect(
      within(screen.getByRole('group', { name: '日期' })).getByRole('button', {
        name: '2022年12月，2篇',
      }),
    ).toHaveAttribute('aria-pressed', 'true');

    const chip = screen.getByRole('button', { name: '移除日期：2022年' });
    await user.click(chip);
    expect(location().params.has('from')).toBe(false);
    await waitFor(async () => expect(await listTitles()).toHaveLength(8));

    await router.navigate(-1);
    await waitFor(() => expect(location().params.get('from')).toBe('2022'));
    await waitFor(async () => expect(await listTitles()).toHaveLength(2));
  });

  test('a year in the URL is applied on load, and other filters combine with it', async () => {
    renderDated('/?from=2023&to=2023&district=西城区');
    await waitFor(
      async () =>
        expect(await listTitles()).toEqual([
          '天桥街道总工会2000余份礼包送职工',
          '以“产改”凝聚职工推动高质量发展强大合力',
          '全国总工会赴门头沟调研“县级工会加强年”专项工作',
        ]),
      WAIT,
    );
    // The timeline's counts follow the district filter: all three in February 2023.
    const timeline = screen.getByRole('group', { name: '日期' });
    expect(within(timeline).getByRole('button', { name: /^2023年2月/ })).toHaveAccessibleName(
      '2023年2月，3篇',
    );
  });

  test('Shift+click selects a range of bars', async () => {
    const { user, location } = renderDated('/?from=2023-01&to=2023-01');
    const timeline = await screen.findByRole('group', { name: '日期' }, WAIT);
    const feb = await within(timeline).findByRole('button', { name: /^2023年2月/ }, WAIT);
    await user.keyboard('{Shift>}');
    await user.click(feb);
    await user.keyboard('{/Shift}');
    expect(location().params.get('from')).toBe('2023-01');
    expect(location().params.get('to')).toBe('2023-02');
  });

  test('arrow keys move between bars; with Shift they extend the range', async () => {
    const { user, location } = renderDated('/');
    const timeline = await screen.findByRole('group', { name: '日期' }, WAIT);
    const y2022 = within(timeline).getByRole('button', { name: /^2022年/ });
    y2022.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(timeline).getByRole('button', { name: /^2023年/ })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{Shift>}{ArrowRight}{/Shift}');
    expect(location().params.get('from')).toBe('2022');
    expect(location().params.get('to')).toBe('2023');
    // Two years: the bars are years again, both in the range.
    const years = await within(screen.getByRole('group', { name: '日期' })).findAllByRole(
      'button',
      { pressed: true },
      WAIT,
    );
    expect(years.map((b) => b.getAttribute('aria-label'))).toEqual(['2022年，2篇', '2023年，5篇']);
  });

  test('清除全部 clears the date range with the other filters but keeps the order', async () => {
    const { user, location } = renderDated('/?from=2022&to=2022&district=昌平区&sort=oldest');
    await waitFor(async () => expect(await listTitles()).toHaveLength(1), WAIT);
    await user.click(screen.getByRole('button', { name: '清除全部' }));
    expect(location().search).toBe('?sort=oldest');
  });
});

describe('the 版面 view', { timeout: 20_000 }, () => {
  test('/issues/:date/:page lists the page’s stories in print order with kickers, and links around', async () => {
    const { fetchMock } = renderDated('/issues/2023-02-10/5');
    const list = await screen.findByRole('list', { name: '本版文章' }, WAIT);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      '以“产改”凝聚职工推动高质量发展强大合力',
      '天桥街道总工会2000余份礼包送职工',
      '中关村科学城书画摄影大赛受职工好评',
    ]);
    expect(items[0]).toHaveTextContent('西城区围绕产业工人特点和需求谋划推进改革');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      '2023年2月10日 第5版 职工服务',
    );
    expect(screen.getByRole('link', { name: '上一版' })).toHaveAttribute(
      'href',
      '/issues/2023-02-10/4',
    );
    expect(screen.queryByRole('link', { name: '下一版' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^上一期/ })).toHaveAttribute(
      'href',
      '/issues/2023-02-09',
    );
    // Two data requests: the manifest and the day's issue file.
    expect(fetchedPaths(fetchMock)).toEqual([
      'manifest.json',
      expect.stringMatching(/^issues2023-[0-9a-f]{10}\/2023-02-10\.json$/),
    ]);
  });

  test('/issues/:date lists the day’s pages with their headlines', async () => {
    renderDated('/issues/2023-02-10');
    const page4 = await screen.findByRole('heading', { name: '第4版 区县工会' }, WAIT);
    expect(within(page4).getByRole('link')).toHaveAttribute('href', '/issues/2023-02-10/4');
    expect(screen.getByRole('heading', { name: '第5版 职工服务' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '全国总工会赴门头沟调研“县级工会加强年”专项工作' }),
    ).toHaveAttribute('href', '/issues/2023-02-10/4/articles/003-01');
  });

  test('an article opened from a page has previous/next within that page', async () => {
    renderDated('/issues/2023-02-10/5/articles/004-05');
    const article = await screen.findByRole('article', {}, WAIT);
    expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent(
      '天桥街道总工会2000余份礼包送职工',
    );
    const nav = screen.getByRole('navigation', { name: '相邻文章' });
    expect(within(nav).getByRole('link', { name: /上一篇/ })).toHaveAttribute(
      'href',
      '/issues/2023-02-10/5/articles/004-01',
    );
    expect(within(nav).getByRole('link', { name: /下一篇/ })).toHaveAttribute(
      'href',
      '/issues/2023-02-10/5/articles/004-06',
    );
  });

  test('the reading pane links 刊于 … to the page the article was printed on', async () => {
    const { user, location } = renderDated('/articles/003-01');
    const link = await screen.findByRole('link', { name: /^刊于/ }, WAIT);
    expect(link).toHaveAccessibleName('刊于 2023年2月10日 第4版 区县工会');
    await user.click(link);
    expect(location().pathname).toBe('/issues/2023-02-10/4');
    const list = await screen.findByRole('list', { name: '本版文章' }, WAIT);
    expect(within(list).getByRole('link')).toHaveTextContent(
      '全国总工会赴门头沟调研“县级工会加强年”专项工作',
    );
  });

  test('the calendar reaches any issue', async () => {
    const { user, location } = renderDated('/issues/2023-02-10');
    await user.click(await screen.findByRole('button', { name: '选择日期' }, WAIT));
    const day = await screen.findByRole('link', { name: '2023年2月9日，1版' }, WAIT);
    await user.click(day);
    expect(location().pathname).toBe('/issues/2023-02-09');
    await screen.findByRole('heading', { name: '2023年2月9日 版面' }, WAIT);
    const picker = screen.getByRole('button', { name: '选择日期' });
    if (picker.getAttribute('aria-expanded') !== 'true') await user.click(picker);
    await user.selectOptions(await screen.findByRole('combobox', { name: '年' }, WAIT), '2022年');
    await user.selectOptions(screen.getByRole('combobox', { name: '月' }), '12月');
    await user.click(screen.getByRole('link', { name: '2022年12月30日，1版' }));
    expect(location().pathname).toBe('/issues/2022-12-30');
  });

  test('/issues opens the latest issue; a day without an issue says so', async () => {
    const { location } = renderDated('/issues');
    await waitFor(() => expect(location().pathname).toBe('/issues/2023-02-10'), WAIT);
    renderDated('/issues/2023-02-11');
    expect(await screen.findByRole('heading', { name: '没有这一期' }, WAIT)).toBeInTheDocument();
  });
});

describe('an undated archive (the seeds)', () => {
  test('has no timeline, no sort control and no 版面 link; file order as before', async () => {
    renderApp('/');
    await screen.findByRole('list', { name: '文章列表' }, WAIT);
    expect(screen.queryByRole('group', { name: '日期' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: '排序' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '版面' })).not.toBeInTheDocument();
    expect((await listTitles())[0]).toBe('市推进产业工人队伍建设改革工作评价组赴昌平调研');
  });

  test('a date range in the URL is ignored and the pane says 日期不详 without a link', async () => {
    renderApp('/articles/002-04?from=2023');
    const article = await screen.findByRole('article', {}, WAIT);
    expect(article).toHaveTextContent('日期不详');
    expect(screen.queryByRole('link', { name: /^刊于/ })).not.toBeInTheDocument();
    await waitFor(async () => expect(await listTitles()).toHaveLength(8));
  });
});
