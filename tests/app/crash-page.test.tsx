import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { CrashBoundary } from '../../src/app/reader/CrashPage';

function BrokenView(): never {
  throw new Error('rows out of order');
}

test('a view that throws while rendering shows the crash page with a way home, not a blank page', () => {
  // React reports the caught error on the console; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <CrashBoundary>
      <BrokenView />
    </CrashBoundary>,
  );
  expect(screen.getByRole('heading', { name: '页面出错了' })).toBeInTheDocument();
  expect(screen.getByText('Error: rows out of order')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
});
