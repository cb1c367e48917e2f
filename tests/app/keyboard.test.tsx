import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderApp } from './render-app';

describe('keyboard shortcuts', () => {
  test('j opens the first result, then j/k move to next/previous', async () => {
    const { user, location } = renderApp('/?district=西城区');
    await screen.findByRole('list', { name: '文章列表' });
    await user.keyboard('j');
    expect(location().pathname).toBe('/articles/003-01');
    await user.keyboard('j');
    expect(location().pathname).toBe('/articles/004-01');
    expect(location().params.getAll('district')).toEqual(['西城区']);
    await user.keyboard('k');
    expect(location().pathname).toBe('/articles/003-01');
    await user.keyboard('k');
    expect(location().pathname).toBe('/articles/003-01');
  });

  test('/ focuses the search box, and typing there does not trigger shortcuts', async () => {
    const { user, location } = renderApp('/');
    await screen.findByRole('list', { name: '文章列表' });
    await user.keyboard('/');
    const box = screen.getByRole('combobox', { name: '搜索' });
    expect(box).toHaveFocus();
    await user.keyboard('jk');
    expect(location().pathname).toBe('/');
    expect(box).toHaveValue('jk');
  });

  test('Esc goes back to the list from an article, then clears the search', async () => {
    const { user, location } = renderApp('/articles/003-01?q=门头沟');
    await screen.findByRole('article');
    await user.keyboard('{Escape}');
    expect(location().pathname).toBe('/');
    expect(location().params.get('q')).toBe('门头沟');
    await user.keyboard('{Escape}');
    expect(location().params.get('q')).toBeNull();
  });

  test('? lists the shortcuts in a dialog that Esc closes', async () => {
    const { user, location } = renderApp('/articles/003-01');
    await screen.findByRole('article');
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: '键盘快捷键' });
    expect(within(dialog).getByText('下一篇')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '关闭' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Esc closed the dialog only; the article is still open.
    expect(location().pathname).toBe('/articles/003-01');
  });
});
