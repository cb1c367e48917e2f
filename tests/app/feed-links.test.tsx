import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderApp } from './render-app';

const feedLinks = () =>
  Array.from(
    document.head.querySelectorAll<HTMLLinkElement>(
      'link[rel="alternate"][type="application/atom+xml"]',
    ),
    (l) => [l.getAttribute('href'), l.title],
  );

describe('订阅: the feeds of the active filters', () => {
  test('each active district, union or event type offers its Atom feed; a search does not', async () => {
    const { user } = renderApp('/?district=西城区&type=care&q=总工会');
    const chips = await screen.findByRole('list', { name: '已选筛选' });
    // Event type labels come with the manifest.
    await within(chips).findByRole('link', { name: '订阅慰问帮扶（Atom）' });
    const links = within(chips).getAllByRole('link', { name: /^订阅/ });
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/feeds/district/%E8%A5%BF%E5%9F%8E%E5%8C%BA.xml',
      '/feeds/type/care.xml',
    ]);
    expect(links[0]).toHaveAccessibleName('订阅西城区（Atom）');
    expect(links[1]).toHaveAccessibleName('订阅慰问帮扶（Atom）');
    expect(links[0]).toHaveAttribute('type', 'application/atom+xml');
    // The document head links them too, for browsers and feed readers.
    expect(feedLinks()).toEqual([
      ['/feeds/district/%E8%A5%BF%E5%9F%8E%E5%8C%BA.xml', '首都工会新闻 · 西城区'],
      ['/feeds/type/care.xml', '首都工会新闻 · 慰问帮扶'],
    ]);

    // Removing a filter removes its feed, from the chips and from the head.
    await user.click(within(chips).getByRole('button', { name: '移除区域：西城区' }));
    await waitFor(() =>
      expect(within(chips).getAllByRole('link', { name: /^订阅/ })).toHaveLength(1),
    );
    expect(feedLinks()).toEqual([['/feeds/type/care.xml', '首都工会新闻 · 慰问帮扶']]);
  });

  test('without filters there is no 订阅 link and no filter feed in the head', async () => {
    renderApp('/?q=总工会');
    await screen.findByRole('list', { name: '已选筛选' });
    expect(screen.queryByRole('link', { name: /^订阅/ })).toBeNull();
    expect(feedLinks()).toEqual([]);
  });
});
