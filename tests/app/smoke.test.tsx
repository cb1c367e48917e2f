import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from './render-app';

test('smoke', async () => {
  renderApp('/');
  const list = await screen.findByRole('list', { name: '文章列表' });
  expect(list).toBeInTheDocument();
});
