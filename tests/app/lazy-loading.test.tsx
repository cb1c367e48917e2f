import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { fetchedPaths, fixtureManifest, renderApp } from './render-app';

const m = fixtureManifest();
const facetFile = (name: string) => `${m.facetIndex.dir}/${name}`;

/** The union facet is off screen (as below the fold on a desktop, or in the closed panel on a phone). */
function unionFacetOffScreen() {
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(target: Element) {
        this.callback(
          [{ isIntersecting: false, target } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        );
      }
      disconnect() {}
    },
  );
}

/** A manifest listing only the 3 busiest unions, so the rest need unions.json. */
function manifestWithTopUnions(n: number): string {
  return JSON.stringify({
    ...m,
    facets: { ...m.facets, union: { ...m.facets.union, top: m.facets.union.top.slice(0, n) } },
  });
}

describe('what the reader loads, and when', () => {
  test('the first view loads the manifest and list chunks only', async () => {
    unionFacetOffScreen();
    const { fetchMock } = renderApp('/');
    const list = await screen.findByRole('list', { name: '文章列表' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(8));
    const paths = fetchedPaths(fetchMock);
    expect(paths[0]).toBe('manifest.json');
    const listDirs = m.list.segments.map((s) => `${s.dir}/`);
    expect(paths.slice(1).every((p) => listDirs.some((d) => p.startsWith(d)))).toBe(true);
    // Counts come from the manifest while nothing is filtered.
    expect(screen.getByRole('checkbox', { name: '西城区' })).toHaveAccessibleDescription('3 篇');
  });

  test('the first filter loads the district and type columns, not the union data off screen', async () => {
    unionFacetOffScreen();
    const { user, fetchMock } = renderApp('/');
    await screen.findByRole('list', { name: '文章列表' });
    await user.click(screen.getByRole('checkbox', { name: '西城区' }));
    await screen.findByText('筛选出 3 篇文章');
    const paths = fetchedPaths(fetchMock);
    expect(paths).toContain(facetFile('district.bin'));
    expect(paths).toContain(facetFile('type.bin'));
    expect(paths).not.toContain(facetFile('union.bin'));
    expect(paths).not.toContain(facetFile('unions.json'));
    // Union counts wait until the facet is used or seen.
    const unions = screen.getByRole('group', { name: '工会' });
    expect(
      within(unions).getByRole('checkbox', { name: '西城区总工会' }),
    ).toHaveAccessibleDescription('正在统计');
    await user.click(within(unions).getByRole('textbox', { name: '查找工会' }));
    await waitFor(() =>
      expect(
        within(unions).getByRole('checkbox', { name: '西城区总工会' }),
      ).toHaveAccessibleDescription('2 篇'),
    );
    expect(fetchedPaths(fetchMock)).toContain(facetFile('unions.json'));
  });

  test('focusing the search box starts loading the facet columns', async () => {
    unionFacetOffScreen();
    const { user, fetchMock } = renderApp('/');
    await screen.findByRole('list', { name: '文章列表' });
    await user.click(screen.getByRole('combobox', { name: '搜索' }));
    await waitFor(() => expect(fetchedPaths(fetchMock)).toContain(facetFile('district.bin')));
  });

  test('unions beyond the manifest’s busiest load with 显示更多', async () => {
    unionFacetOffScreen();
    const { user } = renderApp('/', { files: { 'manifest.json': manifestWithTopUnions(3) } });
    await screen.findByRole('list', { name: '文章列表' });
    const unions = screen.getByRole('group', { name: '工会' });
    expect(within(unions).getAllByRole('checkbox')).toHaveLength(3);
    const more = within(unions).getAllByRole('button', { name: /^显示更多/ });
    await user.click(more[0]!);
    await waitFor(() => expect(within(unions).getAllByRole('checkbox')).toHaveLength(12));
  });

  test('a union in the URL that the manifest does not list is applied once unions.json loads', async () => {
    unionFacetOffScreen();
    const { location } = renderApp('/?union=大兴区瀛海镇总工会&union=不存在的工会', {
      files: { 'manifest.json': manifestWithTopUnions(3) },
    });
    await screen.findByText('筛选出 1 篇文章');
    const list = await screen.findByRole('list', { name: '文章列表' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['大兴区职工知识竞赛决赛开赛']);
    const chips = screen.getByRole('list', { name: '已选筛选' });
    const buttons = within(chips).getAllByRole('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toHaveAccessibleName('移除工会：大兴区瀛海镇总工会');
    expect(location().params.getAll('union')).toHaveLength(2);
  });
});
